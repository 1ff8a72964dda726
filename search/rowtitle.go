package search

import (
	"strings"
	"unicode"
)

// Extraction reads a table's header or one of its rows as an item's
// title when a budget or a report is printed as columns: "Adopted Budget
// 2018" over a column of figures by division, "Budget 2014 €",
// "Limerick Community Games € 2,000.00". Such a title names a column, not
// what the item is about, and as title words it outranked what was said:
// the 2019 budget's column "Adopted Budget 2018" came first for "budget
// 2018", above the 2018 budget itself. A row-like title is indexed with
// heading lines (heading.go), weighted far below titles, so that it is
// still found; the title shown is the whole title.

// tableRows is how many of an item's first lines must be rows of a table
// for its title to be read as the table's header.
const tableRows = 2

// rowTitle reports whether an item's title is a row or header of a
// table: it holds an amount of money, or the text under it opens with
// rows of a table (lines of a list, lines.go), one of them a figure
// ("€35,445,918"). A lettered sub-item and its heading ("(a)",
// "Development Contribution Scheme 2015") are short lines too, but no
// figure.
func rowTitle(title, text, lines string) bool {
	if strings.ContainsAny(title, "€£$") {
		return true
	}
	if lines == "" {
		return false
	}
	rows := map[string]bool{}
	for _, l := range strings.Split(lines, "\n") {
		rows[l] = true
	}
	seen, figures := 0, false
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if !rows[l] {
			return false
		}
		figures = figures || isFigure(l)
		if seen++; seen == tableRows {
			return figures
		}
	}
	return false
}

// isFigure reports whether a line (a short one: a row of a list) is an
// amount of money or a number alone: "€35,445,918", "€100k", "17".
func isFigure(line string) bool {
	if !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	return strings.ContainsAny(line, "€£$") || !strings.ContainsFunc(line, unicode.IsLetter)
}
