package indexer

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Text laid out in columns, as pdftotext -layout prints a table of items:
//
//	41       Welcome, introductions and       The Chair welcomed Sue …
//	         apologies                        Apologies: Councillor …
//
// Each line holds a piece of the number's cell, of the wrapped title's
// and of the text's, side by side. layoutRows reads such a table row by
// row: the number and its title joined down the middle column on one
// line, then the text of the last column, so that the title is whole and
// the text reads on.

// rowStart is a line of such a table that starts a row: a number ("41",
// "PL/12", "25/031", "FC/24/101"), spaces, a cell, three spaces or more,
// the last cell. A number column as wide as its longest number leaves
// one space after it: rowAt takes one space only after a reference of
// several parts, two or more after any number.
var rowStart = regexp.MustCompile(`^(\s*)((?:[A-Z]{1,4}[./]?)?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?[.)]?)(\s+)(\S.*?)(\s{3,})(\S.*)$`)

// rowAt returns rowStart's submatch indexes for a line that starts a row,
// nil for any other.
func rowAt(l string) []int {
	m := rowStart.FindStringSubmatchIndex(l)
	if m == nil {
		return nil
	}
	if m[7]-m[6] < 2 && !strings.ContainsAny(strings.TrimRight(l[m[4]:m[5]], ".)"), "./") {
		return nil // "12 Title": one space after a plain number is running text
	}
	return m
}

// cellGap is a run of spaces between two cells of a line.
var cellGap = regexp.MustCompile(` {3,}`)

// minLayoutRows is how many rows with the same column edges make a table.
const minLayoutRows = 3

// layoutRows rewrites the tables of a plain text laid out in columns;
// other text is returned as it is.
func layoutRows(text string) string {
	if !strings.Contains(text, "   ") {
		return text
	}
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); {
		c2, c3, ok := columnEdges(lines[i:])
		if !ok {
			out = append(out, lines[i])
			i++
			continue
		}
		end := i
		for r2, r3 := c2, c3; end < len(lines); end++ {
			if r2, r3 = rowEdges(lines[end], c2, c3, r2, r3); !fitsColumns(lines[end], r2, r3) {
				break
			}
		}
		rows := 0
		for _, l := range lines[i:end] {
			if strings.TrimSpace(cut(l, 0, c2)) != "" {
				rows++
			}
		}
		if rows < minLayoutRows {
			out = append(out, lines[i])
			i++
			continue
		}
		out = append(out, readRows(lines[i:end], c2, c3)...)
		i = end
	}
	return strings.Join(out, "\n")
}

// columnEdges reads where the second and third columns start from the
// first line, when it starts a row and minLayoutRows rows of the lines
// after it start their cells at the same places, give or take edgeSlack.
func columnEdges(lines []string) (c2, c3 int, ok bool) {
	m := rowAt(lines[0])
	if m == nil {
		return 0, 0, false
	}
	c2, c3 = runesTo(lines[0], m[8]), runesTo(lines[0], m[12])
	same := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !fitsColumns(l, c2, c3) {
			break
		}
		if n := rowAt(l); n != nil && near(runesTo(l, n[8]), c2) && near(runesTo(l, n[12]), c3) {
			same++
		}
	}
	return c2, c3, same >= minLayoutRows
}

// rowShift is how many characters a row's cells may start off the
// table's columns: pdftotext sets each row on its own grid, a
// proportional font's row a few characters early or late.
const rowShift = 4

