package indexer

import "strconv"

// numbersBelowHeadings gives unnumbered headings the minute numbers that
// open the paragraph below each, an older style of county minutes where
// the number belongs to the heading above it:
//
//	APOLOGIES FOR ABSENCE
//	23.<tab>Apologies were received from Mr Yates.
//
// It does so only when every item's text opens with a whole number, no
// item has a second paragraph numbered alike, and the numbers run up by
// one (or two, a minute left out) from item to item: paragraphs numbered
// through the minutes (a pension committee's "4." and "5." under one
// heading) are no minutes' numbers, and a list restarting at 1 in each
// item is never taken. The number stays in the item's text, where it was
// printed.
func numbersBelowHeadings(items []rawItem) {
	if len(items) < 2 {
		return
	}
	numbers := make([]string, len(items))
	prev, family := 0, ""
	for i, it := range items {
		if it.Number != "" {
			return
		}
		n, ok := firstNumber(it.Body)
		if !ok || n.Sub || n.Label || i > 0 && n.Family != family || numberedAgain(it.Body, n.Family) {
			return
		}
		v, err := strconv.Atoi(n.Number)
		if err != nil || i > 0 && (v <= prev || v > prev+2) {
			return
		}
		numbers[i], prev, family = n.Number, v, n.Family
	}
	for i := range items {
		items[i].Number = numbers[i]
	}
}

// numberedAgain reports whether a line of body after its first line of
// text starts with a number of the family: a paragraph numbered alike.
func numberedAgain(body []line, family string) bool {
	seen := false
	for _, l := range body {
		if l.Text == "" {
			continue
		}
		if seen {
			if n, ok := readNumber(l.Text); ok && n.Family == family {
				return true
			}
		}
		seen = true
	}
	return false
}

// firstNumber reads the item number at the start of the first line of
// text in body.
func firstNumber(body []line) (numbered, bool) {
	for _, l := range body {
		if l.Text != "" {
			return readNumber(l.Text)
		}
	}
	return numbered{}, false
}
