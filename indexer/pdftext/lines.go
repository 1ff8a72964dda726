package pdftext

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// word is a run of glyphs without a space or wide gap inside.
type word struct {
	text   string
	x0, x1 float64
	y      float64 // baseline of its first glyph
	glyphs int     // glyphs drawn
	bold   int     // of which in a bold font
	loose  bool    // apart from the word before by a gap alone, no space glyph
}

// line is the words drawn on one baseline, left to right.
type line struct {
	y     float64 // baseline
	size  float64 // typical font size
	words []word
	cells []int // i where the gap before words[i] separates table cells
}

func (l line) x0() float64 { return l.words[0].x0 }
func (l line) x1() float64 { return l.words[len(l.words)-1].x1 }

// Tuning of the layout, in ems of the line's font size, measured on
// LibreOffice, Word and Chromium output.
const (
	baselineTolerance   = 0.4  // glyphs this close vertically share a line
	wordGap             = 0.15 // a wider gap between glyphs separates words
	guessedWordGap      = 0.35 // the same when widths are guessed
	cellGap             = 1.0  // gaps wider than this may separate table cells
	cellGapRatio        = 2.5  // ... when also this many times the line's narrowest
	allCellsGap         = 1.5  // a line whose gaps are all this wide is all cells
	tabGap              = 1.0  // a gap after the first word this wide may be a tab stop
	tabRatio            = 1.5  // ... when this many times wider than the line's other gaps
	spaceTolerance      = 0.1  // a space glyph this close to a glyph's end follows it
	spaceAfterTolerance = 0.02 // ... and this close, was typed right after it
	minSpacedLetters    = 3    // letters of a word spaced out as a heading
	spacedRatio         = 1.5  // gaps inside a spaced-out word are this even
	maxTracking         = 0.6  // ... and, in a line that draws its spaces, no wider
	superscriptSize     = 0.85 // a footnote's mark is set smaller than this share of the word it follows
	superscriptRise     = 0.2  // ... and raised by more than this share of the word's size
)

// buildLines groups glyphs into lines, top to bottom, and each line into
// words, left to right.
func buildLines(glyphs []glyph) []line {
	gs := make([]glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if onPage(g.x) && onPage(g.y) && onPage(g.w) && g.size > 0 && g.size < 1000 {
			gs = append(gs, g)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	var lines []line
	start := 0
	for i := 1; i <= len(gs); i++ {
		if i < len(gs) && gs[start].y-gs[i].y <= baselineTolerance*math.Max(gs[start].size, gs[i].size) {
			continue
		}
		if l, ok := makeLine(gs[start:i]); ok {
			lines = append(lines, l)
		}
		start = i
	}
	return lines
}

// text renders the line: words joined by spaces, and by " | " at the
// gaps markCells found to separate table cells.
func (l line) text() string {
	if len(l.words) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(l.words[0].text)
	for i := 1; i < len(l.words); i++ {
		if slices.Contains(l.cells, i) {
			b.WriteString(" | ")
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(l.words[i].text)
	}
	return b.String()
}

// tab returns the width of the gap after the line's first word when it is
// a tab stop: at least tabGap ems, and tabRatio times wider than every
// other gap of the line (a justified line stretches all its spaces
// alike). It returns 0 otherwise.
func (l line) tab() float64 {
	if len(l.words) < 2 {
		return 0
	}
	gap := l.words[1].x0 - l.words[0].x1
	if gap < tabGap*l.size {
		return 0
	}
	for i := 2; i < len(l.words); i++ {
		if gap < tabRatio*(l.words[i].x0-l.words[i-1].x1) {
			return 0
		}
	}
	return gap
}

// maxCoord bounds believable coordinates, in points (the largest page a
// PDF may declare is 14,400 points wide).
const maxCoord = 20000

// onPage reports whether a coordinate is a number within any page.
func onPage(f float64) bool { return !math.IsNaN(f) && math.Abs(f) <= maxCoord }

// median of xs, 0 for none; xs is not changed.
func median(xs []float64) float64 { return quantile(xs, 1, 2) }

// quantile is the value num/den of the way through xs sorted, 0 for none;
// xs is not changed.
func quantile(xs []float64, num, den int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)*num/den]
}
