package indexer

import (
	"regexp"
	"strconv"
	"strings"
)

// numbered is an item number read at the start of a line, with what
// follows it: "286.<tab>Apologies", "Item 5: Budget", "19.03.4 Finance",
// "(a) the report".
type numbered struct {
	Number string // as printed, without a label or trailing punctuation: "286", "1.0", "23/045", "IV"
	Family string // the numbering style: numbers of one sequence share it
	Key    int    // place in the sequence, increasing from item to item
	Sub    bool   // a sub-number: "5.1", "3.2.1", "(a)", "(ii)"
	Label  bool   // printed after a label: "Item 5", "Minute 23/045"
	Said   string // the label as printed, "Min. No.", "Eitem": kept in the item so its words stay searchable
	Gap    bool   // a tab, a table cell mark or a wide space after the number
	Rest   string // the text after the number and its separators
}

// numberLabels start numbers such as "Item 5", "Minute No. 45" or, in
// Welsh, "Eitem 3" and "Cofnod 12", longest first so that "agenda item"
// wins over "item".
var numberLabels = []string{"agenda item", "item no", "minute no", "minute ref", "min no", "item", "minute", "eitem", "cofnod", "min", "no"}

// readNumber reads an item number at the start of s, after an optional
// label. It reports false when s does not start with one, or when what
// follows cannot be a title (a time, a sum, a word glued to the number).
func readNumber(s string) (numbered, bool) {
	var n numbered
	if strings.HasPrefix(s, "|") { // a table row kept as text: "| 04/187 | APOLOGIES |"
		s = strings.TrimLeft(s, "| \t")
	}
	s, n.Said = cutLabel(s)
	n.Label = n.Said != ""
	if s == "" {
		return n, false
	}
	if token, family, key, end := scanYearRef(s); end > 0 {
		// "CYP(25)14", "2025/26-014": a committee's letters or a council
		// year with the year's running count; read whole
		punct := byte(' ')
		after := s[end:]
		if after != "" && (after[0] == '.' || after[0] == ':') {
			punct, after = after[0], after[1:]
		}
		rest, gap, ok := cutSeparator(after, punct)
		if ok && (rest == "" || startsUpper(rest) || gap) {
			n.Number, n.Family, n.Key, n.Gap, n.Rest = token, family, key, gap, rest
			return n, true
		}
		return numbered{}, false
	}
	if pfx, rest, ok := cutYearPrefix(s); ok {
		// "(23/24) 45 Title": the municipal year, then the minute's number
		s, n.Number = rest, pfx
	}
	paren := s[0] == '('
	if paren {
		s = s[1:]
	}
	if pfx, rest, ok := cutPrefixed(s); ok && !paren && n.Number == "" {
		// "HWB 21 Apologies", "FGP 47", "CAB 12/23": a committee's letters, a space, the number
		s, n.Number = rest, pfx
	}
	end := scanNumber(s)
	if end == 0 {
		return n, false
	}
	token, after := s[:end], s[end:]
	yearAfter := ""
	if yr, rest, ok := cutYearSuffix(after); ok && n.Number == "" && !paren {
		// "Item 34 (25/26) – Title": the minute's number, then the
		// council year it counts in
		yearAfter, after = yr, rest
	}
	lettered := ""
	if len(after) >= 3 && after[0] == '(' && after[1] >= 'a' && after[1] <= 'z' && after[2] == ')' && n.Number == "" && !paren &&
		digits(token, 4) >= 0 {
		// "Minute 15(a) Recommendation from Cabinet": a number and a
		// letter in brackets, read as "15a" in its sequence and printed
		// as it is
		lettered, after = after[1:2], after[3:]
	}
	detached := false
	if len(after) >= 2 && after[0] == ' ' && (after[1] == '.' || after[1] == ')') && (len(after) == 2 || after[2] == ' ' || after[2] == '\t') &&
		token[0] >= '0' && token[0] <= '9' {
		// "41 . | APOLOGIES", "1 .    APOLOGIES": the stop set apart from its
		// number by a PDF's spacing or OCR's
		after, detached = after[1:], true
	}
	punct := byte(' ')
	if after != "" && (after[0] == '.' || after[0] == ')' || after[0] == ':') {
		punct, after = after[0], after[1:]
		if punct == '.' && strings.HasPrefix(after, ")") { // "1.)"
			after = after[1:]
		}
	}
	if paren {
		if punct != ')' {
			return n, false
		}
		punct = '('
	}
	sep := punct
	if lettered != "" && punct == ' ' {
		sep = ')' // "15(c)Recommendation": a capital may follow the bracket
	}
	rest, gap, ok := cutSeparator(after, sep)
	if !ok || token == "" || detached && !gap && !startsUpper(rest) {
		return n, false
	}
	if n.Label && strings.HasPrefix(rest, "/ ") {
		// "Eitem 1 / Item 1: Apologies": the label and number again in the
		// other language
		if r, said := cutLabel(rest[2:]); said != "" && strings.HasPrefix(r, token) {
			r = strings.TrimLeft(strings.TrimPrefix(r, token), ".:)")
			if r2, _, ok2 := cutSeparator(r, ':'); ok2 && r2 != "" {
				rest, n.Said = r2, n.Said+" "+token+" / "+said // printed before the number: "Eitem 1 / Item 1"
			}
		}
	}
	family, key, sub, ok := classifyNumber(mendNumber(token)+lettered, punct, n.Label)
	if lettered != "" {
		token += "(" + lettered + ")"
	}
	labelled := n.Label && !strings.EqualFold(n.Said, "no")
	if !ok || fourDigits(token) && (paren || n.Number != "" || !startsUpper(rest) || !labelled && (punct == ' ' || yearLike(token)) && !gap && !capsWord(rest)) {
		// a four-digit number: "1618 APOLOGIES", "1618. Apologies", "Min No. 1201
		// Apologies" (after a label it is no year), not "2019 was", "2030 He said"
		// or "2030. He said" (a year wrapped to the line's start), "(2023)", "PLAN 2016"
		return n, false
	}
	if fourDigits(token) && !labelled && yearLike(token) && clockFirst(rest) {
		// "2019 AT 3.30 P.M.", "2024, 7.00 pm": a heading's date wrapped so
		// that its year starts the line, then the meeting's time
		return n, false
	}
	if w, _, _ := strings.Cut(rest, " "); !n.Label && strings.Contains(w, ")") && !strings.Contains(w, "(") {
		// "J. Delaney), Meetings Administrator": a list of names and
		// roles wrapped after an initial, the bracket closing what the
		// line before opened; no title starts by closing a bracket (after
		// a label, "Item 1: Ado) es", it is OCR's garble of one)
		return numbered{}, false
	}
	if len(n.Number) == 1 && !startsUpper(rest) {
		// one letter, "P 87 Apologies": not "B 12 of the report" wrapped to a line's start
		return numbered{}, false
	}
	if n.Number != "" { // after a prefix: a plain number, or a number and year ("CAB 12/23")
		switch {
		case strings.HasPrefix(family, "slash:") && n.Number[0] != '(':
			family = "slash:" + n.Number + " " + family[len("slash:"):]
		case family[0] != 'n' || strings.Contains(family, ".n"):
			return numbered{}, false
		default:
			family, key = "pfx:"+n.Number, key/30
		}
		token = n.Number + " " + token
	}
	switch {
	case yearAfter == "":
	case family == "item": // "Item 34 (25/26)": the label's family, the year printed with the number
		token += " " + yearAfter
	case family[0] != 'n' || strings.Contains(family, ".n"):
		return numbered{}, false
	default:
		family, key, token = "pfx:"+yearAfter, key/30, token+" "+yearAfter
	}
	n.Number, n.Family, n.Key, n.Sub, n.Gap, n.Rest = token, family, key, sub, gap, rest
	return n, true
}

