package pdftext

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words: the glyphs of one line cut where a word ends.

// makeLine orders the glyphs of one line and cuts them into words.
// Space glyphs are not ordered with the others: a word ends where the
// next glyph is far, or where a space is drawn between the two glyphs.
// A space drawn over a glyph does not split the word: some writers place
// a space at the tab stop and the title's first letter on top of it, and
// LibreOffice ends an underline with a space drawn over the last letter.
// Nor does an underline drawn as a run of underscores over the text.
func makeLine(gs []glyph) (line, bool) {
	var spaces []span
	visible := make([]glyph, 0, len(gs))
	for _, g := range gs {
		if strings.TrimSpace(g.s) == "" {
			spaces = append(spaces, span{g.x, g.x + g.w})
		} else {
			visible = append(visible, g)
		}
	}
	if len(visible) == 0 {
		return line{}, false
	}
	slices.SortFunc(spaces, func(a, b span) int { return cmp.Compare(a.x0, b.x0) })
	sort.SliceStable(visible, func(i, j int) bool { return visible[i].x < visible[j].x })
	visible = withoutUnderscoreRules(visible, spaces)
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
		loose := false
		if prev != nil {
			if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size {
				continue // the same glyph drawn twice (fake bold, shadow)
			}
			brk, bySpace := wordBreak(prev, g, spaces)
			if brk {
				flush()
			}
			loose = brk && !bySpace
		}
		if cur.Len() == 0 {
			w.x0, w.y, w.glyphs, w.bold, w.loose = g.x, g.y, 0, 0, loose
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
	if len(spaces) > 0 {
		l.words = joinTracked(l.words, l.size)
	}
	return l, len(l.words) > 0
}

// span is where a space glyph is drawn on its line, x0 to x1.
type span struct{ x0, x1 float64 }

// wordBreak reports whether a word ends between glyphs a and b (b the
// next to the right), and whether a space glyph ends it: a space glyph
// starts between a's end and b's start and either starts right at a's end
// (typed after a, even when b is drawn over it: "1.1." then the
// paragraph's text at its indent) or is not mostly covered by a and b; or
// the gap is wide, or b is far back (another run of text drawn over this
// one). spaces are the line's space glyphs, sorted by x0.
func wordBreak(a, b *glyph, spaces []span) (brk, bySpace bool) {
	size := math.Max(a.size, b.size)
	tol := spaceTolerance * size
	i, _ := slices.BinarySearchFunc(spaces, a.x+a.w-tol, func(s span, x float64) int { return cmp.Compare(s.x0, x) })
	for ; i < len(spaces) && spaces[i].x0 < b.x+tol; i++ {
		s := spaces[i]
		follows := math.Abs(s.x0-(a.x+a.w)) <= spaceAfterTolerance*size
		if follows && b.x-s.x0 <= spaceAfterTolerance*size {
			// The pen did not move for the space: b is drawn where it
			// starts, touching a. Chromium draws a soft hyphen so, as a
			// space of no advance ("co" " " "operation").
			continue
		}
		covered := overlap(s, a.x, a.x+a.w) + overlap(s, b.x, b.x+b.w)
		if follows || covered <= (s.x1-s.x0)/2 {
			return true, true
		}
	}
	if footnoteMark(a, b) {
		return true, false
	}
	gap := b.x - (a.x + a.w)
	limit := wordGap
	if a.guessed || b.guessed {
		limit = guessedWordGap
	}
	return gap > limit*size || gap < -b.size, false
}

// footnoteMark reports whether b is a footnote's mark set right after
// the word a ends: a digit smaller than a and raised above its baseline,
// after a letter ("Vantreight¹", "the Act²"). Joined, the word would be
// found by no search for it ("vantreight1"). A raised letter after a digit
// ("25th") and a digit after a digit stay joined.
func footnoteMark(a, b *glyph) bool {
	last, _ := utf8.DecodeLastRuneInString(a.s)
	first, _ := utf8.DecodeRuneInString(b.s)
	return unicode.IsLetter(last) && unicode.IsDigit(first) &&
		b.size < superscriptSize*a.size && b.y-a.y > superscriptRise*a.size
}

// joinTracked joins the letters of words set with wide letter spacing
// ("R E S O L V E D" in a line that draws its spaces): runs of at least
// minSpacedLetters words of one glyph (or two: a kerned pair, "LV", may
// close its gap below wordGap) apart by gaps alone, no space glyph,
// no wider than maxTracking ems and even (the widest at most spacedRatio
// times the narrowest, or wordGap ems wider: a kerned pair, "LV", closes
// its gap a little). A line that draws spaces between its words does
// not leave a gap alone between letters of different words, except at a
// tab, and a tab follows a word of more than one letter or is wider.
func joinTracked(words []word, size float64) []word {
	out := words[:0] // in place: a run is read before its place is written
	for i := 0; i < len(words); {
		j := i + 1 // words[i:j] is a run of tracked letters
		narrowest, widest := math.Inf(1), 0.0
		for j < len(words) && words[i].glyphs <= maxTrackedGlyphs && words[j].glyphs <= maxTrackedGlyphs && words[j].loose {
			gap := words[j].x0 - words[j-1].x1
			lo, hi := math.Min(narrowest, gap), math.Max(widest, gap)
			if gap > maxTracking*size || (hi > spacedRatio*lo && hi-lo > wordGap*size) {
				break
			}
			narrowest, widest = math.Min(narrowest, gap), math.Max(widest, gap)
			j++
		}
		if j-i < minSpacedLetters {
			out = append(out, words[i])
			i++
			continue
		}
		joined := words[i]
		for _, w := range words[i+1 : j] {
			joined.text += w.text
			joined.x1, joined.glyphs, joined.bold = w.x1, joined.glyphs+w.glyphs, joined.bold+w.bold
		}
		out = append(out, joined)
		i = j
	}
	return out
}

// withoutUnderscoreRules drops the underscores drawn over other glyphs:
// an underline typed as a run of "_" on the text's baseline, which,
// ordered by x with the letters, would cut every word apart. Underscores
// drawn alone (a line to sign on) stay. gs is sorted by x, spaces (the
// line's space glyphs, over which the rule runs too) by x0.
func withoutUnderscoreRules(gs []glyph, spaces []span) []glyph {
	if !slices.ContainsFunc(gs, isUnderscore) {
		return gs
	}
	var letters []glyph
	for _, g := range gs {
		if !isUnderscore(g) {
			letters = append(letters, g)
		}
	}
	for _, s := range spaces {
		letters = append(letters, glyph{x: s.x0, w: s.x1 - s.x0})
	}
	sort.SliceStable(letters, func(i, j int) bool { return letters[i].x < letters[j].x })
	out := gs[:0] // in place: each glyph is read before its place is written
	for _, g := range gs {
		if !isUnderscore(g) || !overLetters(g, letters) {
			out = append(out, g)
		}
	}
	return out
}

func isUnderscore(g glyph) bool { return strings.Trim(g.s, "_") == "" }

// overLetters reports whether more than half of underscore u is drawn
// over letters (glyphs sorted by x, none wider than two of its ems).
func overLetters(u glyph, letters []glyph) bool {
	covered := 0.0
	i := sort.Search(len(letters), func(i int) bool { return letters[i].x >= u.x+u.w })
	for j := i - 1; j >= 0 && letters[j].x > u.x-2*u.size; j-- {
		covered += overlap(span{u.x, u.x + u.w}, letters[j].x, letters[j].x+letters[j].w)
	}
	return covered > u.w/2
}

// maxTrackedGlyphs is the most glyphs of one piece of a letter-spaced word.
const maxTrackedGlyphs = 2

// overlap is the length of s that lies between x0 and x1.
func overlap(s span, x0, x1 float64) float64 {
	return math.Max(0, math.Min(s.x1, x1)-math.Max(s.x0, x0))
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
