package pdftext

import (
	"math"
	"unicode"
)

// Two-column detection, in ems of the line's font size and in lines.
const (
	gutterPad      = 0.5 // a gutter is at least twice this wide
	minColumnLines = 3   // lines each column needs before it counts
	minGutterLines = 6   // lines of each side a stretch read in two columns needs
	minColumnWidth = 10  // median width of a column's lines, ems
	maxColumnLines = 400 // pages with more lines are not searched for columns
	gutterStep     = 2.0 // points between gutter positions tried
)

// readingOrder returns the lines in reading order: top to bottom, except
// that a stretch of lines set in two columns is read left column first.
// Lines of that stretch are split at the gutter.
func readingOrder(lines []line) []line {
	x, start, end, ok := findGutter(lines)
	if !ok {
		return sideHeadOrder(lines)
	}
	var left, right []line
	for _, l := range lines[start:end] {
		lp, rp := splitLine(l, x)
		if len(lp.words) > 0 {
			left = append(left, lp)
		}
		if len(rp.words) > 0 {
			right = append(right, rp)
		}
	}
	out := append([]line{}, readingOrder(lines[:start])...)
	out = append(out, left...)
	out = append(out, right...)
	return append(out, readingOrder(lines[end:])...)
}

// findGutter looks for the vertical strip that splits the most lines of a
// run of consecutive lines into a left and a right column. It accepts it
// only when both columns hold text (not table cells).
func findGutter(lines []line) (x float64, start, end int, ok bool) {
	if len(lines) < 2*minColumnLines || len(lines) > maxColumnLines {
		return 0, 0, 0, false
	}
	lo, hi := textBox(lines)
	width := hi - lo
	best := 0
	step := max(gutterStep, width/500)
	for cx := lo + 0.25*width; cx <= lo+0.75*width; cx += step {
		runStart, nl, nr := 0, 0, 0
		for i := 0; i <= len(lines); i++ {
			if i < len(lines) && !blocked(lines[i], cx) {
				l, r := sides(lines[i], cx)
				if l {
					nl++
				}
				if r {
					nr++
				}
				continue
			}
			if score := min(nl, nr); score > best && columnsOfText(lines[runStart:i], cx) {
				best, x, start, end = score, cx, runStart, i
			}
			runStart, nl, nr = i+1, 0, 0
		}
	}
	return x, start, end, best >= minGutterLines
}

// columnsOfText reports whether the lines, split at x, make two columns
// of running text: wide enough, and neither split again by a second gutter
// as the columns of a table are.
func columnsOfText(lines []line, x float64) bool {
	var left, right []line
	for _, l := range lines {
		lp, rp := splitLine(l, x)
		if len(lp.words) > 0 {
			left = append(left, lp)
		}
		if len(rp.words) > 0 {
			right = append(right, rp)
		}
	}
	if len(left) < minColumnLines || len(right) < minColumnLines {
		return false
	}
	return isTextColumn(left) && isTextColumn(right)
}

// isTextColumn reports whether lines look like a column of text: wide lines
// with no blank vertical strip running through several of them.
func isTextColumn(lines []line) bool {
	var widths, sizes []float64
	for _, l := range lines {
		widths = append(widths, l.x1()-l.x0())
		sizes = append(sizes, l.size)
	}
	if median(widths) < minColumnWidth*median(sizes) {
		return false
	}
	lo, hi := textBox(lines)
	step := max(gutterStep, (hi-lo)/500)
	for cx := lo + 0.1*(hi-lo); cx <= hi-0.1*(hi-lo); cx += step {
		split := 0
		for _, l := range lines {
			if left, right := sides(l, cx); left && right && !blocked(l, cx) {
				split++
			}
		}
		if split >= minColumnLines && split*10 >= len(lines)*3 {
			return false
		}
	}
	return true
}

// blocked reports whether a word of l lies across the strip around x.
func blocked(l line, x float64) bool {
	pad := gutterPad * l.size
	for _, w := range l.words {
		if w.x0-pad < x && x < w.x1+pad {
			return true
		}
	}
	return false
}

// sides reports whether l has words left of x and right of x.
func sides(l line, x float64) (left, right bool) {
	for _, w := range l.words {
		if w.x1 <= x {
			left = true
		} else if w.x0 >= x {
			right = true
		}
	}
	return left, right
}

