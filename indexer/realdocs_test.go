package indexer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/pdftext"
	"github.com/councilminutes/minutes/internal/shared"
)

// realMinutes is ../shared/real-docs/minutes/expected.json: what a careful
// reader finds in two real printed minutes.
type realMinutes map[string]struct {
	Council   string      `json:"council"`
	Committee string      `json:"committee"`
	Date      string      `json:"date"`
	Items     [][2]string `json:"items"`
}

// TestRealPrintedMinutes checks the items, date, committee and council
// extracted from real principal-council printed minutes (Word and Aspose
// PDFs as ModernGov publishes them) against what a reader finds.
func TestRealPrintedMinutes(t *testing.T) {
	dir := shared.Path(t, "real-docs", "minutes")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want realMinutes
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for name, exp := range want {
		t.Run(name, func(t *testing.T) {
			m, err := Extract(context.Background(), filepath.Join(dir, name), ExtractOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got, wantTitles []string
			for _, it := range m.Items {
				got = append(got, it.Title)
			}
			for _, it := range exp.Items {
				wantTitles = append(wantTitles, it[1])
			}
			matched := matchItems(got, wantTitles)
			if len(matched) != len(wantTitles) || len(got) != len(wantTitles) {
				t.Errorf("items %q; want %q (%d matched)", got, wantTitles, len(matched))
			}
			for _, pair := range matched {
				if g, w := m.Items[pair[0]].Number, exp.Items[pair[1]][0]; !sameNumber(g, w) {
					t.Errorf("item %q numbered %q; want %q", wantTitles[pair[1]], g, w)
				}
			}
			if m.Date != exp.Date || !sameName(m.Committee, exp.Committee) || !sameName(m.Council, exp.Council) {
				t.Errorf("date, committee, council = %q, %q, %q; want %q, %q, %q", m.Date, m.Committee, m.Council,
					exp.Date, exp.Committee, exp.Council)
			}
		})
	}
}

// TestRealPDFWordsKept checks that no word of a real PDF is lost between
// the PDF reader and the index: everything Extract returns (items, the
// text outside them, metadata) against pdftotext's reading, for every PDF
// of ../shared/real-docs. What package pdftext itself does not read is
// not extraction's to keep: the bar is 0.99, or what pdftext reads less
// 0.005 while pdftext reads less than that. Extraction alone must keep
// 0.999 of pdftext's own words.
func TestRealPDFWordsKept(t *testing.T) {
	var pdfs []string
	for _, sub := range []string{"minutes", "pdf-text"} {
		found, _ := filepath.Glob(filepath.Join(shared.Path(t, "real-docs", sub), "*.pdf"))
		pdfs = append(pdfs, found...)
	}
	if len(pdfs) < 30 {
		t.Fatalf("found %d real PDFs; want the 36 of ../shared/real-docs", len(pdfs))
	}
	for _, path := range pdfs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			ref, err := os.ReadFile(strings.TrimSuffix(path, ".pdf") + ".pdftotext.txt")
			if err != nil {
				t.Fatal(err)
			}
			doc, err := pdftext.Extract(context.Background(), path, pdftext.Options{})
			if err != nil {
				t.Fatal(err)
			}
			m, err := Extract(context.Background(), path, ExtractOptions{})
			if err != nil {
				t.Fatal(err)
			}
			text, err := keptText(m)
			if err != nil {
				t.Fatal(err)
			}
			refWords, kept, read := countWords(string(ref)), countWords(text), countWords(doc.Text)
			byReader := wordRecall(refWords, read)
			if own := wordRecall(read, kept); own < 0.999 {
				t.Errorf("extraction keeps %.4f of the words pdftext reads; lost: %s", own, lostWords(read, kept))
			}
			bar := min(0.99, byReader-0.005)
			if r := wordRecall(refWords, kept); r < bar {
				t.Errorf("word recall %.4f against pdftotext, under %.3f; lost: %s", r, bar, lostWords(refWords, kept))
			}
			if byReader < 0.99 {
				t.Logf("pdftext reads %.3f of pdftotext's words (package pdftext's to fix): %s", byReader, lostWords(refWords, read))
			}
		})
	}
}
