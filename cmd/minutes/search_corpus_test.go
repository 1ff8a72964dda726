package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestSearchFindsTheIndexCorpus: `minutes search --index DIR` run outside
// the repository, where there is no ./corpus, searches with the synonyms
// of the corpus the index was built from, as the server does (it warned of
// a missing corpus/synonyms.txt and searched without them), and an
// explicit --corpus still wins.
func TestSearchFindsTheIndexCorpus(t *testing.T) {
	corpusDir, err := filepath.Abs(filepath.Join("..", "..", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	index := buildIndex(t, corpusDir)
	t.Chdir(t.TempDir())
	total := func(args ...string) int {
		t.Helper()
		code, out, errs := run(t, append([]string{"search", "--index", index, "--json", "--council", "cheshire-east"}, args...)...)
		if code != exitOK {
			t.Fatalf("search %v: exit %d\n%s", args, code, errs)
		}
		var ans struct{ Total int }
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatalf("search %v: %v\n%s", args, err, out)
		}
		return ans.Total
	}
	// Cheshire East writes "cared for children": only the synonym finds it.
	if n := total(`"looked after children"`); n == 0 {
		t.Error(`outside the repository, "looked after children" finds nothing: the index's corpus's synonyms were not used`)
	}
	if n := total("--corpus", t.TempDir(), `"looked after children"`); n != 0 {
		t.Errorf(`with --corpus naming an empty folder, "looked after children" finds %d: --corpus was not used`, n)
	}
}