// splitLine cuts l at x into the words left and right of it.
func splitLine(l line, x float64) (left, right line) {
	left, right = line{y: l.y, size: l.size}, line{y: l.y, size: l.size}
	for _, w := range l.words {
		if w.x1 <= x {
			left.words = append(left.words, w)
		} else {
			right.words = append(right.words, w)
		}
	}
	if len(left.words) > 0 {
		left.y = left.words[0].y
	}
	if len(right.words) > 0 {
		right.y = right.words[0].y
	}
	return left, right
}

// textBox returns the leftmost and rightmost x of the lines' words.
func textBox(lines []line) (lo, hi float64) {
	lo, hi = lines[0].x0(), lines[0].x1()
	for _, l := range lines[1:] {
		lo, hi = min(lo, l.x0()), max(hi, l.x1())
	}
	return lo, hi
}

// Side headings, in ems and lines: a narrow left column holding each
// section's number and heading, wrapped over short lines, beside the
// text in a wide right column (a borderless two-column table).
const (
	maxSideHeadWidth = 14  // the widest line of the left column
	minSideHeads     = 2   // headings of two lines or more a stretch needs
	sideHeadGap      = 1.6 // a wider step between baselines of the left column starts a new heading
)

// sideHeadOrder returns the lines with a stretch set in side headings
// read heading first: each heading's lines of the left column, then the
// right column's lines beside it down to the next heading. Read across,
// the heading's lines would fall between the text's ("Apologies for |
// Apologies were received …"). The lines are returned as they are when
// there is no such stretch.
func sideHeadOrder(lines []line) []line {
	x, start, end, ok := findSideHeads(lines)
	if !ok {
		return lines
	}
	type block struct {
		left, right, orig []line
	}
	var blocks []block
	out := append([]line{}, lines[:start]...)
	lastY, lastSize := 0.0, 0.0
	for _, l := range lines[start:end] {
		lp, rp := splitLine(l, x)
		if len(lp.words) > 0 {
			if len(blocks) == 0 || newHead(lastY, lastSize, lp) {
				blocks = append(blocks, block{})
			}
			lastY, lastSize = lp.y, lp.size
		}
		if len(blocks) == 0 {
			out = append(out, l) // text above the first heading
			continue
		}
		b := &blocks[len(blocks)-1]
		b.orig = append(b.orig, l)
		if len(lp.words) > 0 {
			b.left = append(b.left, lp)
		}
		if len(rp.words) > 0 {
			b.right = append(b.right, rp)
		}
	}
	for _, b := range blocks {
		if !wrappedHead(b.left, b.right, x) {
			out = append(out, b.orig...) // a label of one line beside its value: read across
			continue
		}
		out = append(out, b.left...)
		out = append(out, b.right...)
	}
	return append(out, sideHeadOrder(lines[end:])...)
}

// wrappedHead reports a side heading wrapped over two lines or more in
// a column ending at x: the words of a heading (not a list's letters
// "a)" / "b)"), its lines set alike, each line but the last too full to
// take the next line's first word (a grid of one-line labels, "Meeting"
// / "Date of meeting", is no heading), a number alone on the first line
// aside; and standing apart from the text beside it.
func wrappedHead(left, right []line, x float64) bool {
	letters := 0
	for _, l := range left {
		letters += letterCount(l)
	}
	if len(left) < 2 || letters < 8 || !apart(left, right) {
		return false
	}
	lo := left[0].x0()
	for _, l := range left {
		lo = min(lo, l.x0())
	}
	from := 0
	if letterCount(left[0]) == 0 {
		from = 1 // "61." above the heading
	}
	for _, l := range left[from+1:] {
		if boldLine(l) != boldLine(left[from]) {
			return false // a heading's lines are set alike: not "FGP 21/51" (bold) over "RESOLVED"
		}
	}
	for i := 0; i+1 < len(left); i++ {
		if i == 0 && letterCount(left[0]) == 0 {
			continue // "61." above the heading
		}
		next := left[i+1].words[0]
		space := 0.3 * left[i].size
		if left[i].x1()+space+(next.x1-next.x0) < lo+0.9*(x-lo) {
			return false
		}
	}
	return true
}

