package webtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Versions of the audit tools that .ci/setup installs; the paths below
// are where it puts them.
const (
	axeScript = "node_modules/axe-core/axe.min.js"
	vnuJar    = "node_modules/vnu-jar/build/dist/vnu.jar"
)

// ToolsDir is the folder .ci/setup installs the audit tools into:
// $MINUTES_CI_CACHE, else $HOME/.cache/minutes-ci.
func ToolsDir() string {
	if dir := os.Getenv("MINUTES_CI_CACHE"); dir != "" {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".cache", "minutes-ci")
}

// FindAxe returns the path of axe-core's axe.min.js: $MINUTES_AXE, else
// the one under ToolsDir; "" when there is none.
func FindAxe() string {
	return findFile("MINUTES_AXE", axeScript)
}

// FindVNU returns the Java runtime and the Nu HTML Checker's vnu.jar
// ($MINUTES_VNU, else the one under ToolsDir); "" for either that is
// missing.
func FindVNU() (java, jar string) {
	java, _ = exec.LookPath("java")
	return java, findFile("MINUTES_VNU", vnuJar)
}

func findFile(env, under string) string {
	p := os.Getenv(env)
	if p == "" {
		if dir := ToolsDir(); dir != "" {
			p = filepath.Join(dir, under)
		}
	}
	if p == "" {
		return ""
	}
	if info, err := os.Stat(p); err != nil || info.IsDir() {
		return ""
	}
	return p
}

// missingTool skips t, or fails it when CI is "true": the audits are part
// of CI, and CI must not pass by skipping them.
func missingTool(t testing.TB, what string) {
	t.Helper()
	msg := "webtest: " + what + " not found; run `bash .ci/setup` (it installs it under " + ToolsDir() + ")"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; the page audits are required when CI=true")
	}
	t.Skip(msg)
}
