package pdftext

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
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
	cells []int // i where the gap before words[i] separates table cells
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
	tabRatio          = 1.5  // ... when this many times wider than the line's other gaps
	spaceTolerance    = 0.1  // a space glyph this close to a glyph's end follows it
	minSpacedLetters  = 3    // letters of a word spaced out as a heading
	spacedRatio       = 1.5  // gaps inside a spaced-out word are this even
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
// Space glyphs are not ordered with the others: a word ends where the
// next glyph is far, or where a space is drawn between the two glyphs.
// A space drawn over a glyph (some writers place a space at the tab
// stop and the title's first letter on top of it) does not split the word.
func makeLine(gs []glyph) (line, bool) {
	var spaces []float64
	visible := make([]glyph, 0, len(gs))
	for _, g := range gs {
		if strings.TrimSpace(g.s) == "" {
			spaces = append(spaces, g.x)
		} else {
			visible = append(visible, g)
		}
	}
	if len(visible) == 0 {
		return line{}, false
	}
	slices.Sort(spaces)
	sort.SliceStable(visible, func(i, j int) bool { return visible[i].x < visible[j].x })
	var sizes []float64
	for _, g := range visible {
		sizes = append(sizes, g.size)
	}
	l := line{y: visible[0].y, size: median(sizes)}
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
	for i := range visible {
		g := &visible[i]
		if prev != nil {
			if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size {
				continue // the same glyph drawn twice (fake bold, shadow)
			}
			if wordBreak(prev, g, spaces) {
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

// wordBreak reports whether a word ends between glyphs a and b (b the
// next to the right): the gap is wide, b is far back (another run of text
// drawn over this one), or a space glyph starts between a's end and b's
// start. spaces are the x of the line's space glyphs, sorted.
func wordBreak(a, b *glyph, spaces []float64) bool {
	size := math.Max(a.size, b.size)
	gap := b.x - (a.x + a.w)
	limit := wordGap
	if a.guessed || b.guessed {
		limit = guessedWordGap
	}
	if gap > limit*size || gap < -b.size {
		return true
	}
	tol := spaceTolerance * size
	i, _ := slices.BinarySearch(spaces, a.x+a.w-tol)
	return i < len(spaces) && spaces[i] < b.x+tol
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

// joinLetterSpaced joins a line of single letters spaced out as a
// heading ("A G E N D A") into words: runs of at least minSpacedLetters
// letters whose gaps are no wider than spacedRatio times the narrowest.
// Lines with other words are left alone ("Mr M A J Hood").
func joinLetterSpaced(l line) line {
	if len(l.words) < minSpacedLetters || len(l.cells) > 0 {
		return l
	}
	narrowest := math.Inf(1)
	for i, w := range l.words {
		if utf8.RuneCountInString(w.text) != 1 {
			return l
		}
		if i > 0 {
			narrowest = math.Min(narrowest, w.x0-l.words[i-1].x1)
		}
	}
	var out []word
	for i, w := range l.words {
		if i > 0 && w.x0-l.words[i-1].x1 <= spacedRatio*narrowest {
			last := &out[len(out)-1]
			last.text += w.text
			last.x1, last.glyphs, last.bold = w.x1, last.glyphs+w.glyphs, last.bold+w.bold
			continue
		}
		out = append(out, w)
	}
	l.words = out
	return l
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
