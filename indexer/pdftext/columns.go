package pdftext

import (
	"math"
	"strings"
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
// that a stretch of lines set in two columns is read left column first,
// and a stretch of table rows whose left cells (a number and a title
// wrapped in a narrow column) stand beside a wide cell of text is read
// row by row: the left cells' lines joined into one line, then the right
// cell's lines. Lines of such a stretch are split at the gutter. A
// stretch set in side headings (sideHeadOrder) is read heading first,
// each heading's lines kept as they are; that reading is preferred to
// the table's when it spans more lines (a table's stretch may end inside
// a row whose heading wraps beside a paragraph break).
func readingOrder(lines []line) []line {
	x, start, end, table, ok := findGutter(lines)
	if !ok {
		return sideHeadOrder(lines)
	}
	if table {
		if _, ss, se, side := findSideHeads(lines); side && se-ss > end-start {
			return sideHeadOrder(lines)
		}
	}
	var mid []line
	if table {
		mid = readRows(lines[start:end], x)
	} else {
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
		mid = append(left, right...)
	}
	out := append([]line{}, readingOrder(lines[:start])...)
	out = append(out, mid...)
	return append(out, readingOrder(lines[end:])...)
}

// readRows reads a table's rows split at x: each row as its left cells
// joined into one line (a number and its title wrapped in a narrow
// column), then its right cell's lines; a row of one line that starts
// with no number (the table's head), or whose left side holds more
// cells than a number and a title, as it is. A line of the left side
// alone after a row's space ("The meeting closed at 8.52pm.") starts a
// row of its own.
func readRows(lines []line, x float64) []line {
	var out []line
	row := 0 // the first line of the row being read
	flush := func(end int) {
		var left line
		var right []line
		n, cells := 0, false
		for _, l := range lines[row:end] {
			lp, rp := splitLine(l, x)
			if len(lp.words) > 0 {
				n++
				if g := len(lp.wideGaps()); g > 1 || g > 0 && n > 1 {
					cells = true // cells beside the title's: columns to keep apart
				}
				if len(left.words) == 0 {
					left = lp
				} else {
					left.words = append(left.words, lp.words...)
				}
			}
			if len(rp.words) > 0 {
				right = append(right, rp)
			}
		}
		if n == 0 || cells || end-row == 1 && !hasDigit(left.words[0].text) {
			out = append(out, lines[row:end]...) // a head row ("Ref | Subject | Resolution") as it is
		} else {
			out = append(append(out, left), right...)
		}
		row = end
	}
	starts := rowStarts(lines, x)
	gap := rowGap(lines)
	leftY := math.NaN()
	for i, l := range lines {
		left, _ := sides(l, x)
		if i > 0 && (starts[i] || left && !(leftY-l.y <= gap)) {
			flush(i)
		}
		if left {
			leftY = l.y
		}
	}
	flush(len(lines))
	return out
}

// findGutter looks for the vertical strip that splits the most lines of a
// run of consecutive lines into a left and a right column. It accepts it
// only when both columns hold text (not table cells), or when the run is
// the rows of a table with text on both sides (table). A table's cells
// may stand closer than columns do: when no gutter of text columns is
// found, one half as wide is looked for between the rows of a table of
// numbered rows, further to either side (a title's column may be narrow),
// and kept when it holds more lines.
func findGutter(lines []line) (x float64, start, end int, table, ok bool) {
	if len(lines) < 2*minColumnLines || len(lines) > maxColumnLines {
		return 0, 0, 0, false, false
	}
	x, start, end, table, ok = gutterOf(lines, gutterPad, false)
	if ok && !table {
		return x, start, end, table, ok
	}
	if !numberedRows(lines) {
		return x, start, end, table, ok
	}
	if nx, ns, ne, _, nok := gutterOf(lines, gutterPad/2, true); nok && (!ok || ne-ns > end-start) {
		return nx, ns, ne, true, true
	}
	return x, start, end, table, ok
}

// numberedRows reports whether lines may hold minTableStart rows of a
// table of minutes: lines after a row's space that start with a number
// ("FC/24/101", "21."). It spares the pages of text the search for a
// narrow gutter between a table's cells.
func numberedRows(lines []line) bool {
	gap, n := rowGap(lines), 0
	for i := 1; i < len(lines) && n < minTableStart; i++ {
		if lines[i-1].y-lines[i].y > gap && hasDigit(lines[i].words[0].text) {
			n++
		}
	}
	return n >= minTableStart
}

// gutterOf is findGutter with a gutter at least 2*pad ems wide, of a table
// only when rowsOnly. The rows of a table need minTableStart rows, not
// minGutterLines lines on each side: a title column is short.
func gutterOf(lines []line, pad float64, rowsOnly bool) (x float64, start, end int, table, ok bool) {
	lo, hi := textBox(lines)
	width := hi - lo
	best := 0
	step := max(gutterStep, width/500)
	from, to := 0.25, 0.75
	if rowsOnly {
		from, to = 0.15, 0.85 // a title column may be narrow, or the text's
	}
	for cx := lo + from*width; cx <= lo+to*width; cx += step {
		runStart, nl, nr := 0, 0, 0
		for i := 0; i <= len(lines); i++ {
			if i < len(lines) && !blockedPad(lines[i], cx, pad) {
				l, r := sides(lines[i], cx)
				if l {
					nl++
				}
				if r {
					nr++
				}
				continue
			}
			score := min(nl, nr)
			if rowsOnly && score >= minTableStart {
				score = max(score, minGutterLines)
			}
			if score > best {
				if text, rows := columnsOfText(lines[runStart:i], cx); rows || text && !rowsOnly {
					best, x, start, end, table = score, cx, runStart, i, rows
				}
			}
			runStart, nl, nr = i+1, 0, 0
		}
	}
	return x, start, end, table, best >= minGutterLines
}

// columnsOfText reports whether the lines, split at x, make two columns
// of running text (text): wide enough, and neither split again by a
// second gutter as the columns of a table are; or the rows of a table
// (rows), whose cells start together, lines as wide as text on the right.
func columnsOfText(lines []line, x float64) (text, rows bool) {
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
		return false, false
	}
	joint := 0
	for i, start := range rowStarts(lines, x) {
		if start && i > 0 {
			joint++
		}
	}
	if joint >= minTableStart && float64(joint) >= tableStarts*float64(blockStarts(lines, x)) && wideLines(right) && oneCell(right) && titled(left) {
		return false, true // the left side may hold cells of its own: a number column
	}
	return isTextColumn(left) && isTextColumn(right), false
}

