package pdftext

import (
	"reflect"
	"testing"
)

// TestMarkCells checks that wide gaps become " | " only in tables: rows
// that share their blank strips, not tab stops after minute numbers,
// numbered paragraphs or a lone wide gap.
func TestMarkCells(t *testing.T) {
	row := func(y float64, cells ...string) []glyph {
		var gs []glyph
		for i, c := range cells {
			gs = append(gs, glyphsOf(c, float64(150*i), y)...)
		}
		return gs
	}
	var table, minutes, mixed []glyph
	for i, r := range [][]string{{"Ref", "Action", "Owner"}, {"13", "Report back", "Director"}, {"14", "Raise it", "Officer"}} {
		table = append(table, row(700-12*float64(i), r...)...)
	}
	// Minute numbers at the margin, titles at a tab stop, body text at the
	// tab stop too, as Word and Aspose.Words print ModernGov minutes.
	minutes = append(minutes, glyphsOf("270.", 0, 700)...)
	minutes = append(minutes, glyphsOf("Apologies for Absence", 40, 700)...)
	minutes = append(minutes, glyphsOf("Apologies were received.", 40, 688)...)
	minutes = append(minutes, glyphsOf("271.", 0, 676)...)
	minutes = append(minutes, glyphsOf("Declarations of Interest", 40, 676)...)
	minutes = append(minutes, glyphsOf("1)", 40, 664)...)
	minutes = append(minutes, glyphsOf("Mrs Chandler declared", 70, 664)...)
	minutes = append(minutes, glyphsOf("2)", 40, 652)...)
	minutes = append(minutes, glyphsOf("Mr Lehmann declared", 70, 652)...)
	minutes = append(minutes, glyphsOf("3)", 40, 640)...)
	minutes = append(minutes, glyphsOf("Mr Jeffrey declared", 70, 640)...)
	minutes = append(minutes, glyphsOf("Item 5", 0, 628)...)
	minutes = append(minutes, glyphsOf("Questions", 60, 628)...)
	mixed = append(mixed, glyphsOf("Signed", 0, 700)...)
	mixed = append(mixed, glyphsOf("Chairman", 200, 700)...)
	mixed = append(mixed, glyphsOf("The meeting closed at 4pm.", 0, 688)...)
	tests := []struct {
		name   string
		glyphs []glyph
		want   []string
	}{
		{"table", table, []string{"Ref | Action | Owner", "13 | Report back | Director", "14 | Raise it | Officer"}},
		{"minute numbers and numbered paragraphs", minutes, []string{
			"270. Apologies for Absence", "Apologies were received.", "271. Declarations of Interest",
			"1) Mrs Chandler declared", "2) Mr Lehmann declared", "3) Mr Jeffrey declared", "Item 5 Questions"}},
		{"a lone wide gap", mixed, []string{"Signed Chairman", "The meeting closed at 4pm."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range markCells(buildLines(tt.glyphs)) {
				got = append(got, l.text())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"76.": true, "270.": true, "1)": true, "(a)": true, "a)": true, "2.1": true, "iv.": true, "•": true,
		"Apologies": false, "Ref": false, "£000s": false, "Total": false,
	} {
		if got := listLabel.MatchString(in); got != want {
			t.Errorf("listLabel(%q) = %v, want %v", in, got, want)
		}
	}
}
