package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	for i, b := range bulletLines(lines) {
		inList[i] = inList[i] || b
	}
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

// A list is also written as bullets: the grants of an allocation ("• €500
// for a defibrillator in Glin."), a work plan's headings
// ("• Housing strategy"), the bodies a member is nominated to ("• Board of
// the Museum Trust."), the points of a police report ("• Burglaries were
// down in the town."). A short entry names one thing among others. On
// the nine judged sets of the real corpus, of the items in a query's
// first ten hits whose every line naming the query's words was a
// bullet of at most 15 words beside another bullet, 21 were judged not
// about it and 1 about it. Read as lines of a list (at most
// maxBulletWords words, two bullets or more in a row), 9 queries' P@5 or
// nDCG@10 rose and none fell (the judged sets, testdata/judged); at 10
// and 15 words the points of a presentation's slides about the subject
// went too ("• Bus corridors under-funded for years"), and three queries
// fell. A long bullet is a point made in full ("• That residents felt
// unsafe walking home at night because of the lighting on the estate")
// and stays prose.

// maxBulletWords is how many words a bullet's entry may hold at most to
// be an entry of a list.
const maxBulletWords = 7

// bulletLines marks the lines of short bulleted entries that stand in a
// run of two or more bullets: an entry starts at a line opening with a
// bullet and runs on over the lines after it until one ends a sentence
// or clause, or the next bullet opens.
func bulletLines(lines []string) []bool {
	marks := make([]bool, len(lines))
	type entry struct{ first, last, words int }
	var run []entry
	flush := func() {
		if len(run) >= 2 {
			for _, e := range run {
				if e.words > maxBulletWords {
					continue
				}
				for l := e.first; l <= e.last; l++ {
					marks[l] = true
				}
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(lines); {
		if !isBullet(lines[i]) {
			flush()
			i++
			continue
		}
		e := entry{first: i, last: i, words: countWords(lines[i])}
		for !endsClause(lines[e.last]) && e.last+1 < len(lines) && !isBullet(lines[e.last+1]) && e.words <= maxBulletWords {
			e.last++
			e.words += countWords(lines[e.last])
		}
		run = append(run, e)
		i = e.last + 1
	}
	flush()
	return marks
}

// isBullet reports whether a line opens with a bullet: a bullet glyph
// (the indexer maps Word's private-use Symbol and Wingdings bullets to
// these), or the "e" and "¢" that OCR reads a round bullet as, before a
// capital, a digit or a currency sign.
func isBullet(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '•', '▪', '●', '◦', '‣', '∙', '·', '■', '□', '○', '➢', '►', '✓':
		return true
	case 'e', '¢':
		rest := strings.TrimLeft(line[size:], " ")
		if len(rest) == len(line[size:]) || rest == "" {
			return false // no space after it: a word
		}
		n, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(n) || unicode.IsDigit(n) || n == '€' || n == '£'
	}
	return false
}

// countWords counts the runs of letters or digits of a line.
func countWords(line string) int {
	n, in := 0, false
	for _, r := range line {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
