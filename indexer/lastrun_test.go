package indexer

import (
	"context"
	"os"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestLastRunKept checks that every run, the first build and a later
// incremental one (and a live re-index), keeps its summary beside the index.
func TestLastRunKept(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"a/b/2018-05-09.txt": readSeed(t, cheshireSeed),
		"a/b/empty.txt":      {},
	})
	if sum, err := LoadLastRun(indexDir); sum != nil || err != nil {
		t.Fatalf("before any run: %v, %v", sum, err)
	}
	runOnce(t, corpusDir, indexDir, false)
	check := func(when string) {
		t.Helper()
		sum, err := LoadLastRun(indexDir)
		if err != nil || sum == nil {
			t.Fatalf("%s: %v, %v", when, sum, err)
		}
		if len(sum.Failures) != 1 || sum.Failures[0].File != "a/b/empty.txt" {
			t.Errorf("%s: failures %+v", when, sum.Failures)
		}
	}
	check("after the build")
	os.Remove(LastRunFile(indexDir))
	runOnce(t, corpusDir, indexDir, false) // nothing changed, but the failure is retried
	check("after an update")

	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	os.Remove(LastRunFile(indexDir))
	if _, err := NewLive(ix, Options{Corpus: corpusDir, Index: indexDir, Workers: 1}).Reindex(context.Background()); err != nil {
		t.Fatal(err)
	}
	check("after a live re-index")
}

func TestLoadLastRunBadFile(t *testing.T) {
	index := t.TempDir() + "/x.bleve"
	if err := os.WriteFile(LastRunFile(index), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadLastRun(index); err == nil {
		t.Error("a malformed last-run file loaded without error")
	}
}
