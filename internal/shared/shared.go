package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared folder: $MINUTES_SHARED when set, else the
// folder "shared" beside the module's root (the directory holding go.mod).
// It returns "" when neither exists.
func Root() string {
	if dir := os.Getenv("MINUTES_SHARED"); dir != "" {
		if isDir(dir) {
			return dir
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if isDir(cand) {
				return cand
			}
			return ""
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Path joins parts onto the shared folder and returns the path when it
// exists. When it does not, it skips t, or fails t when CI is "true".
func Path(t testing.TB, parts ...string) string {
	t.Helper()
	root := Root()
	if root == "" {
		missing(t, "the shared folder (../shared beside the repository, or $MINUTES_SHARED)")
		return ""
	}
	p := filepath.Join(append([]string{root}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		missing(t, p)
		return ""
	}
	return p
}

func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required on CI and is missing", what)
	}
	t.Skipf("%s is missing; skipped (required when CI=true)", what)
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
