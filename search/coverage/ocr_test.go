package coverage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
	"github.com/councilminutes/minutes/search/schema"
)

func TestScanMarked(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"*<small>Scanned page, text may contain errors. See original file for clarity</small>*", true},
		{"MINUTES\n\n[Scanned document]\n\n1. Apologies", true},
		{"Text recognised by OCR; please check against the original.", true},
		{"This copy was produced by optical character recognition.", true},
		{"_OCR processed page_", true},
		{"1. Minutes of the last meeting were approved.", false},
		{"The Council noted that scanned planning files would be kept at the depot and that the scanning contract, agreed last year after a long tender, " +
			"had been extended to cover every scanned page of the archive held by the county record office since 1974.", false}, // a sentence, not a marker
		{"Report of the Office for Civil Rights (OCR)", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ScanMarked(tt.text); got != tt.want {
			t.Errorf("ScanMarked(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestReadByOCR(t *testing.T) {
	tests := []struct {
		m    schema.Meeting
		want bool
	}{
		{schema.Meeting{}, false},
		{schema.Meeting{Warnings: []string{"date inferred from the file name"}}, false},
		{schema.Meeting{Warnings: []string{"no text layer; text read by OCR (tesseract), expect misread words"}}, true},
		{schema.Meeting{Items: []schema.Item{{Title: "Apologies"}, {Text: "Scanned page, text may contain errors\n\nThe Chair welcomed members."}}}, true},
		{schema.Meeting{Header: "---\n*Scanned page*\nMINUTES OF PROCEEDINGS"}, true},
	}
	for i, tt := range tests {
		if got := ReadByOCR(tt.m); got != tt.want {
			t.Errorf("%d: ReadByOCR = %v, want %v", i, got, tt.want)
		}
	}
}

// TestScanMarkedRealCorpus: the real corpus's files converted from scans
// carry their marker at the top of a page, and the manifest says which
// ("scanned pages by OCR" in the note); ScanMarked finds the marker in
// those and in no other file.
func TestScanMarkedRealCorpus(t *testing.T) {
	root := shared.Path(t, "real-corpus", "corpus")
	files, err := filepath.Glob(filepath.Join(root, "*", "*", "*.md"))
	if err != nil || len(files) < 400 {
		t.Fatalf("%d files, %v", len(files), err)
	}
	marked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		has := strings.Contains(string(b), "Scanned page")
		if got := ScanMarked(string(b)); got != has {
			t.Errorf("%s: ScanMarked %v, has a scanned-page line %v", f, got, has)
		}
		if has {
			marked++
		}
	}
	if marked == 0 {
		t.Errorf("no marked file in %s", root)
	}
	t.Logf("%d of %d files marked as scanned", marked, len(files))
}
