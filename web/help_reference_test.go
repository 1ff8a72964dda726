package web

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// paramRead finds a request parameter read in web's parameter code:
// q.Get("x"), slugs(q, "x"), boolParam(q, "x"), intParam(q, "x", …),
// badParam("x", …).
var paramRead = regexp.MustCompile(`(?:q\.Get|q\.Has|slugs|boolParam|intParam|badParam|judgementParam)\((?:q, )?"([a-z_0-9]+)"`)

// jsonTag finds a JSON field name in a struct tag.
var jsonTag = regexp.MustCompile("json:\"([a-z_0-9]+)")

// TestHelpDocumentsEveryParameter: /help names every request parameter the
// API and pages read, and every JSON field of their answers, as issue 21
// asks ("Document every new field and parameter in the README and on
// /help"). The names are read from the source files that define them, so
// a parameter or field added there and not to /help fails here.
func TestHelpDocumentsEveryParameter(t *testing.T) {
	h := newHandler(t, testIndex(t))
	body := get(t, h, "/help").Body.String()
	names := func(pattern string, re *regexp.Regexp) []string {
		files, _ := filepath.Glob(pattern)
		if len(files) == 0 {
			t.Fatalf("no files %s", pattern)
		}
		var out []string
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				out = append(out, m[1])
			}
		}
		return out
	}
	var params []string
	params = append(params, names("params*.go", paramRead)...)
	params = append(params, "leaders", "help_and_protection", "in_care", "care_leavers", "all", "format")
	if len(params) < 25 {
		t.Fatalf("found %d parameters in params*.go; the pattern no longer reads them", len(params))
	}
	for _, p := range params {
		if !strings.Contains(body, "<code>"+p+"</code>") {
			t.Errorf("/help does not document the parameter %q", p)
		}
	}
	var fields []string
	for _, f := range []string{"json_search.go", "json_council.go", "../search/schema/meeting.go", "../search/schema/decision.go",
		"../search/schema/people.go", "../search/coverage/coverage.go", "../inspections/register.go", "../inspections/inspection.go"} {
		fields = append(fields, names(f, jsonTag)...)
	}
	if len(fields) < 100 {
		t.Fatalf("found %d JSON fields; the pattern no longer reads them", len(fields))
	}
	for _, f := range fields {
		if !strings.Contains(body, "<code>"+f+"</code>") {
			t.Errorf("/help does not document the JSON field %q", f)
		}
	}
}
