package indexer

import "strings"

// OCR of minutes printed with their numbers in a margin (the number, a
// wide indent, the capitals title) often reads the margin as a column of
// its own: "14," "15." "16." "17." on lines of their own, then the four
// titles, each above its text. joinNumberColumn gives each title its
// number back, so the items are found as printed.

// minNumberColumn is the fewest numbers in a run read as a column.
const minNumberColumn = 3

// joinNumberColumn finds runs of at least minNumberColumn lines that are
// each a bare number, counting up by one (blank lines between), followed
// by as many capitals title lines before the next numbered line; it puts
// each number before its title, leaving a blank line where the number
// stood. Anything less regular is left as read.
func joinNumberColumn(ls []line) {
	for i := 0; i < len(ls); i++ {
		nums, last := numberRun(ls, i)
		if len(nums) < minNumberColumn {
			continue
		}
		titles := capitalsTitlesAfter(ls, last+1, len(nums))
		if titles == nil {
			i = last
			continue
		}
		for k, j := range titles {
			ls[j] = parseLine(nums[k].text + " " + ls[j].Text)
		}
		for _, n := range nums {
			ls[n.at] = parseLine("")
		}
		i = last
	}
}

// columnNumber is a bare number of a run: the line it stood on and its
// text as a number ("14," mended to "14.").
type columnNumber struct {
	at   int
	text string
}

// numberRun reads the run of bare numbers from line i on: each a number
// alone on its line ("15.", "16", OCR's "14,"), one more than the one
// before, blank lines between them. last is the run's last line.
func numberRun(ls []line, i int) (run []columnNumber, last int) {
	prev := -1
	for j := i; j < len(ls); j++ {
		t := ls[j].Text
		if t == "" {
			continue
		}
		v, ok := bareNumber(t)
		if !ok || prev >= 0 && v != prev+1 {
			break
		}
		run = append(run, columnNumber{at: j, text: strings.TrimRight(t, ".,") + "."})
		prev, last = v, j
	}
	return run, last
}

// bareNumber reads a line that is only a number of one to three digits,
// perhaps with a full stop, or a comma OCR read for one.
func bareNumber(t string) (int, bool) {
	t = strings.TrimRight(t, ".,")
	if t == "" || len(t) > 3 {
		return 0, false
	}
	v := digits(t, 3)
	return v, v > 0
}

// capitalsTitlesAfter returns the lines of the next n titles from line i:
// short lines in capitals, each with text below it, the first of them the
// first non-blank line; nil when a numbered line comes first or fewer
// than n are found.
func capitalsTitlesAfter(ls []line, i, n int) []int {
	var out []int
	for j := i; j < len(ls) && len(out) < n; j++ {
		t := ls[j].Text
		if t == "" {
			continue
		}
		if _, ok := readNumber(t); ok {
			return nil
		}
		if isCaps(t) && len(strings.Fields(t)) <= 12 {
			out = append(out, j)
			continue
		}
		if len(out) == 0 {
			return nil // the run is not followed by its titles
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}
