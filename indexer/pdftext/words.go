package pdftext

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Words: the glyphs of one line cut where a word ends.

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
