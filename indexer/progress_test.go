package indexer

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/progress"
)

// TestRunShowsProgress: on a terminal an indexing run keeps a live line
// counting the files read, with what was written, and ends it.
func TestRunShowsProgress(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/corporate-parenting-committee/2018-05-09.txt": seed,
		"cheshire-east/corporate-parenting-committee/2018-07-11.txt": seed,
		"cheshire-east/corporate-parenting-committee/2018-09-12.txt": seed,
	})
	var out bytes.Buffer
	_, err := Run(context.Background(), Options{Corpus: corpusDir, Index: indexDir, Workers: 2,
		MaxBytes: DefaultMaxBytes, MaxPages: DefaultMaxPages, Timeout: DefaultTimeout, BatchItems: 100,
		Progress: progress.NewLive(&out)})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := out.String()
	if !strings.Contains(got, "\rindex: 3/3 files") || !strings.Contains(got, "3 meetings written, 0 files unchanged, 0 failed") ||
		!strings.HasSuffix(got, "\n") {
		t.Errorf("progress output %q lacks the last line of 3/3 files and the meetings written", got)
	}
}
