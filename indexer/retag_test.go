package indexer

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
)

// searchIDs opens the index and returns the IDs of the items a request
// finds, with the council name of the first.
func searchIDs(t *testing.T, indexDir, synonyms string, req search.Request) ([]string, string) {
	t.Helper()
	ix, err := search.Open(indexDir, search.Options{SynonymsFile: synonyms})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	req.Size = 100
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	name := ""
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
		if name == "" {
			name = h.CouncilName
		}
	}
	return ids, name
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTopicEditRetagsOnIncrementalRun checks that a topic added to
// topics.json tags the matching items on the next run without --full,
// re-extracting nothing and writing only the files whose tags change.
func TestTopicEditRetagsOnIncrementalRun(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	other := readSeed(t, "testdata/seeds/000_fc41dadad03eceb3.txt")
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/panel/2018-05-09.txt": seed,
		"other/panel/2019-01-01.txt":         other,
		corpus.TopicsFile:                    []byte(`[{"slug": "staffing", "label": "Staffing", "terms": ["staffing"]}]`),
	})
	if sum := runOnce(t, corpusDir, indexDir, false); sum.Indexed != 2 {
		t.Fatalf("first run: %s", sum.Line())
	}
	if ids, _ := searchIDs(t, indexDir, "", search.Request{Topics: []string{"scorecards"}}); len(ids) != 0 {
		t.Fatalf("tagged before the topic exists: %v", ids)
	}
	writeFile(t, filepath.Join(corpusDir, corpus.TopicsFile), `[
  {"slug": "staffing", "label": "Staffing", "terms": ["staffing"]},
  {"slug": "scorecards", "label": "Scorecards", "terms": ["scorecard"], "min_hits": 1}
]`)
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 0 || sum.Retagged != 1 {
		t.Errorf("after adding a topic: %s; want no file extracted and the one that mentions it re-tagged", sum.Line())
	}
	tagged, _ := searchIDs(t, indexDir, "", search.Request{Topics: []string{"scorecards"}})
	rebuilt := filepath.Join(t.TempDir(), "full.bleve")
	runOnce(t, corpusDir, rebuilt, true)
	want, _ := searchIDs(t, rebuilt, "", search.Request{Topics: []string{"scorecards"}})
	if len(tagged) == 0 || !slices.Equal(tagged, want) {
		t.Errorf("the topic tags %v after the incremental run, %v after a full one", tagged, want)
	}
	if again := runOnce(t, corpusDir, indexDir, false); again.Retagged != 0 || !again.NoChange() {
		t.Errorf("a run with no edit: %s", again.Line())
	}
}

// TestCouncilEditReextractsItsFiles checks that an edit to a council's
// entry re-extracts that council's files, and only them.
func TestCouncilEditReextractsItsFiles(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	other := readSeed(t, "testdata/seeds/000_fc41dadad03eceb3.txt")
	councils := `[{"slug": "cheshire-east", "name": "Cheshire East Council"}, {"slug": "other", "name": "Other Council"}]`
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/panel/2018-05-09.txt": seed,
		"other/panel/2019-01-01.txt":         other,
		corpus.CouncilsFile:                  []byte(councils),
	})
	runOnce(t, corpusDir, indexDir, false)
	writeFile(t, filepath.Join(corpusDir, corpus.CouncilsFile), strings.Replace(councils, "Cheshire East Council", "Cheshire East Borough Council", 1))
	sum := runOnce(t, corpusDir, indexDir, false)
	if sum.Indexed != 1 {
		t.Errorf("after renaming one council: %s; want its one file extracted again", sum.Line())
	}
	if _, name := searchIDs(t, indexDir, "", search.Request{Councils: []string{"cheshire-east"}}); name != "Cheshire East Borough Council" {
		t.Errorf("council name %q after the edit", name)
	}
}

// TestBadDataLinesReported checks that a bad line of topics.json,
// councils.json or synonyms.txt is reported with its file and line, and
// the rest of the file is used.
func TestBadDataLinesReported(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	corpusDir, indexDir := newCorpus(t, map[string][]byte{
		"cheshire-east/panel/2018-05-09.txt": seed,
		corpus.TopicsFile: []byte(`[
  {"slug": "no-terms", "label": "Broken"},
  {"slug": "scorecards", "label": "Scorecards", "terms": ["scorecard"], "min_hits": 1}
]`),
		corpus.CouncilsFile: []byte(`[
  {"slug": "cheshire-east", "name": "Cheshire East Council"},
  {"name": "No Slug"}
]`),
		corpus.SynonymsFile: []byte("scorecard, dashboard\nchurn, turnover\nSCORECARD, report card\n"),
	})
	sum := runOnce(t, corpusDir, indexDir, false)
	var reasons []string
	for _, f := range sum.Failures {
		reasons = append(reasons, f.File+": "+f.Reason)
	}
	all := strings.Join(reasons, "\n")
	for _, want := range []string{
		"topics.json:2: entry 1 needs a slug and terms",
		"councils.json:3: entry 2 needs both slug and name",
		"synonyms.txt:3: \"SCORECARD\" is already in the group of an earlier line",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("failures lack %q:\n%s", want, all)
		}
	}
	if sum.Indexed != 1 {
		t.Errorf("the good file was not indexed: %s", sum.Line())
	}
	synonyms := filepath.Join(corpusDir, corpus.SynonymsFile)
	if ids, _ := searchIDs(t, indexDir, "", search.Request{Query: "topic:scorecards"}); len(ids) == 0 {
		t.Error("the good topic of topics.json was not used")
	}
	plain, _ := searchIDs(t, indexDir, "", search.Request{Query: "scorecard"})
	expanded, _ := searchIDs(t, indexDir, synonyms, search.Request{Query: "dashboard"})
	if len(plain) == 0 || !slices.Equal(plain, expanded) {
		t.Errorf("the good synonym line is not used: scorecard %v, dashboard %v", plain, expanded)
	}
}

// TestLiveReindexReloadsSynonyms checks that a synonyms edit changes
// what a held index matches at the next re-index (serve --watch).
func TestLiveReindexReloadsSynonyms(t *testing.T) {
	seed := readSeed(t, cheshireSeed)
	corpusDir, indexDir := newCorpus(t, map[string][]byte{"cheshire-east/panel/2018-05-09.txt": seed})
	runOnce(t, corpusDir, indexDir, false)
	synonyms := filepath.Join(corpusDir, corpus.SynonymsFile)
	ix, err := search.Open(indexDir, search.Options{SynonymsFile: synonyms})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	count := func(q string) uint64 {
		res, err := ix.Search(context.Background(), search.Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if count("dashboard") != 0 || count("scorecard") == 0 {
		t.Fatal("the seed should hold scorecard and not dashboard")
	}
	writeFile(t, synonyms, "scorecard, dashboard\n")
	live := NewLive(ix, Options{Corpus: corpusDir, Index: indexDir, Workers: 1, BatchItems: 100})
	if _, err := live.Reindex(context.Background()); err != nil {
		t.Fatal(err)
	}
	if count("dashboard") != count("scorecard") {
		t.Errorf("after the edit, dashboard finds %d items and scorecard %d", count("dashboard"), count("scorecard"))
	}
}
