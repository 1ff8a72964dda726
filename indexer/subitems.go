package indexer

import "strings"

// subSplitWords is the fewest words an item must hold before its own
// numbered structure is looked for inside it: a long item is often
// several matters under one heading ("4. Economic Development
// Directorate" then "(a) Proposed Variation No. 5", "(b) …") or holds
// items whose numbers the outer sequence could not take.
const subSplitWords = 2500

// minSubItems is the fewest numbers, one after the other, that make a
// sequence of sub-items: two numbered lines in a long text are as often
// a table's rows or a list's points.
const minSubItems = 3

// splitLongItems cuts every item of over subSplitWords words at the
// numbered headings inside it (splitAtSubItems). No line is lost: the
// text before the first heading stays the item's own.
func splitLongItems(items []rawItem) []rawItem {
	var out []rawItem
	for _, it := range items {
		if it.Joined || wordCount(it.Body) <= subSplitWords {
			out = append(out, it)
			continue
		}
		out = append(out, splitAtSubItems(it)...)
	}
	return out
}

// splitAtSubItems cuts one item at the sequences of numbered headings
// found inside it: sub-numbers ("(a)", "(ii)", "5.1") become parts
// numbered "4(a)" and titled "<item title>: <heading>"; whole numbers
// the outer sequence missed ("12. Notice of Motion …") become items of
// their own. A sequence counts when each heading is numbered one more
// than the one before, minSubItems or more of them (and three in four)
// read as titles rather than sentences, and it is no run of
// unnumbered headings (a budget's table heads). Sequences are taken
// widest first; one inside another's span (the "(i)", "(ii)" of a
// resolution under "(a)") is left in the text.
func splitAtSubItems(it rawItem) []rawItem {
	body := it.Body
	cs := findCandidates(body, 0, len(body))
	var taken []chain
	for _, ch := range widestFirst(subChains(cs)) {
		if !insideAny(cs, ch, taken) {
			taken = append(taken, ch)
		}
	}
	if len(taken) == 0 {
		return []rawItem{it}
	}
	var picks []int
	for _, ch := range taken {
		picks = append(picks, ch.Picks...)
	}
	sortPicks(cs, picks)
	first := cs[picks[0]].Line
	var out []rawItem
	if wordCount(body[:first]) > 0 {
		head := it
		head.Body = body[:first]
		out = append(out, head)
	}
	for n, k := range picks {
		c := cs[k]
		end := len(body)
		if n+1 < len(picks) {
			end = cs[picks[n+1]].Line
		}
		part := rawItem{Number: c.Number, Said: c.Said, Title: c.Title, Body: body[min(c.Line+c.Skip, end):end]}
		if c.Rest != "" {
			part.Body = append([]line{parseLine(c.Rest)}, part.Body...)
		}
		if c.Feats.has(fSub) {
			part.Number = subNumber(it.Number, c.Number)
			part.Said = ""
			if it.Title != "" {
				part.Title = it.Title + ": " + c.Title
			}
		}
		out = append(out, part)
	}
	return out
}

// subChains are the sequences of numbered headings inside an item that
// may cut it (see splitAtSubItems).
func subChains(cs []candidate) []chain {
	var out []chain
	for _, ch := range rankChains(cs) {
		if ch.Family == "" || ch.Family == "ref" || strings.HasPrefix(ch.Family, "headings") ||
			len(ch.Picks) < minSubItems || !acceptable(cs, ch) {
			continue
		}
		ok, titled := true, 0
		for i, k := range ch.Picks {
			c := cs[k]
			if c.Feats.has(fTitle) {
				titled++
			}
			if c.Title == "" || c.Feats.has(fComma) || strings.ContainsAny(c.Title[:1], `"“‘'`) ||
				i > 0 && stepSize(ch.Family, cs[ch.Picks[i-1]].Key, c.Key) != 1 {
				ok = false
				break
			}
		}
		if ok && titled >= minSubItems && titled*4 >= len(ch.Picks)*3 { // "16 Notice of Motion submitted by Cmhlr." reads as a sentence
			out = append(out, ch)
		}
	}
	return out
}

// widestFirst orders chains by the lines they span, widest first.
func widestFirst(chs []chain) []chain {
	span := func(ch chain) int { return ch.Picks[len(ch.Picks)-1] - ch.Picks[0] }
	out := append([]chain(nil), chs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && span(out[j]) > span(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// insideAny reports whether a chain has a heading within the span of a
// chain already taken, or shares a line with one.
func insideAny(cs []candidate, ch chain, taken []chain) bool {
	for _, t := range taken {
		lo, hi := cs[t.Picks[0]].Line, cs[t.Picks[len(t.Picks)-1]].Line
		for _, k := range ch.Picks {
			if l := cs[k].Line; l >= lo && l <= hi {
				return true
			}
		}
	}
	return false
}

// sortPicks sorts candidate indexes by their lines.
func sortPicks(cs []candidate, picks []int) {
	for i := 1; i < len(picks); i++ {
		for j := i; j > 0 && cs[picks[j]].Line < cs[picks[j-1]].Line; j-- {
			picks[j], picks[j-1] = picks[j-1], picks[j]
		}
	}
}

// subNumber is a sub-item's number under its item's: "4" and "a" give
// "4(a)"; a number that already holds its item's ("5.1") stays as it is.
func subNumber(item, sub string) string {
	sub = strings.Trim(sub, "().: ")
	switch {
	case item == "" || strings.Contains(sub, "."):
		return sub
	default:
		return strings.TrimRight(item, ".:)") + "(" + sub + ")"
	}
}

// trimNumber drops the marks after an item number ("4.", "4)", "4:"),
// but not the bracket that closes a sub-number ("4(a)").
func trimNumber(n string) string {
	n = strings.TrimRight(n, ".:)")
	if strings.Count(n, "(") > strings.Count(n, ")") {
		n += ")"
	}
	return n
}
