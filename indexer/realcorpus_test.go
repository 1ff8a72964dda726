package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
)

// TestRealCorpusHeadings reads the meeting date and committee from the
// headings of 486 real minutes (../shared/real-corpus: a council's
// Markdown made from its PDFs, 2014–2019, some pages OCR'd), each copied
// under a neutral name with no manifest, councils list or folder, and
// scores them against the manifest. The bars sit a little under what the
// extractor reaches (date 0.975, committee 0.949 when written), so that a
// change that loses ground fails.
func TestRealCorpusHeadings(t *testing.T) {
	root := shared.Path(t, "real-corpus", "corpus")
	data, err := os.ReadFile(filepath.Join(root, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var man struct {
		Files []struct {
			Path      string `json:"path"`
			Committee string `json:"committee"`
			Date      string `json:"date"`
		} `json:"files"`
	}
	if err := json.Unmarshal(data, &man); err != nil {
		t.Fatal(err)
	}
	if len(man.Files) < 400 {
		t.Fatalf("manifest lists %d files; want the 486 minutes", len(man.Files))
	}
	tmp := t.TempDir()
	dates, committees := 0, 0
	var misses []string
	for i, f := range man.Files {
		text, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		neutral := filepath.Join(tmp, fmt.Sprintf("doc%03d.md", i)) // no date or committee in the name
		if err := os.WriteFile(neutral, text, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := Extract(context.Background(), neutral, ExtractOptions{})
		if err != nil {
			t.Errorf("%s: %v", f.Path, err)
			continue
		}
		if m.Date == f.Date {
			dates++
		}
		if sameName(m.Committee, f.Committee) {
			committees++
		}
		if (m.Date != f.Date || !sameName(m.Committee, f.Committee)) && len(misses) < 15 {
			misses = append(misses, fmt.Sprintf("%s: date %q, committee %q", f.Path, m.Date, m.Committee))
		}
	}
	n := float64(len(man.Files))
	t.Logf("%d real minutes: date %.3f, committee %.3f", len(man.Files), float64(dates)/n, float64(committees)/n)
	if float64(dates)/n < 0.96 || float64(committees)/n < 0.93 {
		t.Errorf("date %.3f (want 0.96), committee %.3f (want 0.93); some misses:\n%v", float64(dates)/n, float64(committees)/n, misses)
	}
}
