package pdftext

import (
	"math"
	"regexp"
)

// Table cells. A wide gap inside a line is rendered " | " only when the
// page really is a table there: at least minTableRows lines have wide gaps
// over the same blank strip of the page, with the cells on either side
// aligned (their left edges, right edges or centres). Tab stops in running
// text, such as the one after a minute number ("76.<tab>Apologies"), and
// the stretched spaces of justified lines are spaces.
const (
	minTableRows = 3    // lines sharing a column boundary
	minOverlap   = 0.25 // ems of blank strip two gaps must share
	alignedEdge  = 1.5  // points between edges that are aligned
	equalGaps    = 0.5  // points between gaps that are equal
)

// listLabel matches a first word that numbers or marks a paragraph:
// "76.", "1)", "(a)", "2.1", "iv.", "•".
var listLabel = regexp.MustCompile(`^(?:\(?(?:\d{1,4}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.):]?\)?|[•·▪●◦‣○■□➢►\-–—*§])$`)

// gap is a wide gap of one line: the blank strip from x0 to x1 before
// word i, and the right edge of the cell after it (where the next wide
// gap or the line ends).
type gap struct {
	line, i int
	x0, x1  float64
	nextEnd float64
}

// aligned reports whether two gaps bound cells of the same column: their
// strips overlap and the cells before or after them line up.
func (g gap) aligned(h gap, pad float64) bool {
	if math.Min(g.x1, h.x1)-math.Max(g.x0, h.x0) < pad {
		return false
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= alignedEdge }
	return near(g.x0, h.x0) || near(g.x1, h.x1) || near(g.nextEnd, h.nextEnd) ||
		near(g.x1+g.nextEnd, h.x1+h.nextEnd)
}

// markCells sets the cells of each line: the wide gaps that share their
// blank strip with wide gaps of at least minTableRows-1 other lines. Lines
// that are not table rows have their spaced-out letters joined.
func markCells(lines []line) []line {
	var gaps []gap
	for n, l := range lines {
		wide := l.wideGaps()
		for k, i := range wide {
			end := l.x1()
			if k+1 < len(wide) {
				end = l.words[wide[k+1]-1].x1
			}
			gaps = append(gaps, gap{n, i, l.words[i-1].x1, l.words[i].x0, end})
		}
	}
	for _, g := range gaps {
		rows := map[int]bool{g.line: true}
		pad := minOverlap * lines[g.line].size
		for _, h := range gaps {
			if !rows[h.line] && g.aligned(h, pad) {
				rows[h.line] = true
			}
		}
		if len(rows) >= minTableRows {
			lines[g.line].cells = append(lines[g.line].cells, g.i)
		}
	}
	for i := range lines {
		lines[i] = joinLetterSpaced(lines[i])
	}
	return lines
}

// wideGaps returns the i of the gaps before words[i] that are wide: more
// than cellGap ems and cellGapRatio times the line's narrowest gap, or any
// gap when every gap is wider than allCellsGap. A gap after the first or
// second word that numbers the line (a tab stop after "76." or "Item 5")
// is left out when it is the line's only wide gap, and so are wide gaps
// all of one width: the spaces a justified line stretched.
func (l line) wideGaps() []int {
	if len(l.words) < 2 {
		return nil
	}
	narrowest := math.Inf(1)
	for i := 1; i < len(l.words); i++ {
		narrowest = math.Min(narrowest, l.words[i].x0-l.words[i-1].x1)
	}
	allWide := narrowest > allCellsGap*l.size
	var out []int
	for i := 1; i < len(l.words); i++ {
		gap := l.words[i].x0 - l.words[i-1].x1
		if allWide || (gap > cellGap*l.size && gap > cellGapRatio*narrowest) {
			out = append(out, i)
		}
	}
	if len(out) == 1 && out[0] <= 2 && listLabel.MatchString(l.words[out[0]-1].text) {
		return nil // "76.<tab>Apologies", "Item 5<tab>Apologies"
	}
	if len(out) >= 2 && !allWide {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, i := range out {
			w := l.words[i].x0 - l.words[i-1].x1
			lo, hi = math.Min(lo, w), math.Max(hi, w)
		}
		if hi-lo <= equalGaps {
			return nil
		}
	}
	return out
}
