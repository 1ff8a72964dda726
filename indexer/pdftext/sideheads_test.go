package pdftext

import (
	"reflect"
	"strings"
	"testing"
)

// boldOf lays out text like glyphsOf, in a bold font.
func boldOf(text string, x, y float64) []glyph {
	gs := glyphsOf(text, x, y)
	for i := range gs {
		gs[i].bold = true
	}
	return gs
}

// sideHeadPage lays out rows of a borderless two-column table: each row
// a left cell of bold lines (a number, a heading wrapped) beside a right
// cell of plain text lines, the rows apart by a blank line's height.
func sideHeadPage(rows [][2][]string) []glyph {
	var gs []glyph
	y := 700.0
	for _, r := range rows {
		n := max(len(r[0]), len(r[1]))
		for i := 0; i < n; i++ {
			if i < len(r[0]) {
				gs = append(gs, boldOf(r[0][i], 0, y)...)
			}
			if i < len(r[1]) {
				gs = append(gs, glyphsOf(r[1][i], 110, y)...)
			}
			y -= 12
		}
		y -= 12
	}
	return gs
}

func readOrder(gs []glyph) []string {
	var got []string
	for _, l := range readingOrder(buildLines(gs)) {
		got = append(got, l.text())
	}
	return got
}

// TestReadingOrderSideHeads checks minutes set in side headings: each
// minute's number and heading, wrapped over short lines in a narrow left
// column, are read before the text beside them, even where a heading's
// line comes within a space of the text.
func TestReadingOrderSideHeads(t *testing.T) {
	text := func(s string, n int) []string {
		var out []string
		for i := 0; i < n; i++ {
			out = append(out, s+" line of the minute's text that runs across")
		}
		return out
	}
	rows := [][2][]string{
		{{"14.", "Apologies for", "Absence"}, {"Apologies were received from Cllr Dent and Cllr Rowe today."}},
		{{"15.", "Internal Audit", "Progress Report"}, text("Audit", 4)},
		{{"16.", "Treasury Policy", "Statement and", "Annual Strategy"}, text("Treasury", 5)},
		{{"17.", "Work Programme"}, {"RESOLVED: That the work programme be noted by the committee."}},
	}
	var want []string
	for _, r := range rows {
		want = append(want, r[0]...)
		want = append(want, r[1]...)
	}
	// The words' order is what counts: the table reader (readRows) joins a
	// heading's lines into one, the side-head reader keeps them apart.
	got := readOrder(sideHeadPage(rows))
	if g, w := strings.Fields(strings.Join(got, " ")), strings.Fields(strings.Join(want, " ")); !reflect.DeepEqual(g, w) {
		t.Errorf("reading order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadingOrderSideHeadsLeftAlone checks layouts that split at a
// narrow left column without being side headings: a grid of one-line
// labels beside their values, and a table whose first column holds a
// reference over a plain word of the next line. They are read across.
func TestReadingOrderSideHeadsLeftAlone(t *testing.T) {
	labels := [][2][]string{
		{{"Meeting"}, {"Finance and Audit Committee of the Borough Council"}},
		{{"Date"}, {"Tuesday 4 March 2025 at 7.00 pm in the Council Chamber"}},
		{{"Present"}, {"Councillors Ash, Birch, Cedar, Damson, Elder and Fir,", "Hazel, Juniper and Larch"}},
		{{"Officers"}, {"Director of Finance, Head of Audit, Committee Clerk", "and the Solicitor to the Council"}},
	}
	var gs []glyph
	y := 700.0
	var want []string
	for _, r := range labels { // the grid's rows one under the other, no blank line between
		for i, v := range r[1] {
			if i == 0 {
				gs = append(gs, boldOf(r[0][0], 0, y)...)
				want = append(want, r[0][0]+" "+v)
			} else {
				want = append(want, v)
			}
			gs = append(gs, glyphsOf(v, 110, y)...)
			y -= 12
		}
	}
	if got := readOrder(gs); !reflect.DeepEqual(got, want) {
		t.Errorf("label grid:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	gs, want, y = nil, nil, 700
	for _, ref := range []string{"FGP 21/51", "FGP 21/52", "FGP 21/53"} {
		gs = append(gs, boldOf(ref, 0, y)...)
		gs = append(gs, boldOf("Insurance renewal", 110, y)...)
		gs = append(gs, glyphsOf("RESOLVED", 0, y-12)...)
		gs = append(gs, glyphsOf("to accept the three-year agreement offered", 110, y-12)...)
		want = append(want, ref+" Insurance renewal", "RESOLVED to accept the three-year agreement offered")
		y -= 36
	}
	if got := readOrder(gs); !reflect.DeepEqual(got, want) {
		t.Errorf("reference over a plain word:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