// cutYearSuffix takes a council year in brackets off the start of after,
// the text after a minute's number: " (25/26)" or " (2025/26)", the
// second year the one after the first. It returns the year and what
// follows it.
func cutYearSuffix(after string) (year, rest string, ok bool) {
	if !strings.HasPrefix(after, " (") {
		return "", after, false
	}
	end := strings.IndexByte(after, ')')
	if end < 0 {
		return "", after, false
	}
	a, b, found := strings.Cut(after[2:end], "/")
	if !found || len(b) != 2 || len(a) != 2 && len(a) != 4 || digits(a, 4) < 0 || digits(b, 2) < 0 ||
		digits(b, 2) != (digits(a[len(a)-2:], 2)+1)%100 {
		return "", after, false
	}
	return after[1 : end+1], after[end+1:], true
}

// cutPrefixed takes the letters off a number such as "HWB 21", "LSC
// 14", "DNP/P 24/31" or "P 87": one to five capitals (with at most one
// "/", "&" or "-" between two of them: a committee of a body), a space,
// then a digit. One letter is never "A" or "I", which are words
// ("A 12 month lease"), and readNumber wants a capital after its number.
func cutPrefixed(s string) (prefix, rest string, ok bool) {
	upper := func(i int) bool { return i < len(s) && s[i] >= 'A' && s[i] <= 'Z' }
	i, letters, joins := 0, 0, 0
	for ; i < len(s) && i < 9; i++ {
		if upper(i) {
			letters++
		} else if strings.IndexByte("/&-", s[i]) >= 0 && joins == 0 && i > 0 && upper(i-1) && upper(i+1) {
			joins++
		} else {
			break
		}
	}
	if letters < 1 || letters > 5 || letters == 1 && (s[0] == 'A' || s[0] == 'I') ||
		i+1 >= len(s) || s[i] != ' ' || s[i+1] < '0' || s[i+1] > '9' || titleJoiner[s[:i]] {
		return "", s, false
	}
	return s[:i], s[i+1:], true
}

