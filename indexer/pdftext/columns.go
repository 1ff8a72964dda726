package pdftext

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
		return lines
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
