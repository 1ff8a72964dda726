package indexer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/councilminutes/minutes/search"
)

// cheshireSeed is a real minute whose items the run must index.
const cheshireSeed = "testdata/seeds/002_4d8d5d562c30f0f4.txt"

// newCorpus makes a corpus folder with the given files (relative path ->
// content) and returns it with an index path beside it.
func newCorpus(t *testing.T, files map[string][]byte) (corpusDir, indexDir string) {
	t.Helper()
	root := t.TempDir()
	corpusDir = filepath.Join(root, "corpus")
	for rel, data := range files {
		p := filepath.Join(corpusDir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(corpusDir, 0o755)
	return corpusDir, filepath.Join(root, "data", "minutes.bleve")
}

func readSeed(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func runOnce(t *testing.T, corpusDir, indexDir string, full bool) *Summary {
	t.Helper()
	sum, err := Run(context.Background(), Options{Corpus: corpusDir, Index: indexDir, Workers: 2, Full: full,
		MaxBytes: DefaultMaxBytes, MaxPages: DefaultMaxPages, Timeout: DefaultTimeout, BatchItems: 100})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum
}

// indexedItems returns the number of items that match everything, and the
// indexed files.
func indexedItems(t *testing.T, indexDir string) (uint64, map[string]string) {
	t.Helper()
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatalf("open index: %v", err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), search.Request{Page: 1, Size: 1})
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	files, err := ix.Files()
	if err != nil {
		t.Fatal(err)
	}
	return res.Total, files
}

func TestRunIncremental(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/corporate-parenting-committee/2018-05-09.txt": seed,
		"other/panel/2019-01-01.txt":                                 seed,
	})
	first := runOnce(t, corpusDir, indexDir, false)
	if first.Indexed != 2 || first.Failed != 0 || first.Items == 0 {
		t.Fatalf("first run: %s; failures %v", first.Line(), first.Failures)
	}
	total, files := indexedItems(t, indexDir)
	if int(total) != first.Items || len(files) != 2 {
		t.Fatalf("index holds %d items from %d files, run said %d items", total, len(files), first.Items)
	}

	second := runOnce(t, corpusDir, indexDir, false)
	if !second.NoChange() || second.Unchanged != 2 {
		t.Fatalf("second run did work: %s", second.Line())
	}
	if !strings.Contains(second.Line(), "nothing changed") {
		t.Errorf("second run does not say it did nothing: %s", second.Line())
	}

	// Change one file (fewer items), delete the other.
	short := strings.SplitN(string(seed), "52.", 2)[0]
	if err := os.WriteFile(filepath.Join(corpusDir, "other/panel/2019-01-01.txt"), []byte(short), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(corpusDir, "cheshire-east/corporate-parenting-committee/2018-05-09.txt")); err != nil {
		t.Fatal(err)
	}
	third := runOnce(t, corpusDir, indexDir, false)
	if third.Indexed != 1 || third.Deleted != 1 {
		t.Fatalf("third run: %s", third.Line())
	}
	total, files = indexedItems(t, indexDir)
	if int(total) != third.Items || len(files) != 1 {
		t.Fatalf("after change: index holds %d items from %d files; want %d from 1", total, len(files), third.Items)
	}

	full := runOnce(t, corpusDir, indexDir, true)
	if full.Indexed != 1 || !full.Full {
		t.Fatalf("full run: %s", full.Line())
	}
}

func TestRunCarriesOnPastBadFiles(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"good/panel/2018-05-09.txt":      seed,
		"bad/panel/empty.txt":            {},
		"bad/panel/binary.txt":           binary,
		"bad/panel/truncated.pdf":        []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),
		"bad/panel/not a pdf é.pdf":      []byte("hello, this is not a PDF"),
		"good/panel/name with spaces.md": seed,
		"manifest.json":                  []byte(`{"files": [ {"path": "missing/file.pdf"} ]}`),
	})
	// A 200 MB file (sparse: it takes no disk) is refused by size, unread.
	huge, err := os.Create(filepath.Join(corpusDir, "bad/panel/huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := huge.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	huge.Close()
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, seed, 0o644)
	if err := os.Symlink(outside, filepath.Join(corpusDir, "good/panel/link.txt")); err != nil {
		t.Fatal(err)
	}
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 2 {
		t.Errorf("indexed %d files, want the 2 good ones: %s", sum.Indexed, sum.Line())
	}
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[f.File] = f.Reason
	}
	for _, want := range []string{"bad/panel/empty.txt", "bad/panel/binary.txt", "bad/panel/truncated.pdf",
		"bad/panel/not a pdf é.pdf", "missing/file.pdf", "bad/panel/huge.txt"} {
		if reasons[want] == "" {
			t.Errorf("no failure listed for %s; failures: %v", want, sum.Failures)
		}
	}
	linked := false
	for _, p := range sum.Passed {
		linked = linked || p.Rel == "good/panel/link.txt"
	}
	if !linked {
		t.Errorf("symbolic link not reported as passed over: %v", sum.Passed)
	}
	_, files := indexedItems(t, indexDir)
	if _, ok := files["good/panel/link.txt"]; ok {
		t.Error("symbolic link was followed and indexed")
	}
}

func TestRunMalformedManifest(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"good/panel/2018-05-09.txt": readSeed(t, cheshireSeed),
		"manifest.json":             []byte(`{"files": [ {"path": `),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 1 {
		t.Errorf("a malformed manifest stopped indexing: %s", sum.Line())
	}
	if len(sum.Failures) == 0 || !strings.Contains(sum.Failures[0].Reason, "manifest") {
		t.Errorf("malformed manifest not reported: %v", sum.Failures)
	}
}

func TestRunRefusesHeldIndex(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{"a/b/2018-05-09.txt": readSeed(t, cheshireSeed)})
	runOnce(t, corpusDir, indexDir, false)
	ix, err := search.Open(indexDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	_, err = Run(context.Background(), Options{Corpus: corpusDir, Index: indexDir, Workers: 1})
	if !errors.Is(err, ErrIndexBusy) {
		t.Fatalf("Run on a held index: %v, want ErrIndexBusy", err)
	}
}

func TestRunReport(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"a/b/2018-05-09.txt": readSeed(t, cheshireSeed),
		"a/b/empty.txt":      {},
	})
	report := filepath.Join(t.TempDir(), "report.json")
	_, err := Run(context.Background(), Options{Corpus: corpusDir, Index: indexDir, Workers: 1, Report: report})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"files_failed": 1`, `"a/b/empty.txt"`, `"files_indexed": 1`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("report lacks %s:\n%s", want, data)
		}
	}
}

func TestRunRebuildsStaleIndex(t *testing.T) {
	corpusDir, indexDir := newCorpus(t, map[string][]byte{"a/b/2018-05-09.txt": readSeed(t, cheshireSeed)})
	runOnce(t, corpusDir, indexDir, false)
	raw, err := bleve.Open(indexDir)
	if err != nil {
		t.Fatal(err)
	}
	raw.SetInternal([]byte("minutes:schema"), []byte("0"))
	raw.Close()
	sum := runOnce(t, corpusDir, indexDir, false)
	if !sum.Full || sum.Indexed != 1 {
		t.Fatalf("run over a stale index did not rebuild it: %s", sum.Line())
	}
	if total, _ := indexedItems(t, indexDir); total == 0 {
		t.Error("rebuilt index is empty")
	}
}
