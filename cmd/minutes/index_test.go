package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

// TestIndexSaysWhatItHolds: a run with nothing to do says it wrote
// nothing and what the index holds, never only "meetings 0; items 0",
// which reads as an empty index.
func TestIndexSaysWhatItHolds(t *testing.T) {
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	wrote := regexp.MustCompile(`wrote (\d+) meetings, (\d+) items`)
	holds := regexp.MustCompile(`the index holds (\d+) meetings, (\d+) items of 5 councils`)
	var first []string
	for i := range 2 {
		code, out, errs := run(t, "index", "--corpus", bundledCorpus, "--index", index, "--workers", "2")
		if code != exitOK {
			t.Fatalf("run %d: exit %d\n%s%s", i+1, code, out, errs)
		}
		w, h := wrote.FindStringSubmatch(out), holds.FindStringSubmatch(out)
		if w == nil || h == nil {
			t.Fatalf("run %d says:\n%s", i+1, out)
		}
		switch i {
		case 0: // a first run writes what the index then holds
			if w[1] != h[1] || w[2] != h[2] || w[1] == "0" {
				t.Errorf("first run says:\n%s", out)
			}
			first = h
		case 1: // the second writes nothing, and the index holds the same
			if w[1] != "0" || w[2] != "0" || h[1] != first[1] || h[2] != first[2] {
				t.Errorf("second run says:\n%s", out)
			}
		}
	}
}