// titleJoiner are words of a title in capitals that a number may follow
// where the title wraps ("… FOR 16" / "AND 17 YEAR OLDS"): never a
// committee's letters.
var titleJoiner = map[string]bool{
	"AND": true, "OR": true, "THE": true, "FOR": true, "OF": true, "TO": true, "IN": true, "ON": true, "AT": true,
	"BY": true, "WITH": true, "FROM": true, "UNDER": true, "OVER": true, "AGED": true, "TOP": true, "ALL": true,
}

// scanYearRef reads a minute reference that carries the year inside it,
// at the start of s: a committee's capitals and a year in brackets,
// "CYP(25)14" or "EX(2025)7", or a council year and the year's running
// count joined by a hyphen, "2025/26-014" or "24/25-7", perhaps after a
// committee's capitals ("FC2025/26-014", "FC 24/25-7", "FC/24-25/041";
// countYearRef reads the other orders). It returns the reference, its
// family (what comes before the count), the count and the reference's
// length; end 0 when s does not start with one.
func scanYearRef(s string) (token, family string, key, end int) {
	i := 0
	for i < len(s) && i < 6 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	letters := i
	countAt := func(j int) int { // the length of a count of 1 to 4 digits at j, not followed by a digit
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j || k-j > 4 {
			return 0
		}
		return k - j
	}
	if letters >= 1 && letters <= 5 && i < len(s) && s[i] == '(' {
		// "CYP(25)14"
		j := i + 1
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if (k-j == 2 || k-j == 4) && k < len(s) && s[k] == ')' {
			if c := countAt(k + 1); c > 0 {
				end = k + 1 + c
				return s[:end], "pfx:" + s[:k+1], digits(s[k+1:end], 4), end
			}
		}
		return "", "", 0, 0
	}
	if letters > 5 {
		return "", "", 0, 0
	}
	if letters > 0 && i < len(s) && (s[i] == ' ' || s[i] == '/') {
		i++ // "FC 24/25-7", "FC/24-25/041"
	}
	// "2025/26-014", "24/25-7"
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if token, family, key, end := countYearRef(s, i, j); end > 0 {
		return token, family, key, end
	}
	if j-i != 2 && j-i != 4 || j+3 >= len(s) || s[j] != '/' || s[j+1] < '0' || s[j+1] > '9' || s[j+2] < '0' || s[j+2] > '9' || s[j+3] != '-' {
		return "", "", 0, 0
	}
	first, second := digits(s[j-2:j], 2), digits(s[j+1:j+3], 2)
	if second != (first+1)%100 { // a council year runs into the next
		return "", "", 0, 0
	}
	c := countAt(j + 4)
	if c == 0 {
		return "", "", 0, 0
	}
	end = j + 4 + c
	return s[:end], "yearspan:" + s[:j+3], digits(s[j+4:end], 4), end
}

