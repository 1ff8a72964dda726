package search

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// corpusSynonyms is the synonyms file shipped with the corpus; the tests
// use it so that they check the real groups.
var corpusSynonyms = filepath.Join("..", "corpus", "synonyms.txt")

// loadFixtures reads testdata/meetings/*.json, assigning IDs as the
// indexer does.
func loadFixtures(t testing.TB) []*schema.Meeting {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "meetings", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixture meetings: %v", err)
	}
	sort.Strings(paths)
	var out []*schema.Meeting
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var m schema.Meeting
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		m.AssignIDs()
		out = append(out, &m)
	}
	return out
}

// newFixtureIndex builds a fresh index of the fixture meetings in a
// temporary directory.
func newFixtureIndex(t testing.TB) *Index {
	t.Helper()
	ix, err := Create(filepath.Join(t.TempDir(), "test.bleve"), fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var changes []FileChange
	for _, m := range loadFixtures(t) {
		changes = append(changes, FileChange{Path: m.SourcePath, Hash: "hash-" + m.ID, Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	return ix
}

func fixtureOptions() Options {
	return Options{
		SynonymsFile: corpusSynonyms,
		TopicLabels:  map[string]string{"ofsted": "Ofsted inspections", "care-leavers": "Care leavers"},
	}
}

var (
	sharedOnce sync.Once
	sharedIx   *Index
	sharedDir  string
)

// sharedIndex is one fixture index for the read-only tests of this
// package, built on first use and removed by TestMain.
func sharedIndex(t testing.TB) *Index {
	t.Helper()
	sharedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "search-fixture-")
		if err != nil {
			t.Fatal(err)
		}
		sharedDir = dir
		ix, err := Create(filepath.Join(dir, "fixture.bleve"), fixtureOptions())
		if err != nil {
			t.Fatal(err)
		}
		var changes []FileChange
		for _, m := range loadFixtures(t) {
			changes = append(changes, FileChange{Path: m.SourcePath, Hash: "hash-" + m.ID, Meeting: m})
		}
		if err := ix.Apply(context.Background(), changes); err != nil {
			t.Fatal(err)
		}
		sharedIx = ix
	})
	if sharedIx == nil {
		t.Fatal("shared fixture index failed to build")
	}
	return sharedIx
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedIx != nil {
		sharedIx.Close()
	}
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	if benchIx != nil {
		benchIx.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}
