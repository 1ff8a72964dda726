package indexer

import (
	"strings"
	"unicode/utf8"
)

// Minutes typed with no numbering and no typography at all (a small
// parish meeting's) may head each item with a short line in sentence
// case ("Open forum", "Accounts for 2023/24") and run its text on the
// very next line. Such a line alone is no evidence, since any paragraph
// may open with a short line; it is read as a heading only where the
// document has no other structure and the pattern recurs.

// minSentenceHeadings is the fewest sentence-case heading lines a text
// must show before they are taken as its items.
const minSentenceHeadings = 4

// sentenceHeading reports whether line i, between from and to, looks like
// an unnumbered sentence-case heading: alone after a blank line, a few
// words with no closing stop and no colon, its text starting on the very
// next line, longer than it and ending in a full stop before the next
// blank line.
func sentenceHeading(ls []line, i, from, to int) bool {
	if i <= from || i+1 >= to {
		return false
	}
	l := ls[i]
	if l.Bullet || l.Front || l.Heading || l.Bold || ls[i-1].Text != "" || ls[i+1].Text == "" || ls[i+1].Bullet {
		return false
	}
	t := strings.TrimSpace(l.Text)
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 10 || len(t) > 80 || !startsUpper(t) || isCaps(t) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".,;:!?-–—/", r) || strings.Contains(t, ":") {
		return false
	}
	if !titleLike(t, 10, false) || !headingWords(t) {
		return false
	}
	if len(strings.TrimSpace(ls[i+1].Text)) <= len(t) {
		return false // a list of short lines, an address
	}
	n, last := 0, ""
	for j := i + 1; j < to && ls[j].Text != ""; j++ {
		n += len(strings.Fields(ls[j].Text))
		last = strings.TrimSpace(ls[j].Text)
	}
	if n < 6 || n < 2*len(words) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(last)
	return strings.ContainsRune(".!?)", r)
}

// sentenceHeadingsShown reports whether the lines from..to show the
// sentence-case heading pattern often enough to be read as items: at
// least minSentenceHeadings such lines, heading a third or more of the
// text's paragraphs.
func sentenceHeadingsShown(ls []line, from, to int) bool {
	heads, paras := 0, 0
	for i := from; i < to; i++ {
		if ls[i].Text == "" || i > from && ls[i-1].Text != "" {
			continue
		}
		paras++
		if sentenceHeading(ls, i, from, to) {
			heads++
		}
	}
	return heads >= minSentenceHeadings && heads*3 >= paras
}
