package indexer

import (
	"regexp"
	"strings"
)

var (
	tableRule    = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	rowSeparator = regexp.MustCompile(`^\s*\|\s*$`)
	// The first cell of a row when it holds the item number: "29. | ..."
	numberCell = regexp.MustCompile(`^\s*\|?\s*` + numberPattern + `\.?\s*\|\s*`)
	// Where a title in a flattened row ends and its agenda text starts.
	titleEnd = regexp.MustCompile(`\s(?:Minutes:|Additional documents:)|[.?!]\s+[A-Z]|\s+(?:The|To|An?|This)\s`)
)

// splitTableRows cuts a ModernGov item table flattened to text, with rows
// separated by lines holding only "|" (as in the Middlesbrough seed), into
// one item per row. It returns false when the text is not such a table.
func splitTableRows(ls []line) (splitResult, bool) {
	start := -1
	for i, l := range ls {
		if tableRule.MatchString(l.Text) && strings.Contains(l.Text, "|") {
			start = i + 1
			break
		}
	}
	seps := 0
	for _, l := range ls {
		if rowSeparator.MatchString(l.Text) {
			seps++
		}
	}
	if start < 0 || seps < 2 {
		return splitResult{}, false
	}
	res := splitResult{Header: ls[:start], Method: "table"}
	var row []line
	flush := func() {
		if it, ok := rowItem(row); ok {
			res.Items = append(res.Items, it)
		} else {
			for _, l := range row { // keep stray words: they belong to the last item
				if n := len(res.Items); n > 0 {
					res.Items[n-1].Body = append(res.Items[n-1].Body, l)
				} else {
					res.Header = append(res.Header, l)
				}
			}
		}
		row = nil
	}
	for _, l := range ls[start:] {
		if rowSeparator.MatchString(l.Text) {
			flush()
			continue
		}
		row = append(row, l)
	}
	flush()
	return res, len(res.Items) > 0
}

// rowItem makes an item of the lines of one table row.
func rowItem(row []line) (rawItem, bool) {
	var parts []string
	for _, l := range row {
		if t := strings.TrimSpace(l.Text); t != "" {
			parts = append(parts, t)
		}
	}
	text := strings.TrimSpace(strings.Join(parts, " "))
	text = strings.TrimSpace(strings.TrimSuffix(text, "|"))
	if text == "" {
		return rawItem{}, false
	}
	var it rawItem
	if m := numberCell.FindStringSubmatch(text); m != nil {
		it.Number = m[1]
		text = text[len(m[0]):]
	}
	text = strings.ReplaceAll(text, " | ", "\n")
	cut := len(text)
	if loc := titleEnd.FindStringIndex(text); loc != nil && loc[0] > 0 {
		cut = loc[0]
		if text[cut] == '.' || text[cut] == '?' || text[cut] == '!' {
			cut++
		}
	}
	if words := strings.Fields(text[:cut]); len(words) > 25 {
		cut = len(strings.Join(words[:12], " "))
	}
	it.Title = strings.TrimSpace(text[:cut])
	rest := strings.TrimSpace(text[cut:])
	if rest != "" {
		it.Body = []line{parseLine(rest)}
	}
	it.Joined = true
	return it, true
}

// splitHeadings finds unnumbered items from headings: Markdown headings
// or short upper-case lines such as "APOLOGIES FOR ABSENCE". It needs at
// least two.
func splitHeadings(ls []line) (splitResult, bool) {
	var starts []int
	for i, l := range ls {
		c := l.Content
		if c == "" || l.Bullet || !titleLike(c, 12, false) || notItemHeading(c) {
			continue
		}
		upper := strings.ToUpper(c) == c && strings.ToLower(c) != c && len(strings.Fields(c)) >= 1
		if l.Heading || (upper && len(c) >= 6) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return splitResult{}, false
	}
	res := splitResult{Header: ls[:starts[0]], Method: "headings"}
	for k, s := range starts {
		end := len(ls)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		res.Items = append(res.Items, rawItem{Title: titleCase(ls[s].Content), Body: ls[s+1 : end]})
	}
	return res, true
}

// notItemHeading reports headings of the document rather than of an
// item: the council, the committee, "MINUTES", "PRESENT", "UNRESTRICTED
// ITEMS".
func notItemHeading(c string) bool {
	if m := labelLine.FindStringSubmatch(c); m != nil && (strings.Contains(c, ":") || !strings.HasPrefix(strings.ToLower(m[1]), "apolog")) {
		return true
	}
	if committeeDash.MatchString(c) && len(findDates(c)) > 0 { // "Cabinet - Tuesday, 4th February, 2020"
		return true
	}
	return councilLine.MatchString(c) || committeeWord.MatchString(c) || docHeading.MatchString(c)
}

var docHeading = regexp.MustCompile(`(?i)^(?:minutes|agenda|agenda and minutes|(?:un)?restricted items|part [12i]+|public document pack|items|no\.? item)$`)

// splitItems cuts the lines of a set of minutes into a header and items,
// trying numbered items, then a flattened table, then headings; failing
// all, the whole text is one item.
func splitItems(ls []line) splitResult {
	if res, ok := splitTableRows(ls); ok {
		return res
	}
	if chain := chooseItems(findCandidates(ls)); len(chain) > 0 {
		res := splitResult{Header: ls[:chain[0].Line], Method: "numbered"}
		for k, c := range chain {
			end := len(ls)
			if k+1 < len(chain) {
				end = chain[k+1].Line
			}
			from := c.Line + c.Skip
			if from > end {
				from = end
			}
			body := ls[from:end]
			if c.Rest != "" {
				body = append([]line{parseLine(c.Rest)}, body...)
			}
			res.Items = append(res.Items, rawItem{Number: c.Number, Title: c.Title, Body: body})
		}
		return res
	}
	if res, ok := splitHeadings(ls); ok {
		return res
	}
	return splitResult{Items: []rawItem{{Body: ls}}, Method: "whole"}
}
