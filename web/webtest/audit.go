package webtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

// Finding is one problem an audit found on a page.
type Finding struct {
	Page    string // the path audited
	Tool    string // "axe" or "vnu"
	Rule    string // axe's rule id; vnu's "error" or "warning"
	Impact  string // axe's minor, moderate, serious or critical; vnu's error or warning
	Message string
	Where   string // a CSS selector (axe) or a line (vnu)
	Extract string // the markup at fault
}

func (f Finding) String() string {
	return fmt.Sprintf("%s: %s %s %s: %s at %s: %s", f.Page, f.Tool, f.Impact, f.Rule, f.Message, f.Where, f.Extract)
}

// axeTags are the rules axe runs: WCAG 2.0 and 2.1, levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

// Audit checks pages with axe-core in the Browser (WCAG 2.1 A and AA)
// and their HTML as served with the Nu HTML Checker (vnu). Without either
// tool NewAudit skips the test, or fails it when CI is "true".
type Audit struct {
	b         *Browser
	axe       string // axe.min.js
	java, jar string
	// Status is the HTTP status each audited path answered.
	Status map[string]int
}

type servedPage struct {
	path string
	html []byte
}

// NewAudit prepares an audit of pages opened in b.
func NewAudit(b *Browser) *Audit {
	b.t.Helper()
	axePath := FindAxe()
	if axePath == "" {
		missingTool(b.t, "axe-core (axe.min.js)")
	}
	java, jar := FindVNU()
	if java == "" {
		missingTool(b.t, "a Java runtime (java), needed by the Nu HTML Checker")
	}
	if jar == "" {
		missingTool(b.t, "the Nu HTML Checker (vnu.jar)")
	}
	src, err := os.ReadFile(axePath)
	if err != nil {
		b.t.Fatalf("webtest: read axe-core: %v", err)
	}
	return &Audit{b: b, axe: string(src), java: java, jar: jar, Status: map[string]int{}}
}

// Run audits pages: it fetches the HTML the server sends for each path
// and starts the Nu HTML Checker on it, meanwhile opens each in the
// browser and runs axe on it, and returns what both found.
func (a *Audit) Run(paths []string) []Finding {
	a.b.t.Helper()
	var pages []servedPage
	for _, p := range paths {
		pages = append(pages, servedPage{path: p, html: a.fetch(p)})
	}
	type vnuResult struct {
		found []Finding
		err   error
	}
	done := make(chan vnuResult, 1)
	go func() {
		found, err := vnuCheck(a.b.t.TempDir(), a.java, a.jar, pages)
		done <- vnuResult{found, err}
	}()
	var found []Finding
	for _, p := range paths {
		a.b.Open(p)
		found = append(found, a.Axe(p)...)
	}
	res := <-done
	if res.err != nil {
		a.b.t.Fatalf("webtest: %v", res.err)
	}
	return append(found, res.found...)
}

// Axe runs axe-core on the page open in the browser; page names it in the
// findings. The script is evaluated through the DevTools protocol, which
// the pages' Content-Security-Policy does not restrict, so the pages need
// no exception for it.
func (a *Audit) Axe(page string) []Finding {
	b := a.b
	b.t.Helper()
	if !Run(b, chromedp.Evaluate[bool]("typeof axe !== 'undefined'")) {
		Run(b, chromedp.Evaluate[bool](a.axe+"\n;true"))
	}
	tags, _ := json.Marshal(axeTags)
	script := `axe.run(document, {runOnly: {type: "tag", values: ` + string(tags) + `}, resultTypes: ["violations"]})
  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html}))}))))`
	out := Run(b, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	var violations []struct {
		ID, Impact, Help string
		Nodes            []struct{ Target, HTML string }
	}
	if err := json.Unmarshal([]byte(out), &violations); err != nil {
		b.t.Fatalf("webtest: axe results: %v", err)
	}
	var found []Finding
	for _, v := range violations {
		for _, n := range v.Nodes {
			found = append(found, Finding{Page: page, Tool: "axe", Rule: v.ID, Impact: v.Impact, Message: v.Help,
				Where: n.Target, Extract: clip(n.HTML, 200)})
		}
	}
	return found
}

// fetch returns the body the server sends for path, whatever its status.
func (a *Audit) fetch(path string) []byte {
	a.b.t.Helper()
	resp, err := http.Get(a.b.BaseURL + path)
	if err != nil {
		a.b.t.Fatalf("webtest: get %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		a.b.t.Fatalf("webtest: read %s: %v", path, err)
	}
	a.Status[path] = resp.StatusCode
	return body
}

// vnuCheck writes the pages to files in dir and runs vnu over them in
// one JVM: its errors and warnings.
func vnuCheck(dir, java, jar string, pages []servedPage) ([]Finding, error) {
	byFile := map[string]string{}
	args := []string{"-jar", jar, "--format", "json", "--stdout", "--exit-zero-always"}
	for i, p := range pages {
		file := filepath.Join(dir, fmt.Sprintf("page%03d.html", i))
		if err := os.WriteFile(file, p.html, 0o644); err != nil {
			return nil, err
		}
		byFile[filepath.Base(file)] = p.path
		args = append(args, file)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("vnu: %w: %s", err, stderr.String())
	}
	var out struct {
		Messages []struct {
			Type, SubType, URL, Message, Extract string
			LastLine                             int
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("vnu output: %w: %s", err, clip(stdout.String(), 500))
	}
	var found []Finding
	for _, m := range out.Messages {
		impact := m.Type
		if m.Type == "info" {
			if m.SubType != "warning" {
				continue
			}
			impact = "warning"
		}
		found = append(found, Finding{Page: byFile[filepath.Base(m.URL)], Tool: "vnu", Rule: impact, Impact: impact,
			Message: m.Message, Where: fmt.Sprintf("line %d", m.LastLine), Extract: clip(m.Extract, 200)})
	}
	return found, nil
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
