package search

import (
	"strings"
	"unicode"
)

// Minutes hold tables and lists beside what was said: the grants of a
// district's allocation ("Castleconnell Boat Club  €500"), the estates
// taken in charge, the columns of a budget, the rows of a report. A word
// in such a row names one entry of a list about something else, yet as
// words of the text it counted as much as a sentence about it: a town's
// name ranked the grant tables that list its clubs above the motions on
// its roads, "casual trading" a budget table's row above what was said.
// The lines of an item's text that are entries of a list are indexed
// again, in the lines field, and a word's occurrences there count
// listLineWeight of those in the text (search/query/bm25f.go); the text
// itself is indexed and kept whole, so lengths, phrases, snippets and
// the item's page are as before.
//
// A list is written in two ways: as short lines (listLines below), or
// as sentences that open alike, one an entry (entries.go): the grants
// of an allocation, each "On the proposal of Councillor X, seconded by
// Councillor Y, it was agreed to allocate €500 to ...". A councillor's
// name ranked the allocation where he seconded a dozen grants above his
// own questions and motions.

// listWords is how many words a line of a list may hold at most; longer
// lines are prose, however they end.
const listWords = 5

// listLines returns the lines of an item's text that are entries of a
// list or cells of a table, joined by newlines ("" when there are none):
// runs of two or more short lines, each of at most listWords words and
// not the end of a sentence the line before runs on into, and the lines
// of sentences that are entries of a list (entryLines). A short line
// alone between sentences is a sub-heading ("CAMHS", "Castleconnell
// Flood Relief Scheme") or a line of procedure, and stays prose.
func listLines(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	inList := entryLines(lines)
	var run []int
	flush := func() {
		if len(run) >= 2 {
			for _, i := range run {
				inList[i] = true
			}
		}
		run = run[:0]
	}
	runOn := false // the line before runs on into this one
	for i, line := range lines {
		n := wordsOf(line)
		if !runOn && n <= listWords {
			run = append(run, i)
		} else {
			flush()
		}
		runOn = n > listWords && !endsClause(line)
	}
	flush()
	var out []string
	for i, line := range lines {
		if inList[i] {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// wordsOf counts the words of a line, runs of letters or digits, up to
// listWords+1: a longer line is prose whatever its length, and most lines
// of minutes are whole paragraphs.
func wordsOf(line string) int {
	n, in := 0, false
	for _, r := range line {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			if n++; n > listWords {
				return n
			}
		}
		in = w
	}
	return n
}

// endsClause reports whether a line ends a sentence or clause, so that
// the next line starts afresh.
func endsClause(line string) bool {
	switch line[len(line)-1] {
	case '.', ':', ';', '!', '?':
		return true
	}
	return false
}
