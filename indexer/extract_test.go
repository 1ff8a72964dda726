package indexer

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

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
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := path + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s; run go test -run TestExtractGolden -update and review the diff", path, golden)
			}
		})
	}
}
