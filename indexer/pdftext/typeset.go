package pdftext

import (
	"cmp"
	"math"
	"slices"
)

// typeset turns the joined lines into the document's Lines: font sizes
// relative to the body text's, indents from each page's usual left margin
// and tab stops in ems of the body size.
func typeset(lines []textLine, pages int) []Line {
	body := bodySize(lines)
	margins := leftMargins(lines, pages)
	out := make([]Line, len(lines))
	for i, l := range lines {
		out[i] = Line{Page: l.page, Text: l.text, Para: l.para, Size: 1, Running: l.running}
		if !l.placed || body <= 0 {
			continue
		}
		out[i].Size = round2(l.size / body)
		out[i].Bold = l.bold*2 > l.glyphs
		out[i].Indent = round2((l.x0 - margins[l.page]) / body)
		out[i].Tab = round2(l.tab / body)
	}
	return out
}

// bodySize is the font size most of the document's glyphs are drawn in:
// the median size of the placed lines, each weighted by its glyphs.
func bodySize(lines []textLine) float64 {
	type sized struct {
		size   float64
		glyphs int
	}
	var all []sized
	total := 0
	for _, l := range lines {
		if l.placed && !l.running && l.glyphs > 0 {
			all = append(all, sized{l.size, l.glyphs})
			total += l.glyphs
		}
	}
	slices.SortFunc(all, func(a, b sized) int { return cmp.Compare(a.size, b.size) })
	seen := 0
	for _, s := range all {
		if seen += s.glyphs; 2*seen >= total {
			return s.size
		}
	}
	return 0
}

// leftMargins returns, by page number, the x of the page's left text
// margin. The document's margin is the leftmost x (to the point) where at
// least a tenth of its lines start (and minMarginLines; in a document of
// few lines, where most start): the edge of the body text, not of
// minute numbers hanging left of it nor of indented paragraphs. A page's
// margin is, of the places where at least minMarginLines of its lines
// start, the nearest to the document's (pages may be shifted or mirrored);
// the document's when there is none.
func leftMargins(lines []textLine, pages int) map[int]float64 {
	perPage := make(map[int]*margins)
	whole := newMargins()
	for _, l := range lines {
		if !l.placed || l.running {
			continue
		}
		if perPage[l.page] == nil {
			perPage[l.page] = newMargins()
		}
		perPage[l.page].add(l.x0)
		whole.add(l.x0)
	}
	docMargin, ok := whole.leftmostWith(max(minMarginLines, (whole.total+9)/10))
	if !ok {
		docMargin = whole.usual()
	}
	out := make(map[int]float64, pages)
	for page, m := range perPage {
		out[page] = m.nearest(docMargin, minMarginLines)
	}
	return out
}

// minMarginLines is how many lines must start at a place of a page for it
// to be the page's margin.
const minMarginLines = 3

// margins counts where lines start, to the point.
type margins struct {
	count    map[float64]int
	leftmost map[float64]float64 // the exact leftmost x of each point's lines
	total    int
}

func newMargins() *margins {
	return &margins{count: make(map[float64]int), leftmost: make(map[float64]float64)}
}

func (m *margins) add(x float64) {
	k := math.Round(x)
	if n := m.count[k]; n == 0 || x < m.leftmost[k] {
		m.leftmost[k] = x
	}
	m.count[k]++
	m.total++
}

// leftmostWith returns the leftmost start of at least n lines.
func (m *margins) leftmostWith(n int) (float64, bool) {
	best, found := 0.0, false
	for k, c := range m.count {
		if c >= n && (!found || k < best) {
			best, found = k, true
		}
	}
	return m.leftmost[best], found
}

// usual returns the start of most lines, the leftmost on a tie.
func (m *margins) usual() float64 {
	best, n := 0.0, 0
	for k, c := range m.count {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return m.leftmost[best]
}

// nearest returns the start of at least n lines nearest to x, or x.
func (m *margins) nearest(x float64, n int) float64 {
	best, found := x, false
	for k, c := range m.count {
		d, bd := math.Abs(m.leftmost[k]-x), math.Abs(best-x)
		if c >= n && (!found || d < bd || d == bd && m.leftmost[k] < best) {
			best, found = m.leftmost[k], true
		}
	}
	return best
}

// round2 rounds to two decimals, so that Lines compare and print stably.
func round2(f float64) float64 { return math.Round(f*100) / 100 }