// cellsShare is the share of a table's right side's lines that may hold
// a cell after the text (an "Action by" column).
const cellsShare = 0.5

// oneCell reports whether lines are one column of text: few of them
// split into cells (an action tracker's Due and Status columns are).
func oneCell(lines []line) bool {
	split := 0
	for _, l := range lines {
		if len(l.wideGaps()) > 0 {
			split++
		}
	}
	return float64(split) <= cellsShare*float64(len(lines))
}

// titled reports whether most of a table's left side's lines hold
// several words: a title's cell (beside its number), not a column of
// numbers alone.
func titled(lines []line) bool {
	n := 0
	for _, l := range lines {
		if len(l.words) > 1 {
			n++
		}
	}
	return 2*n >= len(lines)
}

// wideLines reports whether lines are as wide as a column of text.
func wideLines(lines []line) bool {
	var widths, sizes []float64
	for _, l := range lines {
		widths = append(widths, l.x1()-l.x0())
		sizes = append(sizes, l.size)
	}
	return median(widths) >= minColumnWidth*median(sizes)
}

// Rows of a table, told from columns of text by where their blocks start.
const (
	blockGap      = 1.35 // times the usual line spacing: a wider step down starts a block
	minTableStart = 3    // blocks started on both sides at once that make a table
	tableStarts   = 0.6  // share of the left side's blocks that must start so
)

// rowStarts says which lines start a row when lines split at x are the
// rows of a table (a number and a title cell wrapped beside a wide cell
// of text): the first line, and each line where both sides start a block
// after a step down wider than the usual one (the space between rows).
// Newspaper columns break their paragraphs independently, so few of
// their left side's blocks start where a right side's block does.
func rowStarts(lines []line, x float64) []bool {
	out := make([]bool, len(lines))
	gap := rowGap(lines)
	leftY, rightY := math.NaN(), math.NaN() // the last line of each side
	for i, l := range lines {
		left, right := sides(l, x)
		out[i] = i == 0 || left && right && !(leftY-l.y <= gap) && !(rightY-l.y <= gap) // NaN: the side's first line
		if left {
			leftY = l.y
		}
		if right {
			rightY = l.y
		}
	}
	return out
}

// blockStarts counts the blocks the left side of lines split at x starts
// after its first line.
func blockStarts(lines []line, x float64) int {
	gap := rowGap(lines)
	n, leftY := 0, math.NaN()
	for i, l := range lines {
		if left, _ := sides(l, x); left {
			if i > 0 && !(leftY-l.y <= gap) { // NaN: the side's first line
				n++
			}
			leftY = l.y
		}
	}
	return n
}

// rowGap is the step down between lines that starts a block: blockGap
// times the usual step, the lower quartile (a table of one-line rows steps
// mostly from row to row), infinite when there is none.
func rowGap(lines []line) float64 {
	var steps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].y - lines[i].y; d > 0 {
			steps = append(steps, d)
		}
	}
	if len(steps) == 0 {
		return math.Inf(1)
	}
	return blockGap * lowerQuartile(steps)
}

// isTextColumn reports whether lines look like a column of text: wide lines
// with no blank vertical strip running through several of them.
func isTextColumn(lines []line) bool {
	if !wideLines(lines) {
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
func blocked(l line, x float64) bool { return blockedPad(l, x, gutterPad) }

// blockedPad is blocked with a strip 2*pad ems wide.
func blockedPad(l line, x, pad float64) bool {
	pad *= l.size
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

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

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