// newHead reports whether the left column's line l starts a new heading
// after a line at baseline y in type of size: a wider step than a
// wrapped line's, or another size of type.
func newHead(y, size float64, l line) bool {
	return y-l.y > sideHeadGap*max(size, l.size) || math.Abs(l.size-size) > 0.1*size
}

// apart reports whether a line of the left column stands apart from the
// right one: alone on its baseline, or a wide gap (an em or more) before
// the text beside it. Lines of a paragraph whose spaces happen to line
// up ("MINUTES OF THE | MEETING …" / "SUB-COMMITTEE | OF THE …") are
// split by a word's space only.
func apart(left, right []line) bool {
	for _, l := range left {
		beside := false
		for _, r := range right {
			if math.Abs(r.y-l.y) < 0.1*l.size {
				beside = true
				if r.x0()-l.x1() >= l.size {
					return true
				}
			}
		}
		if !beside {
			return true
		}
	}
	return false
}

// findSideHeads looks for a stretch of lines split by a vertical strip
// into a narrow left column (no line of it wider than maxSideHeadWidth
// ems) and a right column of running text, the left column holding at
// least minSideHeads headings wrapped over two lines or more. The strip
// tried is just left of a word's start, and may be as narrow as a space:
// a heading's line may come close to the text beside it.
func findSideHeads(lines []line) (x float64, start, end int, ok bool) {
	if len(lines) < 2*minColumnLines || len(lines) > maxColumnLines {
		return 0, 0, 0, false
	}
	lo, hi := textBox(lines)
	width := hi - lo
	tried := map[int]bool{}
	best := 0
	for _, l := range lines {
		for _, w := range l.words {
			cx := w.x0 - sideHeadPad*l.size
			if cx < lo+0.08*width || cx > lo+0.4*width || tried[int(cx)] {
				continue
			}
			tried[int(cx)] = true
			runStart := 0
			for i := 0; i <= len(lines); i++ {
				if i < len(lines) && !straddles(lines[i], cx) {
					continue
				}
				if n := sideHeads(lines[runStart:i], cx); n > best {
					best, x, start, end = n, cx, runStart, i
				}
				runStart = i + 1
			}
		}
	}
	return x, start, end, best >= minSideHeads
}

// sideHeadPad is the strip, in ems, left of the right column's edge that
// no word of the left may reach.
const sideHeadPad = 0.1

// straddles reports whether a word of l lies across x or ends within
// sideHeadPad ems before it.
func straddles(l line, x float64) bool {
	for _, w := range l.words {
		if w.x0 < x && x < w.x1+sideHeadPad*l.size {
			return true
		}
	}
	return false
}

// sideHeads counts the headings of two lines or more in the left column
// of lines split at x, or returns 0 when the split makes no side
// headings: a left column wider than maxSideHeadWidth ems, a right one
// that is no column of text, or a left one whose entries are mostly of
// one line.
func sideHeads(lines []line, x float64) int {
	var left, right []line
	for _, l := range lines {
		lp, rp := splitLine(l, x)
		if len(lp.words) > 0 {
			if lp.x1()-lp.x0() > maxSideHeadWidth*lp.size {
				return 0
			}
			left = append(left, lp)
		}
		if len(rp.words) > 0 {
			right = append(right, rp)
		}
	}
	if len(left) < minColumnLines || len(right) < minGutterLines || !isTextColumn(right) {
		return 0
	}
	heads, blocks, from := 0, 0, 0
	for i := 1; i <= len(left); i++ {
		if i < len(left) && !newHead(left[i-1].y, left[i-1].size, left[i]) {
			continue
		}
		blocks++
		if wrappedHead(left[from:i], right, x) {
			heads++
		}
		from = i
	}
	if heads*2 < blocks {
		return 0 // most of the left column's entries are one line: a table's or a grid's cells, read across
	}
	return heads
}

// boldLine reports a line whose glyphs are mostly bold.
func boldLine(l line) bool {
	bold, all := 0, 0
	for _, w := range l.words {
		bold += w.bold
		all += w.glyphs
	}
	return bold*2 > all
}

// letterCount counts the letters of a line's words.
func letterCount(l line) int {
	n := 0
	for _, w := range l.words {
		for _, r := range w.text {
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}
