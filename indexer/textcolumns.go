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

// rowStart is a line of such a table that starts a row: a number, two
// spaces or more, a cell, three spaces or more, the last cell.
var rowStart = regexp.MustCompile(`^(\s*)([A-Z]{0,4}[./]?\d{1,4}[a-z]?[.)]?)(\s{2,})(\S.*?)(\s{3,})(\S.*)$`)

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
		for end < len(lines) && fitsColumns(lines[end], c2, c3) {
			end++
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
	m := rowStart.FindStringSubmatchIndex(lines[0])
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
		if n := rowStart.FindStringSubmatchIndex(l); n != nil && near(runesTo(l, n[8]), c2) && near(runesTo(l, n[12]), c3) {
			same++
		}
	}
	return c2, c3, same >= minLayoutRows
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
	return first == "" || rowStart.MatchString(l) || len(first) <= 8 && strings.ContainsAny(first, "0123456789") && !strings.Contains(first, " ")
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
// pieces joined, then the last column's lines, then a blank line.
func readRows(lines []string, c2, c3 int) []string {
	var out, title, text []string
	number := ""
	flush := func() {
		if number == "" && len(title) == 0 && len(text) == 0 {
			return
		}
		out = append(out, strings.TrimSpace(number+" "+strings.Join(title, " ")))
		out = append(out, text...)
		out = append(out, "")
		number, title, text = "", nil, nil
	}
	for _, l := range lines {
		e2, e3, _ := lineEdges(l, c2, c3)
		if n := strings.TrimSpace(cut(l, 0, e2)); n != "" {
			flush()
			number = n
		}
		if t := strings.TrimSpace(cut(l, e2, e3)); t != "" {
			title = append(title, t)
		}
		if t := strings.TrimSpace(cut(l, e3, utf8.RuneCountInString(l))); t != "" {
			text = append(text, t)
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