// rowEdges is where the cells of the row that line l belongs to start: a
// row's first line sets them, when they are within rowShift of the
// table's c2 and c3; the lines under it keep them (r2, r3).
func rowEdges(l string, c2, c3, r2, r3 int) (int, int) {
	m := rowAt(l)
	if m == nil {
		return r2, r3
	}
	e2, e3 := runesTo(l, m[8]), runesTo(l, m[12])
	if abs(e2-c2) <= rowShift && abs(e3-c3) <= rowShift {
		return e2, e3
	}
	return c2, c3
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fitsColumns reports whether a line of text sits in the columns starting
// at c2 and c3 (lineEdges), with nothing in the first column or a number.
func fitsColumns(l string, c2, c3 int) bool {
	if strings.TrimSpace(l) == "" {
		return true
	}
	e2, _, ok := lineEdges(l, c2, c3)
	if !ok {
		return false
	}
	first := strings.TrimSpace(cut(l, 0, e2))
	return first == "" || rowAt(l) != nil || len(first) <= 10 && strings.ContainsAny(first, "0123456789") && !strings.Contains(first, " ")
}

// edgeSlack is how many characters a cell may start off its column's
// edge: pdftotext places text on a grid of characters, a proportional
// font's line a character early or late.
const edgeSlack = 2

// near reports a cell's start within edgeSlack of its column's edge.
func near(start, edge int) bool { return start >= edge-edgeSlack && start <= edge+edgeSlack }

// lineEdges is where the columns starting at c2 and c3 start on one line:
// at the edge, or within edgeSlack of it, where a space comes before; ok
// is false when a word lies across an edge.
func lineEdges(l string, c2, c3 int) (e2, e3 int, ok bool) {
	rs := []rune(l)
	edge := func(e int) (int, bool) {
		if e >= len(rs) {
			return e, true
		}
		for _, d := range []int{0, -1, 1, -2, 2} {
			if p := e + d; p > 0 && p < len(rs) && rs[p-1] == ' ' && rs[p] != ' ' {
				return p, true
			}
		}
		return e, rs[e-1] == ' ' && rs[e] == ' ' // a blank cell's edge
	}
	e2, ok2 := edge(c2)
	e3, ok3 := edge(c3)
	// a cell's text starts at its edge: centred text across the columns
	// ("Glentshire County Council" under a front sheet) is no cell
	starts := func(from, to int) bool {
		to = min(to, len(rs))
		return from >= to || strings.TrimSpace(string(rs[from:to])) == "" || rs[from] != ' '
	}
	return e2, e3, ok2 && ok3 && starts(e2, e3) && starts(e3, len(rs))
}

// readRows writes the rows of a table: "NUMBER TITLE" with the title's
// pieces joined, a blank line, the last column's lines (a column after it, such as
// "Action by", set off by " | " as PDFs' cells are), then a blank line.
func readRows(lines []string, c2, c3 int) []string {
	var out, title, text []string
	number := ""
	flush := func() {
		if number == "" && len(title) == 0 && len(text) == 0 {
			return
		}
		out = append(out, strings.TrimSpace(number+" "+strings.Join(title, " ")))
		if len(text) > 0 {
			out = append(out, "") // the title a cell apart from the text, as a heading is
		}
		out = append(out, text...)
		out = append(out, "")
		number, title, text = "", nil, nil
	}
	r2, r3 := c2, c3
	for _, l := range lines {
		r2, r3 = rowEdges(l, c2, c3, r2, r3)
		e2, e3, _ := lineEdges(l, r2, r3)
		if n := strings.TrimSpace(cut(l, 0, e2)); n != "" {
			flush()
			number = n
		}
		if t := strings.TrimSpace(cut(l, e2, e3)); t != "" {
			title = append(title, t)
		}
		if t := strings.TrimSpace(cut(l, e3, utf8.RuneCountInString(l))); t != "" {
			text = append(text, cellGap.ReplaceAllString(t, " | ")) // a column after the text: "Action by"
		}
	}
	flush()
	return out
}

// cut is the characters from to to of l, within its length: the columns
// of a layout are counted in characters.
func cut(l string, from, to int) string {
	rs := []rune(l)
	to = min(to, len(rs))
	if from >= to {
		return ""
	}
	return string(rs[from:to])
}

// runesTo is how many characters of l come before byte offset i.
func runesTo(l string, i int) int { return utf8.RuneCountInString(l[:i]) }
