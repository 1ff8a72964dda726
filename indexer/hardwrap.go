package indexer

import (
	"strings"
	"unicode/utf8"
)

// hardWrapTitle reads a numbered title that plain text, hard-wrapped at a
// fixed width as an e-mail or a typist's text is, carries onto the lines
// below at the hanging indent, where the item's text also starts:
//
//  34. Budget 2025/26 and recommendation to Full Council on the precept,
//     including the use of earmarked reserves for the skate park
//     The Clerk presented the draft budget. …
//
// A line was wrapped when the next line's first word would not have fitted
// on it (the document's widest line is the width); the title ends at the
// first line that was not, and the item's text must follow it on the next
// line. Line i holds the number, first the title's first line. It returns
// the title and its last line (first when it was not wrapped).
func hardWrapTitle(ls []line, i, first, to int, title string, st docStats) (string, int) {
	l := ls[first]
	if l.Page != 0 || l.Size != 0 || l.Heading || l.Bold || st.widest == 0 || strings.HasSuffix(title, ".") || strings.HasSuffix(title, ":") {
		return title, first
	}
	full := func(k int) bool { // line k was broken before the next line's first word
		w, _, _ := strings.Cut(ls[k+1].Text, " ")
		return textWidth(ls[k])+1+utf8.RuneCountInString(w) > st.widest
	}
	whole, last := title, first
	for n := 0; n < 3; n++ {
		next := last + 1
		if next >= to || ls[next].Text == "" || ls[next].Bullet || ls[next].Indent < ls[i].Indent+2 {
			break
		}
		if _, isNum := readNumber(ls[next].Text); isNum {
			break
		}
		if !full(last) {
			break
		}
		if n == 2 {
			return whole, first // three full lines: a paragraph run in after its title, not a title
		}
		title, last = title+" "+ls[next].Text, next
	}
	if last == first || last+1 >= to || ls[last+1].Text == "" || strings.Contains(title, ". ") || strings.HasSuffix(title, ".") ||
		strings.Count(title, " ") >= 40 {
		return whole, first
	}
	return title, last
}

// textWidth is a plain-text line's width as typed: its indent and its
// characters.
func textWidth(l line) int {
	return int(l.Indent) + utf8.RuneCountInString(l.Text)
}