// countYearRef reads the references scanYearRef reads where the council
// year is written with a hyphen or the count comes first: the count, a
// slash and the council year, "44/24-25" or "112/2024-25" (the second
// year the one after the first); the council year, a slash and the
// count, "24-25/041"; and a calendar year, a hyphen and the year's count
// in three digits, "2025-041" (never a span of years, "2025-26",
// "2025-35" or "2024-2025", nor a date, "2025-03-03").
// The digits that start the reference are s[i:j]. It returns what
// scanYearRef returns; end 0 when s[i:] starts with neither.
func countYearRef(s string, i, j int) (token, family string, key, end int) {
	digitsFrom := func(k int) int { // the length of the run of digits at k
		m := k
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		return m - k
	}
	if j == i || j >= len(s) {
		return "", "", 0, 0
	}
	switch s[j] {
	case '/': // "44/24-25"
		y := digitsFrom(j + 1)
		k := j + 1 + y
		if j-i > 4 || y != 2 && y != 4 || k+2 >= len(s) || s[k] != '-' || digitsFrom(k+1) != 2 {
			return "", "", 0, 0
		}
		if digits(s[k+1:k+3], 2) != (digits(s[k-2:k], 2)+1)%100 {
			return "", "", 0, 0
		}
		end = k + 3
		return s[:end], "countyear:" + s[:i] + s[j:end], digits(s[i:j], 4), end
	case '-':
		if (j-i == 2 || j-i == 4) && digitsFrom(j+1) == 2 && j+3 < len(s) && s[j+3] == '/' &&
			digits(s[j+1:j+3], 2) == (digits(s[j-2:j], 2)+1)%100 {
			// "24-25/041", "2024-25/041": the council year, then its count
			c := digitsFrom(j + 4)
			if c == 0 || c > 4 {
				return "", "", 0, 0
			}
			end = j + 4 + c
			return s[:end], "yearspan:" + s[:j+3], digits(s[j+4:end], 4), end
		}
		// "2025-041"
		c := digitsFrom(j + 1)
		if j-i != 4 || !yearLike(s[i:j]) || c != 3 || j+1+c < len(s) && s[j+1+c] == '-' {
			// two digits after the year are its span, "2025-26", "2025-35
			// Capital Programme"; four, "2024-2025"
			return "", "", 0, 0
		}
		count := s[j+1 : j+1+c]
		end = j + 1 + c
		return s[:end], "yearcount:" + s[:j], digits(count, 4), end
	}
	return "", "", 0, 0
}

// cutYearPrefix takes a municipal year in brackets off a minute number
// such as "(23/24) 45" or "(2023/24) 45": the year, a space, a digit.
func cutYearPrefix(s string) (prefix, rest string, ok bool) {
	end := strings.IndexByte(s, ')')
	if len(s) < 8 || s[0] != '(' || end < 6 || end+2 >= len(s) || s[end+1] != ' ' || s[end+2] < '0' || s[end+2] > '9' {
		return "", s, false
	}
	a, b, found := strings.Cut(s[1:end], "/")
	if !found || digits(b, 2) < 0 || len(b) != 2 || (len(a) != 2 && len(a) != 4) || digits(a, 4) < 0 {
		return "", s, false
	}
	return s[:end+1], s[end+2:], true
}

// fourDigits reports a number of four digits, perhaps with a letter: "1618", "1618a".
func fourDigits(t string) bool {
	return len(t) >= 4 && digits(t[:4], 4) >= 0 && (len(t) == 4 || len(t) == 5 && t[4] >= 'a' && t[4] <= 'z')
}

// yearLike reports a four-digit number that may be a year: 1900 to 2099.
func yearLike(t string) bool {
	v := digits(t[:4], 4)
	return v >= 1900 && v <= 2099
}

// clockFirst reports whether s starts with a clock time, perhaps after
// "at" or "commencing": "AT 3.30 P.M.", "at 18:30", "7.00 pm". What
// follows a year at a line's start in a wrapped date and time.
func clockFirst(s string) bool {
	s = strings.TrimLeft(s, ",–- \t")
	for _, w := range []string{"at ", "commencing at ", "commencing ", "starting at ", "@"} {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			s = strings.TrimLeft(s[len(w):], " \t")
			break
		}
	}
	if m := timePattern.FindStringIndex(s); m != nil && m[0] == 0 {
		return true
	}
	return clock24.MatchString(s)
}

