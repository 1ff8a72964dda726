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
		out[i] = Line{Page: l.page, Text: l.text, Para: l.para, Size: 1}
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
		if l.placed && l.glyphs > 0 {
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

// leftMargins returns, by page number, the x where most of the page's
// lines start: the most common x to the point (the leftmost on a tie),
// and of the lines there the leftmost. A page with fewer than
// minMarginLines lines there takes the whole document's margin.
func leftMargins(lines []textLine, pages int) map[int]float64 {
	perPage := make(map[int]*margins)
	whole := newMargins()
	for _, l := range lines {
		if !l.placed {
			continue
		}
		if perPage[l.page] == nil {
			perPage[l.page] = newMargins()
		}
		perPage[l.page].add(l.x0)
		whole.add(l.x0)
	}
	docMargin, _ := whole.usual()
	out := make(map[int]float64, pages)
	for page, m := range perPage {
		x, n := m.usual()
		if n < minMarginLines {
			x = docMargin
		}
		out[page] = x
	}
	return out
}

// minMarginLines is how many lines must start at a page's margin for it
// to count; fewer, and the document's margin is used.
const minMarginLines = 3

// margins counts where lines start, to the point.
type margins struct {
	count    map[float64]int
	leftmost map[float64]float64 // the exact leftmost x of each point's lines
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
}

// usual returns the most common start and how many lines start there.
func (m *margins) usual() (x float64, n int) {
	best := 0.0
	for k, c := range m.count {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return m.leftmost[best], n
}

// round2 rounds to two decimals, so that Lines compare and print stably.
func round2(f float64) float64 { return math.Round(f*100) / 100 }
