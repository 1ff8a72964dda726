package indexer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
)

// TestNormaliseText checks that normalising keeps every word: link
// residue and page footers stay in the text (titles shed them, see
// TestCleanTitle).
func TestNormaliseText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minutes pdf icon PDF 98 KB", "Minutes pdf icon PDF 98 KB"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"non\u00a0breaking\u200b space", "non breaking space"},
		{"Page 3 of 12", "Page 3 of 12"},
		{"View the decision for item 4.", "View the decision for item 4."},
		{"tabs\tkept, trailing space not  ", "tabs\tkept, trailing space not"},
		{"form\ffeed", "form\nfeed"},
		// Word's Symbol and Wingdings bullets, as private-use characters
		{"\uf0b7 The relatives", "• The relatives"},
		{"\uf0a7 Housing \uf0d8 Roads \uf0fc done", "▪ Housing • Roads ✓ done"},
	}
	for _, tt := range tests {
		if got := normaliseText(tt.in); got != tt.want {
			t.Errorf("normaliseText(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestCleanTitle checks that titles shed references and link residue,
// which are returned apart so that their words stay searchable.
func TestCleanTitle(t *testing.T) {
	tests := []struct{ in, title, ref, residue string }{
		{"Minutes pdf icon PDF 98 KB", "Minutes", "", "pdf icon PDF 98 KB"},
		{"Pimlico District HeatingPDF 500 KB", "Pimlico District Heating", "", "PDF 500 KB"},
		{"Agenda frontsheet (PDF, 132 KB)", "Agenda frontsheet", "", "(PDF, 132 KB)"},
		{"Minutes (Item A2)", "Minutes", "(Item A2)", ""},
		{"**Budget Monitoring.**", "Budget Monitoring", "", ""},
		{"Play Area –", "Play Area", "", ""},
	}
	for _, tt := range tests {
		title, ref, residue := cleanTitle(tt.in)
		if title != tt.title || ref != tt.ref || residue != tt.residue {
			t.Errorf("cleanTitle(%q) = %q, %q, %q; want %q, %q, %q", tt.in, title, ref, residue, tt.title, tt.ref, tt.residue)
		}
	}
}

// normaliseText is the text as readLines sees it, as one string: each
// line cleaned (cleanLine) as the extractor does, so that tests can
// compare words with the source and test cleanLine on whole texts.
func normaliseText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	forEachLine(s, func(raw string) {
		if b.Len() > 0 || raw != "" {
			b.WriteByte('\n')
		}
		b.WriteString(cleanLine(raw))
	})
	out := b.String()
	if strings.HasPrefix(out, "\n") {
		out = out[1:]
	}
	return out
}

// TestNoSymbolFontBullets: real minutes written in Word carry their
// bullets as Symbol's U+F0B7; none reaches an item's text, where a
// browser without that font draws a box (11 did in this meeting).
func TestNoSymbolFontBullets(t *testing.T) {
	file := shared.Path(t, "real-corpus", "corpus", "limerick", "full-council", "2016-03-23.md")
	m, err := Extract(context.Background(), file, ExtractOptions{Rel: filepath.ToSlash(filepath.Join("limerick", "full-council", "2016-03-23.md"))})
	if err != nil {
		t.Fatal(err)
	}
	bullets := 0
	for _, it := range m.Items {
		for _, r := range it.Title + it.Text {
			if r >= 0xf000 && r <= 0xf0ff {
				t.Fatalf("item %s holds %U: %.80q", it.Number, r, it.Text)
			}
		}
		bullets += strings.Count(it.Text, "•")
	}
	if bullets < 11 {
		t.Errorf("%d bullets in the items, want the 11 the source draws", bullets)
	}
}
