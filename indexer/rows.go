package indexer

import (
	"regexp"
	"strings"
)

var (
	tableRule    = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	rowSeparator = regexp.MustCompile(`^\s*\|\s*$`)
	// The first cell of a row when it holds the item number: "29. | ..."
	numberCell = regexp.MustCompile(`^\s*\|?\s*(\d{1,2}\.\d{1,2}|\d{1,3}[a-zA-Z]?|[A-Z]{1,6}\d{0,4}/\d{1,4}(?:/\d{1,4})?|\d{1,4}/\d{1,4}|[IVXLC]{1,7})\.?\s*\|\s*`)
	// Where a title in a flattened row ends and its agenda text starts.
	titleEnd = regexp.MustCompile(`\s(?:Minutes:|Additional documents:)|[.?!]\s+[A-Z]|\s+(?:The|To|An?|This)\s`)
)

// splitTableRows cuts a ModernGov item table flattened to text, with rows
// separated by lines holding only "|" (as in the Middlesbrough seed), into
// one item per row. It returns false when the text is not such a table.
func splitTableRows(ls []line) (splitResult, bool) {
	start := -1
	seen := 0
	for i, l := range ls {
		if l.Text == "" {
			continue
		}
		if seen++; seen > 40 {
			break // the item table of a ModernGov page opens it
		}
		if strings.Contains(l.Text, "|") && tableRule.MatchString(l.Text) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return splitResult{}, false
	}
	seps := 0
	for _, l := range ls {
		if strings.HasPrefix(l.Text, "|") && rowSeparator.MatchString(l.Text) {
			seps++
		}
	}
	if seps < 2 {
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

// notItemHeading reports headings of the document rather than of an
// item: "MINUTES", "PRESENT", "UNRESTRICTED ITEMS", and near the top
// (atTop) the council's or the committee's name.
func notItemHeading(c string, atTop bool) bool {
	if m := documentLabel.FindStringSubmatch(c); m != nil && (strings.Contains(c, ":") || !strings.HasPrefix(strings.ToLower(m[1]), "apolog")) {
		return true
	}
	if committeeDash.MatchString(c) && len(findDates(c)) > 0 { // "Cabinet - Tuesday, 4th February, 2020"
		return true
	}
	if docHeading.MatchString(c) {
		return true
	}
	return atTop && (councilLine.MatchString(c) || committeeWord.MatchString(c))
}

// documentLabel is a label of a document's heading that is no item:
// "Present:", "Apologies:", "Venue:" (the attendance labels of
// header.go's labelLine that are never item headings).
var documentLabel = regexp.MustCompile(`^(?i)(venue|place|location|time|start time|present|attendees|members present|councillors present|apologies(?: for absence)?|apologies received|in attendance|officers(?: present| in attendance)?|officials (?:present|in attendance)|also present|also in attendance|statutory co-optees|co-opted members|co-optees|contact|attendance)\b\s*:?\s*(?:-\s*)?(.*)$`)

var docHeading = regexp.MustCompile(`(?i)^(?:minutes|agenda|agenda and minutes|(?:un)?restricted items|(?:part [12i]+|part (?:[a-d]|one|two|three))(?:\s*[-–—:.(].*)?|public document pack|items|no\.? item|exempt items?)$`)
