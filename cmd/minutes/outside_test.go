package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/web/webtest"
)

// TestCoverageOutsideTheRepository: `minutes coverage --index DIR` run
// from a folder without ./corpus reads the corpus the index was built
// from, as `minutes search` does: the listings of its manifest count. It
// read ./corpus, which is not there, and said no meeting was known.
func TestCoverageOutsideTheRepository(t *testing.T) {
	index := buildIndex(t, gapCorpus(t))
	t.Chdir(t.TempDir())
	code, out, errs := run(t, "coverage", "--index", index, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var covs []coverage.CouncilCoverage
	if err := json.Unmarshal([]byte(out), &covs); err != nil || len(covs) != 1 {
		t.Fatalf("%v: %s", err, out)
	}
	if y, _ := covs[0].Year("2019"); y.Known != 2 || !y.Listed {
		t.Errorf("2019 without --corpus: known %d, listed %v; want the manifest's 2 meetings", y.Known, y.Listed)
	}
	if strings.Contains(errs, "corpus/synonyms.txt") {
		t.Errorf("coverage looked for ./corpus's synonyms:\n%s", errs)
	}
}

// noSynonymsCorpus is a corpus of one meeting without a synonyms file.
func noSynonymsCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	folder := filepath.Join(dir, "testshire", "cabinet")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "Minutes of the Cabinet held on 3 March 2024\n\n1. Apologies\nNone were received.\n\n2. Budget\nThe budget was agreed.\n"
	if err := os.WriteFile(filepath.Join(folder, "2024-03-03.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestNoSynonymsSaidOnce: a corpus without synonyms.txt is said to have
// none once per command, on the command's own log: `index` said it
// twice (the run and its closing count) and `serve` twice (the build and
// the server), on the default logger.
func TestNoSynonymsSaidOnce(t *testing.T) {
	corpusDir := noSynonymsCorpus(t)
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	code, out, errs := run(t, "index", "--corpus", corpusDir, "--index", index)
	if n := strings.Count(errs, "no synonyms file"); code != exitOK || n != 1 {
		t.Errorf("index: exit %d, said %d times, want once:\n%s%s", code, n, out, errs)
	}
	if testing.Short() {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	fresh := filepath.Join(t.TempDir(), "minutes.bleve")
	go func() {
		done <- Main(ctx, []string{"serve", "--corpus", corpusDir, "--index", fresh, "--addr", "127.0.0.1:0"}, io.Discard, &stderr)
	}()
	waitForServing(t, &stderr, done)
	cancel()
	<-done
	if n := strings.Count(stderr.String(), "no synonyms file"); n != 1 {
		t.Errorf("serve said it %d times, want once:\n%s", n, stderr.String())
	}
}

// TestServeRefusesBadAddressFirst: serve takes its address before it
// builds the index, so a bad or busy one is said at once rather than
// after the build (minutes, on a large corpus), and nothing is built.
func TestServeRefusesBadAddressFirst(t *testing.T) {
	corpusDir := noSynonymsCorpus(t)
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	code, _, errs := run(t, "serve", "--corpus", corpusDir, "--index", index, "--addr", "no-port-here")
	if code == exitOK || !strings.Contains(errs, "listen on no-port-here") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(index); err == nil {
		t.Errorf("an index was built for a server that could not listen")
	}
}

// TestBrowserPhoneCoverageGrid: a council's coverage grid of many years is
// wider than a phone; it scrolls in its own box, and the page never
// sideways. The grid's visually hidden labels, placed absolutely, were
// placed beyond the page's edge (the box was not their containing block):
// at 390 px the page of a council of six years scrolled to 463.
func TestBrowserPhoneCoverageGrid(t *testing.T) {
	corpusDir := t.TempDir()
	for year := 2012; year <= 2024; year++ {
		committees := []string{"children-and-young-people-overview-and-scrutiny-committee", "corporate-parenting-panel"}
		if year <= 2013 { // a committee that ended: its later years are cells marked "none"
			committees = append(committees, "schools-forum")
		}
		for _, committee := range committees {
			folder := filepath.Join(corpusDir, "kent", committee)
			if err := os.MkdirAll(folder, 0o755); err != nil {
				t.Fatal(err)
			}
			text := fmt.Sprintf("KENT COUNTY COUNCIL\n\nMINUTES of a meeting held on 15 March %d.\n\n1. Apologies\n\nNone were received.\n\n2. Fostering\n\nThe Panel noted the report on fostering.\n", year)
			if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("%d-03-15.txt", year)), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	srv := corpusServer(t, corpusDir)
	b := webtest.New(t)
	b.Serve(srv.Config.Handler)
	b.Viewport(390, 900)
	b.Open("/councils/kent")
	if n := b.Count(".coverage-grid th[scope=col]"); n < 14 {
		t.Fatalf("the coverage grid has %d columns, want a committee's and 13 years'", n)
	}
	if w := b.PageWidth(); w > 390 {
		t.Errorf("at 390 px the council page is %d px wide: it scrolls sideways", w)
	}
}

// TestIndexMissingCorpus: an index run over a corpus that is not there
// fails naming it, prints no summary of work "not needed", and makes no
// index folder (it said "files seen 0 … nothing changed" and left ./data).
func TestIndexMissingCorpus(t *testing.T) {
	dir := t.TempDir()
	index := filepath.Join(dir, "data", "minutes.bleve")
	code, out, errs := run(t, "index", "--corpus", filepath.Join(dir, "no-corpus"), "--index", index)
	if code != exitFail || !strings.Contains(errs, "no-corpus") || strings.Contains(out, "files seen") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
		t.Errorf("the run made the index's folder")
	}
	code, out, _ = run(t, "index", "--corpus", bundledCorpus, "--index", filepath.Join("/proc", "no-such", "minutes.bleve"))
	if code != exitFail || strings.Contains(out, "files seen 0") {
		t.Errorf("an index that cannot be made: exit %d, stdout %s", code, out)
	}
}
