package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

// TestIndexHoldsNamedCouncils: a file at the top of the corpus gives a
// meeting whose council is not known; the summary counted it as a
// council ("2 items of 1 council") and now says so instead.
func TestIndexHoldsNamedCouncils(t *testing.T) {
	corpusDir := t.TempDir()
	text := "Minutes of a meeting held on 3 March 2024\n\n1. Apologies\nNone were received.\n\n" +
		"2. Street lighting\nThe clerk reported on the street lighting repairs along the High Street.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "notes.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	code, out, errs := run(t, "index", "--corpus", corpusDir, "--index", index)
	want := "the index holds 1 meeting, 2 items of 0 councils (2 items of a council not named)"
	if code != exitOK || !strings.Contains(out, want) {
		t.Errorf("exit %d, want %q in:\n%s%s", code, want, out, errs)
	}
}
