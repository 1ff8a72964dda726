package pdftext

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTypographyKeepsWords reads PDFs made by LibreOffice and Chromium
// from text written to hold what splits or joins words when glyph
// positions are read: underlines (drawn with spaces along the text),
// a word part bold, small capitals, letter spacing wide and tight,
// superscripts, kerning, justified lines. Every word of the source must
// come back whole, none split in two and none run into its neighbour.
func TestTypographyKeepsWords(t *testing.T) {
	tests := []struct {
		pdf, source string
	}{
		{"testdata/typography.pdf", "testdata/src/typography.fodt"},
		{"testdata/spacing.pdf", "testdata/src/spacing.html"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.pdf), func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.pdf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var want string
			if strings.HasSuffix(tt.source, ".fodt") {
				want = fodtText(t, tt.source)
			} else {
				want = sourceText(t, tt.source)
			}
			if r := wordRecall(doc.Text, want); r < 1 {
				t.Errorf("word recall against the source %.4f, want 1", r)
			}
			if split := splitWords(doc.Text, want); len(split) > 0 {
				t.Errorf("words split in two: %q", split)
			}
			if run := runTogether(doc.Text, want); len(run) > 0 {
				t.Errorf("words run into their neighbour: %q", run)
			}
			if t.Failed() {
				t.Logf("text:\n%s", doc.Text)
			}
		})
	}
}

var (
	fodtStyles = regexp.MustCompile(`(?s)<office:(font-face-decls|automatic-styles)>.*?</office:(font-face-decls|automatic-styles)>`)
	fodtBreak  = regexp.MustCompile(`<text:tab/>|<text:line-break/>|</text:p>`)
)

// fodtText is the text of a flat ODF document: a tab, a line break and a
// paragraph's end are spaces; other tags (spans inside words) are nothing.
func fodtText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read source: %v", err)
	}
	text := fodtStyles.ReplaceAllString(string(data), "")
	text = fodtBreak.ReplaceAllString(text, " ")
	return html.UnescapeString(htmlTag.ReplaceAllString(text, ""))
}

// TestHoldOutPDFsSplitNoWords reads every PDF of the extraction sets
// (indexer/testdata/*/NAME.pdf, with pdftotext's reading in
// src/NAME.pdftotext.txt) and asks that no word of pdftotext's come back
// split in two ("Interes t" of an underlined title).
func TestHoldOutPDFsSplitNoWords(t *testing.T) {
	pdfs, err := filepath.Glob("../testdata/*/*.pdf")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, path := range pdfs {
		ref, err := os.ReadFile(filepath.Join(filepath.Dir(path), "src", strings.TrimSuffix(filepath.Base(path), ".pdf")+".pdftotext.txt"))
		if err != nil {
			continue // a set without pdftotext's reading
		}
		checked++
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			doc, err := Extract(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if split := splitWords(doc.Text, string(ref)); len(split) > 0 {
				t.Errorf("words split in two: %q", split)
			}
		})
	}
	if checked < 100 {
		t.Errorf("checked %d PDFs with pdftotext's reading, want the sets' 100 or more", checked)
	}
}