// clock24 is a 24-hour clock time at the start of a string: "18:30", "10.00hrs".
var clock24 = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:hrs|hours|h)\b|\W*$|\s)`)

// capsWord reports whether s starts with a word in capitals: "APOLOGIES".
func capsWord(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return len(w) >= 2 && strings.ToUpper(w) == w && startsUpper(w)
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// cutLabel takes a label such as "Item", "Minute No." or "Agenda item"
// off the start of s, and returns it as printed ("" when there is none).
func cutLabel(s string) (rest, label string) {
	if s == "" || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return s, ""
	}
	for _, lab := range numberLabels {
		if len(s) <= len(lab) || !strings.EqualFold(s[:len(lab)], lab) {
			continue
		}
		r := s[len(lab):]
		if c := r[0]; c != ' ' && c != '.' && c != ':' && c != '\t' {
			continue
		}
		r = strings.TrimLeft(r, " .:\t")
		if lab != "no" { // "Minute No. 45", "Item No: 3", "Min. No. 4"
			if len(r) > 3 && strings.EqualFold(r[:2], "no") && (r[2] == '.' || r[2] == ' ' || r[2] == ':') {
				r = strings.TrimLeft(r[2:], " .:\t")
			}
		}
		if r != "" && (r[0] >= '0' && r[0] <= '9' || r[0] == '(' || r[0] >= 'A' && r[0] <= 'Z') {
			return r, strings.TrimRight(s[:len(s)-len(r)], " :\t")
		}
		return s, ""
	}
	return s, ""
}

// scanNumber returns the length of the number at the start of s: digits
// with dots or slashes between ("19.03.4", "23/045"), a letter after
// digits ("12a"), capitals before digits or a slash ("CPP/17/22", "A2"),
// a committee's dotted initials before digits ("P.R.101"), or letters for
// Roman numerals and lettered paragraphs ("IV", "b"). A full stop ends
// the number unless a digit follows it.
func scanNumber(s string) int {
	if n := dottedInitials(s); n > 0 {
		return n
	}
	i := 0
	for i < len(s) && i < 16 {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			i++
		case (c == '.' || c == '/') && i > 0 && i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || c == '/' && (s[i+1] >= 'A' && s[i+1] <= 'Z' || s[i+1] == 'l')):
			i++
		default:
			return i
		}
	}
	return i
}

// mendNumber reads a minute reference as OCR misreads it, "5/l4" or
// "1O/14", as "5/14" and "10/14" (to place it in its sequence; the
// number is shown as printed): when every part between slashes or
// full stops is digits once l, I and O are read as 1, 1 and 0, and the
// reference has a digit of its own. Anything else is returned as it is.
func mendNumber(t string) string {
	if !strings.ContainsAny(t, "lIO") || !strings.ContainsAny(t, "0123456789") {
		return t
	}
	if !strings.ContainsAny(t, "/.") {
		// "1O", "2l": a short plain number starting with a digit ("O1", "I2"
		// may be a part's letter and a number)
		if len(t) > 3 || t[0] < '0' || t[0] > '9' {
			return t
		}
		if m := strings.NewReplacer("l", "1", "I", "1", "O", "0").Replace(t); digits(m, 3) >= 0 {
			return m
		}
		return t
	}
	m := strings.NewReplacer("l", "1", "I", "1", "O", "0").Replace(t)
	for _, part := range strings.FieldsFunc(m, func(r rune) bool { return r == '/' || r == '.' }) {
		if digits(part, 4) < 0 {
			return t
		}
	}
	return m
}

// cutSeparator reads what separates a number from its title: nothing at
// the end of the line, else spaces, a tab, a dash or a table cell mark.
// A number glued to a word ("7.30pm", "2nd") is not an item number,
// except after a full stop or bracket and before a capital ("1.Apologies").
func cutSeparator(after string, punct byte) (rest string, gap, ok bool) {
	if after == "" {
		return "", false, true
	}
	c := after[0]
	if c != ' ' && c != '\t' {
		if (punct == '.' || punct == ')' || punct == ':' || punct == '(') && (c >= 'A' && c <= 'Z' || c == '|' || c == '"' || c == '\'') {
			return strings.TrimLeft(after, "| "), false, true
		}
		return "", false, false
	}
	spaces := 0
	i := 0
	for i < len(after) && (after[i] == ' ' || after[i] == '\t') {
		if after[i] == '\t' {
			spaces += 4
		} else {
			spaces++
		}
		i++
	}
	gap = spaces >= 3
	r := after[i:]
	if strings.HasPrefix(r, "| ") || r == "|" { // a cell mark from the PDF reader
		gap, r = true, strings.TrimLeft(r[1:], " \t")
	}
	for _, d := range []string{"-", "–", "—", ":"} {
		if punct == ' ' && strings.HasPrefix(r, d) && len(r) > len(d) && (r[len(d)] == ' ' || r[len(d)] == '\t') {
			gap = gap || r[len(d)] == '\t'
			r = strings.TrimLeft(r[len(d):], " \t")
			if strings.HasPrefix(r, "| ") { // "Item 1 – | Apologies": Word's numbering label, then its tab
				gap, r = true, strings.TrimLeft(r[1:], " \t")
			}
			break
		}
	}
	return r, gap, true
}

// classifyNumber tells a number's family, its key in that family and
// whether it is a sub-number.
func classifyNumber(t string, punct byte, label bool) (family string, key int, sub, ok bool) {
	mark := string(punct) // "." ")" ":" " ", or "()" for "(a)"
	style := "n" + mark
	if punct == '(' {
		mark, style = "()", "(n)"
	}
	if label {
		style = "item"
	}
	switch {
	case strings.LastIndexByte(t, '.') > strings.LastIndexByte(t, '/') && strings.Contains(t, "/"):
		// "OS.24/25.31": a committee's letters, the municipal year, then
		// the minute's number after the last full stop
		i := strings.LastIndexByte(t, '.')
		k := digits(t[i+1:], 4)
		if k < 0 || !yearRef(t[:i]) {
			return "", 0, false, false
		}
		return "yearref:" + t[:i], k, false, true
	case strings.Contains(t, "/"):
		i := strings.LastIndexByte(t, '/')
		k := digits(t[i+1:], 4)
		if k < 0 || i == 0 || !slashPrefix(t[:i]) {
			return "", 0, false, false
		}
		return "slash:" + t[:i], k, false, true
	case strings.Count(t, ".") == 2 && capsYearCount(t):
		i := strings.LastIndexByte(t, '.')
		return "pfx:" + t[:i], digits(t[i+1:], 4), false, true // "P.25.033": a committee's letters, the year, the count
	case strings.Contains(t, ".") && capsDotNumber(t):
		i := strings.LastIndexByte(t, '.')
		return "pfx:" + t[:i], digits(t[i+1:], 4), false, true // "P.123", "EX.45", "P.R.101": a committee's letters and a number
	case strings.Contains(t, "."):
		parts := strings.Split(t, ".")
		for _, p := range parts {
			if digits(p, 3) < 0 {
				return "", 0, false, false
			}
		}
		a, b := digits(parts[0], 3), digits(parts[1], 3)
		switch len(parts) {
		case 2:
			return "n.n", a*1000 + b, b != 0, true
		case 3:
			return "n.n.n:" + parts[0] + "." + parts[1], digits(parts[2], 3), false, true
		}
		return "n.n.n.n", 0, true, true
	case t[0] >= '0' && t[0] <= '9':
		j := 0
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		v := digits(t[:j], 4)
		switch {
		case v < 0:
			return "", 0, false, false
		case j == len(t):
			return style, v * 30, false, true
		case j == len(t)-1 && t[j] >= 'a' && t[j] <= 'z':
			return style, v*30 + int(t[j]-'a') + 1, false, true
		}
		return "", 0, false, false
	case len(t) >= 2 && len(t) <= 3 && t[0] >= 'A' && t[0] <= 'Z' && digits(t[1:], 2) >= 0:
		return "A1:" + t[:1], digits(t[1:], 2), false, true // "A2", "B1": Part A, item 2
	}
	if punct == ' ' && !label {
		return "", 0, false, false // a word, not a number: letters need "." or ")"
	}
	if v := romanValue(t); v > 0 && t == strings.ToUpper(t) {
		return "roman" + mark, v, false, true // "V." is also read as a letter (letterReading)
	}
	if v := romanValue(strings.ToUpper(t)); v > 0 && t == strings.ToLower(t) && len(t) > 1 {
		return "roman-lower" + mark, v, true, true
	}
	if len(t) == 1 {
		c := t[0] | 0x20
		return "letter" + mark, int(c - 'a'), true, true
	}
	return "", 0, false, false
}

// capsDotNumber reports a number such as "P.123" or "FGP.31": one to
// four capitals, a full stop, then digits; or a committee's dotted
// initials before the digits, "P.R.101".
func capsDotNumber(t string) bool {
	i := strings.IndexByte(t, '.')
	if i < 1 || i > 4 {
		return false
	}
	for k := 0; k < i; k++ {
		if t[k] < 'A' || t[k] > 'Z' {
			return false
		}
	}
	return digits(t[i+1:], 4) >= 0 || dottedInitials(t) == len(t)
}

// capsYearCount reports a reference such as "P.25.033" or "FGP.2025.14":
// one to four capitals, a full stop, a year (two digits, or four that
// may be a year), a full stop, then a count of two to four digits (a
// count of one digit, "C.12.1", is rather a paragraph of minute C.12).
func capsYearCount(t string) bool {
	head, rest, _ := strings.Cut(t, ".")
	year, count, _ := strings.Cut(rest, ".")
	if len(head) < 1 || len(head) > 4 || strings.Trim(head, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	if !(len(year) == 2 && digits(year, 2) >= 0 || len(year) == 4 && digits(year, 4) >= 0 && yearLike(year)) {
		return false
	}
	return len(count) >= 2 && digits(count, 4) >= 0
}

// dottedInitials returns the length of a number such as "P.R.101" or
// "D.C.45" at the start of s: two or three single capitals, each followed
// by a full stop, then one to four digits; 0 when s does not start with
// one. ("P.123", one capital, is read by scanNumber's loop.)
func dottedInitials(s string) int {
	i, initials := 0, 0
	for i+1 < len(s) && s[i] >= 'A' && s[i] <= 'Z' && s[i+1] == '.' {
		i, initials = i+2, initials+1
	}
	if initials < 2 || initials > 3 {
		return 0
	}
	j := i
	for j < len(s) && j-i < 5 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j-i > 4 {
		return 0
	}
	return j
}

// letterReading gives the second reading of a one-letter Roman numeral
// ("V.", "C."), as a letter in a lettered list.
func letterReading(family, number string) (string, int, bool) {
	if len(number) != 1 || !strings.HasPrefix(family, "roman") || strings.HasPrefix(family, "roman-lower") {
		return "", 0, false
	}
	return "letter" + strings.TrimPrefix(family, "roman"), int(number[0] - 'A'), true
}

// slashPrefix reports whether the part before a minute number's last
// slash is a reference: digits, or a few capitals and digits ("CPP/17",
// "PC23", "P/23").
func slashPrefix(p string) bool {
	if len(p) > 12 {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '/') {
			return false
		}
	}
	return true
}

// yearRef reports the head of a reference such as "OS.24/25.31": capitals
// and a full stop, perhaps, then a municipal year "24/25" or "2024/25".
func yearRef(p string) bool {
	if i := strings.IndexByte(p, '.'); i >= 0 {
		for j := 0; j < i; j++ {
			if p[j] < 'A' || p[j] > 'Z' {
				return false
			}
		}
		p = p[i+1:]
	}
	a, b, ok := strings.Cut(p, "/")
	return ok && (len(a) == 2 || len(a) == 4) && digits(a, 4) >= 0 && len(b) == 2 && digits(b, 2) >= 0
}

// digits reads s as a number of at most max digits; -1 otherwise.
func digits(s string, max int) int {
	if s == "" || len(s) > max {
		return -1
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
	}
	v, _ := strconv.Atoi(s)
	return v
}

// romanValue reads a Roman numeral written in canonical form ("IV", not
// "IIII"), up to 150; 0 when s is not one.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 150 || toRoman(total) != s {
		return 0
	}
	return total
}

// toRoman writes n as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// stepSize is how many numbers a step from key a to key b of one family
// moves on: 1 for 29 to 30, 5.1 to 5.2 or 5.3 to 6.1.
func stepSize(family string, a, b int) int {
	switch {
	case family == "A1:*":
		if a/100 == b/100 {
			return b%100 - a%100
		}
		return b/100 - a/100
	case family == "n.n":
		if a/1000 == b/1000 {
			return b%1000 - a%1000
		}
		return b/1000 - a/1000
	case strings.HasPrefix(family, "slash:"), strings.HasPrefix(family, "n.n.n"), strings.HasPrefix(family, "pfx:"), strings.HasPrefix(family, "roman"),
		strings.HasPrefix(family, "letter"), strings.HasPrefix(family, "A1:"), strings.HasPrefix(family, "ref"), strings.HasPrefix(family, "yearspan:"):
		return b - a
	}
	d := b/30 - a/30 // plain numbers: 12, 12a, 13
	if d == 0 {
		return 1
	}
	return d
}
