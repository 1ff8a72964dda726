package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"

	"github.com/councilminutes/minutes/internal/golden"
)

// testOptions loads the councils list kept under testdata and the
// bundled topic taxonomy.
func testOptions(t testing.TB) ExtractOptions {
	t.Helper()
	cs, err := corpus.LoadCouncils("testdata")
	if err != nil {
		t.Fatal(err)
	}
	ts, err := corpus.LoadTopics("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	return ExtractOptions{Councils: cs, Topics: ts}
}

// fixtureFiles lists the minutes under testdata/seeds and testdata/fixtures.
func fixtureFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"testdata/seeds", "testdata/fixtures"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() || strings.HasSuffix(e.Name(), ".golden.json") || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files
}

// TestExtractGolden extracts every fixture without a manifest entry and
// compares the meeting with its golden file (refresh with -update).
func TestExtractGolden(t *testing.T) {
	opts := testOptions(t)
	for _, path := range fixtureFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			m, err := Extract(context.Background(), path, opts)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			golden.CheckJSON(t, path+".golden.json", m)
		})
	}
}
