package pdftext

import (
	"math"
)

// textLine is one line of a page's text in reading order.
type textLine struct {
	text    string
	para    bool // a paragraph starts here: a blank line goes before it
	margin  bool // first or last line, in a smaller font and set apart: a header or footer
	running bool // a running header or footer or a page number

	// Where and how the line was drawn, in points; all zero for text read
	// without positions (pdftotext, OCR).
	placed bool    // the fields below are known
	size   float64 // median font size
	x0, x1 float64 // left and right edges
	y      float64 // baseline
	tab    float64 // width of a wide gap after the first word, or 0
	glyphs int     // glyphs drawn
	bold   int     // of which in a bold font

	page int // 1-based, set when the pages are joined
}

// Paragraph breaks: a gap to the previous line this many times the page's
// usual line spacing, or a change of font size by this fraction.
const (
	paraGap        = 1.3
	paraSizeChange = 0.15
	paraFar        = 2.5 // a gap of this many ems is a break whatever the spacing
	marginSize     = 0.9 // a margin line's font is at most this of the body's
	marginGap      = 1.8 // and it is set apart by this many line spacings
)

// pageLines renders ordered lines as text lines, marking where a larger
// vertical gap, a jump back up (next column) or a change of font size
// starts a paragraph.
func pageLines(lines []line) []textLine {
	var steps []float64
	for i := 1; i < len(lines); i++ {
		dy := lines[i-1].y - lines[i].y
		if dy > 0 && dy < 3*lines[i].size {
			steps = append(steps, dy)
		}
	}
	usual := lowerQuartile(steps)
	out := make([]textLine, 0, len(lines))
	for i, l := range lines {
		tl := textLine{text: l.text(), placed: true, size: l.size, x0: l.x0(), x1: l.x1(), y: l.y, tab: l.tab()}
		for _, w := range l.words {
			tl.glyphs += w.glyphs
			tl.bold += w.bold
		}
		if i > 0 {
			prev := lines[i-1]
			dy := prev.y - l.y
			sizeChange := math.Abs(l.size-prev.size) > paraSizeChange*math.Max(l.size, prev.size)
			wide := dy > paraFar*math.Max(l.size, prev.size)
			tl.para = dy <= 0 || wide || (usual > 0 && dy > paraGap*usual) || sizeChange
		}
		out = append(out, tl)
	}
	markMargins(lines, out, usual)
	return out
}

// lowerQuartile of xs, 0 for none: the usual spacing of lines within a
// paragraph even on pages of many short paragraphs.
func lowerQuartile(xs []float64) float64 { return quantile(xs, 1, 4) }

// markMargins flags the first and last line when they are set in a smaller
// font than the body and stand apart from it: running headers and footers
// that a one-page document cannot show to be repeated.
func markMargins(lines []line, out []textLine, usual float64) {
	if len(lines) < 3 || usual <= 0 {
		return
	}
	var sizes []float64
	for _, l := range lines {
		sizes = append(sizes, l.size)
	}
	body := median(sizes)
	first, second := lines[0], lines[1]
	if first.size < marginSize*body && first.y-second.y > marginGap*usual {
		out[0].margin = true
	}
	n := len(lines)
	last, before := lines[n-1], lines[n-2]
	if last.size < marginSize*body && before.y-last.y > marginGap*usual {
		out[n-1].margin = true
	}
}

// plainLines splits text that has no positions (pdftotext, OCR output)
// into text lines, blank lines marking paragraphs.
func plainLines(text string) []textLine {
	var out []textLine
	para := false
	for _, s := range splitLines(text) {
		if s == "" {
			para = len(out) > 0
			continue
		}
		out = append(out, textLine{text: s, para: para})
		para = false
	}
	return out
}
