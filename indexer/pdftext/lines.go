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
}

// line is the words drawn on one baseline, left to right.
type line struct {
	y     float64 // baseline
	size  float64 // typical font size
	words []word
}

func (l line) x0() float64 { return l.words[0].x0 }
func (l line) x1() float64 { return l.words[len(l.words)-1].x1 }

// Tuning of the layout, in ems of the line's font size, measured on
// LibreOffice, Word and Chromium output.
const (
	baselineTolerance = 0.4  // glyphs this close vertically share a line
	wordGap           = 0.15 // a wider gap between glyphs separates words
	guessedWordGap    = 0.35 // the same when widths are guessed
	cellGap           = 1.0  // gaps wider than this may separate table cells
	cellGapRatio      = 2.5  // ... when also this many times the line's narrowest
	allCellsGap       = 1.5  // a line whose gaps are all this wide is all cells
	tabGap            = 1.0  // a gap after the first word this wide may be a tab stop
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

// makeLine orders the glyphs of one line and cuts them into words.
func makeLine(gs []glyph) (line, bool) {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	var sizes []float64
	for _, g := range gs {
		sizes = append(sizes, g.size)
	}
	l := line{y: gs[0].y, size: median(sizes)}
	var cur strings.Builder
	var w word
	var prev *glyph
	flush := func() {
		if cur.Len() > 0 {
			w.text = cur.String()
			l.words = append(l.words, w)
			cur.Reset()
		}
	}
	for i := range gs {
		g := &gs[i]
		if strings.TrimSpace(g.s) == "" {
			flush()
			prev = nil
			continue
		}
		if prev != nil {
			if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size {
				continue // the same glyph drawn twice (fake bold, shadow)
			}
			gap := g.x - (prev.x + prev.w)
			limit := wordGap
			if g.guessed || prev.guessed {
				limit = guessedWordGap
			}
			if gap > limit*math.Max(g.size, prev.size) || gap < -g.size {
				flush()
			}
		}
		if cur.Len() == 0 {
			w.x0, w.y, w.glyphs, w.bold = g.x, g.y, 0, 0
		}
		w.glyphs++
		if g.bold {
			w.bold++
		}
		cur.WriteString(expandLigatures(g.s))
		w.x1 = g.x + g.w
		prev = g
	}
	flush()
	return l, len(l.words) > 0
}

// text renders the line: words joined by spaces, and by " | " where a gap
// is wide and much wider than the line's narrowest (table cells, tab
// stops). When every gap is wide, every gap separates cells.
func (l line) text() string {
	if len(l.words) == 0 {
		return ""
	}
	narrowest := math.Inf(1)
	for i := 1; i < len(l.words); i++ {
		narrowest = math.Min(narrowest, l.words[i].x0-l.words[i-1].x1)
	}
	allWide := narrowest > allCellsGap*l.size
	var b strings.Builder
	b.WriteString(l.words[0].text)
	for i := 1; i < len(l.words); i++ {
		gap := l.words[i].x0 - l.words[i-1].x1
		if allWide || (gap > cellGap*l.size && gap > cellGapRatio*narrowest) {
			b.WriteString(" | ")
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(l.words[i].text)
	}
	return b.String()
}

// tab returns the width of the gap after the line's first word when it is
// a tab stop: at least tabGap ems, and much wider than the line's other
// gaps. It returns 0 otherwise.
func (l line) tab() float64 {
	if len(l.words) < 2 {
		return 0
	}
	gap := l.words[1].x0 - l.words[0].x1
	if gap < tabGap*l.size {
		return 0
	}
	var others []float64
	for i := 2; i < len(l.words); i++ {
		others = append(others, l.words[i].x0-l.words[i-1].x1)
	}
	if len(others) > 0 && gap < cellGapRatio*median(others) {
		return 0
	}
	return gap
}

var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

func expandLigatures(s string) string {
	if s == "" || s[0] != 0xef {
		return s
	}
	return ligatures.Replace(s)
}

// maxCoord bounds believable coordinates, in points (the largest page a
// PDF may declare is 14,400 points wide).
const maxCoord = 20000

// onPage reports whether a coordinate is a number within any page.
func onPage(f float64) bool { return !math.IsNaN(f) && math.Abs(f) <= maxCoord }

// median of xs, 0 for none; xs is not changed.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
