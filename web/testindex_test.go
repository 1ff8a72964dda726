package web

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/search/schema"
)

// The web tests run against a real search.Index of the test corpus
// (testcorpus_test.go), as zoekt's tests run against a real index: the
// meetings are written with search.Index.Apply, as the indexing run writes
// them, and the index is opened again with search.Open, as `minutes serve`
// opens it. Package web never imports indexer, so the corpus is given as
// schema values rather than files to extract.

// testOptions are the search options of the test corpus: its register,
// its inspections and its topics' labels, as serve passes them.
func testOptions() search.Options {
	return search.Options{
		TopicLabels: testTopicLabels,
		Inspections: testInspections,
		Register:    inspections.NewRegister(testAuthorities()),
		Logger:      slog.New(slog.DiscardHandler),
	}
}

// buildIndex writes meetings into a new index in dir and opens it again.
func buildIndex(dir string, meetings []schema.Meeting) (*search.Index, error) {
	path := filepath.Join(dir, "test.bleve")
	ix, err := search.Create(path, testOptions())
	if err != nil {
		return nil, err
	}
	var changes []search.FileChange
	for i := range meetings {
		m := &meetings[i]
		changes = append(changes, search.FileChange{Path: m.SourcePath, Hash: "hash-" + m.ID, Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		ix.Close()
		return nil, err
	}
	if err := ix.Close(); err != nil {
		return nil, err
	}
	return search.Open(path, testOptions())
}

// shared is the index of the test corpus that the tests which only read
// share, built on first use and removed by TestMain.
var shared struct {
	once sync.Once
	dir  string
	ix   *search.Index
	err  error
}

// testIndex returns the shared index of the test corpus. Tests must not
// write to it or close it: those that need other meetings build their own
// with newTestIndex.
func testIndex(t testing.TB) *search.Index {
	t.Helper()
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "web-test-index-")
		if shared.err == nil {
			shared.ix, shared.err = buildIndex(shared.dir, testMeetings())
		}
	})
	if shared.err != nil {
		t.Fatalf("build the test index: %v", shared.err)
	}
	return shared.ix
}

// newTestIndex builds an index of its own for one test, of the test
// corpus changed by edit (nil: as it is), closed when the test ends.
func newTestIndex(t testing.TB, edit func([]schema.Meeting) []schema.Meeting) *search.Index {
	t.Helper()
	meetings := testMeetings()
	if edit != nil {
		meetings = edit(meetings)
	}
	ix, err := buildIndex(t.TempDir(), meetings)
	if err != nil {
		t.Fatalf("build a test index: %v", err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.ix != nil {
		shared.ix.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// indexContext is the ContextProvider of the tests, over a real index:
// research.Context is the product's, but it reads the indexing run's files
// and sits above package indexer, which web must not import. Coverage is
// computed by package coverage from the index's meetings, plus meetings
// and failed files the index does not hold (as a fetched listing and the
// last run's report add them); the sourced inspections are
// testInspections and the mined ones are package inspections' reading of
// the indexed minutes, checked against them.
type indexContext struct {
	ix       *search.Index
	extra    []coverage.MeetingInfo
	failures []coverage.Failure
	known    []coverage.KnownMeeting // meetings a fetched listing names (none unless a test adds them)
}

// newIndexContext gives Kent nine more meetings in 2013 (so 2013 is not
// thin, but its cadence has a gap in August and September) and one file
// that failed.
func newIndexContext(ix *search.Index) *indexContext {
	c := &indexContext{ix: ix}
	for _, month := range []int{1, 2, 3, 4, 5, 6, 7, 10, 11} {
		c.extra = append(c.extra, coverage.MeetingInfo{CouncilSlug: "kent", Council: "Kent County Council",
			CommitteeSlug: "corporate-parenting-panel", Committee: "Corporate Parenting Panel",
			Date: fmt.Sprintf("2013-%02d-13", month), Items: 5})
	}
	c.failures = []coverage.Failure{coverage.FailureOf("kent/corporate-parenting-panel/2013-08-13.pdf", "pdf: encrypted")}
	return c
}

// withContext configures the handler with an indexContext over ix.
func withContext(ix *search.Index) func(*Config) {
	return func(c *Config) { c.Context = newIndexContext(ix) }
}

func (c *indexContext) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	if _, err := c.ix.Council(ctx, council); err != nil {
		return nil, err
	}
	meetings, err := c.ix.Meetings(ctx, council)
	if err != nil {
		return nil, err
	}
	var in coverage.Input
	for _, m := range meetings {
		in.Meetings = append(in.Meetings, coverage.FromMeeting(m, false))
	}
	for _, m := range c.extra {
		if m.CouncilSlug == council {
			in.Meetings = append(in.Meetings, m)
		}
	}
	for _, f := range c.failures {
		if f.CouncilSlug == council {
			in.Failures = append(in.Failures, f)
		}
	}
	for _, k := range c.known {
		if k.CouncilSlug == council {
			in.Known = append(in.Known, k)
		}
	}
	for _, cov := range coverage.Compute(in) {
		if cov.Slug == council {
			return &cov, nil
		}
	}
	return &coverage.CouncilCoverage{Slug: council}, nil
}

func (c *indexContext) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	found, err := c.ix.Council(ctx, council)
	if err != nil {
		return nil, nil, err
	}
	sourced := inspections.Filter(testInspections, council, "", "")
	if found.Register == nil {
		return sourced, nil, nil
	}
	meetings, err := c.ix.Meetings(ctx, council)
	if err != nil {
		return nil, nil, err
	}
	var mined []inspections.Candidate
	for _, m := range meetings {
		for _, cand := range inspections.Mine(m) {
			cand.URL = "/items/" + cand.ItemID
			mined = append(mined, cand)
		}
	}
	return sourced, inspections.Check(mined, sourced), nil
}
