package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearchCommandRelative(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(bundledCorpus)); err != nil {
		t.Fatal(err)
	}
	insps, err := os.ReadFile(filepath.Join("testdata", "inspections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "inspections.csv"), insps, 0o644); err != nil {
		t.Fatal(err)
	}
	index := buildIndex(t, dir)

	code, out, errs := run(t, "search", "--index", index, "--corpus", dir, "--after", "inspection", "--judgement", "inadequate", "--within", "2y", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Total int      `json:"total"`
		Notes []string `json:"notes"`
		Hits  []struct{ Council string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	// Luton's 2021-03-02 meeting is within 2 years of its (invented) 2020-02-26 inspection;
	// Kent's 2013-12-13 within 2 years of its 2013-03-15 one.
	councils := map[string]bool{}
	for _, h := range res.Hits {
		councils[h.Council] = true
	}
	if res.Total == 0 || len(councils) != 2 || !councils["luton"] || !councils["kent"] || len(res.Notes) != 1 {
		t.Errorf("total %d, councils %v, notes %q", res.Total, councils, res.Notes)
	}
	_, out, _ = run(t, "search", "--index", index, "--corpus", dir, "--before", "inspection", "--within", "1m")
	if !strings.Contains(out, "0 items match") || !strings.Contains(out, "note: ") {
		t.Errorf("before, 1 month: %s", out)
	}
	for _, bad := range [][]string{{"--after", "lunch"}, {"--after", "inspection", "--before", "inspection"},
		{"--after", "inspection", "--within", "soon"}, {"--judgement", "good"}} {
		args := append([]string{"search", "--index", index, "--corpus", dir}, bad...)
		if code, _, errs := run(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", bad, code, exitUsage, errs)
		}
	}
}
