package indexer

import (
	"slices"
	"strings"
	"unicode"
)

// Some minutes print a minute's number after its title rather than
// before it: in brackets ("APOLOGIES FOR ABSENCE (25/31)"), at a
// right-hand tab or in a right-hand margin column ("Chair's
// Announcements | Minute 31/25", "TITLE | 52.", an OCR line's "APOLOGIES
// <spaces> H.41"), after the title's last word ("… Public Minute 38/25"),
// or on a line of its own below the title ("Minute 14/25"). The
// structure search reads numbers at a line's start, so
// moveTrailingNumbers puts each such number before its title, where the
// search finds it, when the document shows the pattern consistently:
// several headings close with a reference of the same shape. One
// reference in the text ("as set out in Minute 19/25") makes no item.

// minTrailing is the fewest headings closed by a reference of one shape
// that make the pattern.
const minTrailing = 3

// trailing is a reference read at the end of a heading.
type trailing struct {
	line  int    // the line the reference is printed on
	first int    // the heading's first line
	cut   int    // where the reference, with what sets it apart, starts on its line
	ref   string // the reference as it is put before the title: "Minute 31/25", "25/31", "H.41", "52."
	form  string // its shape, digits as 9: "minute 9/9", "h.9"
	weak  bool   // a plain number after one space ("URGENT BUSINESS 58."): taken only in a pattern the others make
}

// moveTrailingNumbers finds the headings whose number is printed after
// the title and moves each number before its heading's first line,
// leaving the title without it (a reference on a line of its own leaves
// a blank line).
func moveTrailingNumbers(ls []line) {
	var found []trailing
	for i := range ls {
		if t, ok := trailingAt(ls, i); ok {
			found = append(found, t)
		}
	}
	if len(found) < minTrailing {
		return
	}
	counted := map[string]int{} // references of one count before the slash: "25/31", "25/32"
	for _, t := range found {
		if a, _, ok := strings.Cut(t.ref, "/"); ok {
			counted[a]++
		}
	}
	found = slices.DeleteFunc(found, func(t trailing) bool {
		// "Budget Monitoring (2024/25)": a year, unless the references
		// count on from one year ("(25/26)" among "(25/24)", "(25/25)")
		a, _, _ := strings.Cut(t.ref, "/")
		return !strings.Contains(t.ref, " ") && yearSpan(t.ref) && counted[a] < minTrailing
	})
	forms := map[string]map[string]bool{} // the distinct references of each shape
	listed := map[string]int{}            // how many follow the one before with no text between: a list, a table
	for k, t := range found {
		if forms[t.form] == nil {
			forms[t.form] = map[string]bool{}
		}
		if !t.weak {
			forms[t.form][t.ref] = true
		}
		if k > 0 && found[k-1].form == t.form && nextNonBlank(ls, found[k-1].line+1, 1) == t.first {
			listed[t.form]++
		}
	}
	for _, t := range found {
		if n := len(forms[t.form]); n < minTrailing || listed[t.form]*2 >= n {
			continue
		}
		// the heading's lines joined on its first, the number before them:
		// the title is whole however its lines look
		parts := []string{t.ref}
		for k := t.first; k < t.line; k++ {
			parts = append(parts, ls[k].Text)
		}
		if head := strings.TrimRight(ls[t.line].Text[:t.cut], " \t|.…"); head != "" {
			parts = append(parts, head)
		}
		f := &ls[t.first]
		f.Text = strings.Join(parts, " ")
		f.Content, f.Lead = f.Text, "" // the emphasis read before the move no longer opens the line
		for k := t.first + 1; k <= t.line; k++ {
			ls[k] = line{Page: ls[k].Page}
		}
	}
}

// trailingAt reads a reference closing a heading at line i: at the end
// of the line (after a bracket, a cell mark, a wide space or a label) or
// alone on the line under the heading.
func trailingAt(ls []line, i int) (trailing, bool) {
	t := ls[i].Text
	if t == "" || ls[i].Bullet || ls[i].Front || len(t) > 160 {
		return trailing{}, false
	}
	cut, ref, ok := trailingRef(t)
	weak := false
	if !ok && (ls[i].Bold || isCaps(t)) {
		cut, ref, ok = spacedNumber(t)
		weak = ok
	}
	if !ok || refLine.MatchString(strings.TrimSpace(t[cut:])) {
		return trailing{}, false // "(Item 4)": the agenda's reference, read with the title (refAfter)
	}
	head := strings.TrimRight(t[:cut], " \t|.…")
	first := i
	if head == "" {
		// a reference alone on its line: the heading is the line above
		// (a blank line, a page's break, between them at most)
		j := prevNonBlank(ls, i-1, 2)
		if j < 0 || !trailHeadLine(ls[j].Text) || !setApartAbove(ls, j, i) {
			return trailing{}, false
		}
		first = j
	} else if !trailHeadLine(head) {
		return trailing{}, false
	}
	// a title wrapped over lines above: lines of the same look, the
	// heading's first one after a blank line or a change of look
	for k := 0; k < 2; k++ {
		p := first - 1
		if p < 0 || ls[p].Text == "" || !sameLook(ls[p], ls[first]) || !trailHeadLine(ls[p].Text) {
			break
		}
		if _, numbered := readNumber(ls[p].Text); numbered {
			return trailing{}, false
		}
		first = p
	}
	if p := first - 1; p >= 0 && ls[p].Text != "" && sameLook(ls[p], ls[first]) && ls[p].Page == ls[first].Page {
		return trailing{}, false // a line inside a paragraph, not a heading
	}
	if _, numbered := readNumber(ls[first].Text); numbered && !(first == i && head == "") {
		// the title has its number before it: what follows is another
		// reference (a wrapped title's second line may start with one:
		// "No. 7 (HOLLINGWORTH)   H.46")
		return trailing{}, false
	}
	title := ""
	for k := first; k < i; k++ {
		title += ls[k].Text + " "
	}
	title += head
	if !titleLike(title, 25, false) {
		return trailing{}, false
	}
	return trailing{line: i, first: first, cut: cut, ref: ref, form: refForm(ref), weak: weak}, true
}

// spacedNumber reads a plain number with its stop after the title's
// last word and one space, "URGENT BUSINESS 58.", as a margin column
// reads where the title is short.
func spacedNumber(t string) (cut int, ref string, ok bool) {
	i := strings.LastIndexByte(t, ' ')
	if i <= 0 || !strings.HasSuffix(t, ".") {
		return 0, "", false
	}
	n, ok := readNumber(t[i+1:])
	if !ok || n.Rest != "" || n.Label || plainNumber(n.Number) == "" || len(n.Number) > 3 {
		return 0, "", false
	}
	return i, refText(n), true
}

// referenceOnly reports a line that is a labelled or bracketed reference
// and nothing else: "Minute 14/25", "(25/36)".
func referenceOnly(t string) bool {
	cut, _, ok := trailingRef(t)
	return ok && strings.TrimSpace(t[:cut]) == ""
}

// trailingRef reads the reference at the end of t and where it starts
// (with its bracket, cell mark or spaces): a bracketed reference that
// is not a plain number ("(25/31)", "(Minute 31)"); any number after a
// cell mark or a wide space ("| 52.", "   H.41"); a labelled number
// ("Minute 38/25").
func trailingRef(t string) (cut int, ref string, ok bool) {
	t = strings.TrimRight(t, " \t")
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i >= 0 && (i == 0 || t[i-1] == ' ') {
			inner := t[i+1 : len(t)-1]
			if n, ok := readNumber(inner); ok && n.Rest == "" && (n.Label || plainNumber(n.Number) == "") {
				return i, refText(n), true
			}
		}
		return 0, "", false
	}
	// a plain number needs its stop ("| 52."): a page number at a
	// right-hand tab ("Minutes of the last meeting | 5") has none
	stop := strings.HasSuffix(t, ".")
	if i := strings.LastIndex(t, " | "); i >= 0 {
		if n, ok := readNumber(t[i+3:]); ok && n.Rest == "" && !n.Sub && (n.Label || plainNumber(n.Number) == "" || stop) {
			return i, refText(n), true
		}
	}
	if i := strings.LastIndex(t, "   "); i >= 0 {
		if n, ok := readNumber(strings.TrimLeft(t[i:], " ")); ok && n.Rest == "" && !n.Sub && (n.Label || plainNumber(n.Number) == "" || stop) {
			return i, refText(n), true
		}
	}
	// a label after the title's last word: "… Public Minute 38/25"; or alone
	lower := ""
	for _, lab := range []string{"minute", "min", "item"} {
		if lower == "" {
			if !strings.ContainsAny(t, "0123456789") {
				break // no number at all
			}
			lower = asciiLower(t) // the same length as t: its indexes are t's
		}
		i := strings.LastIndex(lower, lab)
		if i < 0 || i > 0 && t[i-1] != ' ' {
			continue
		}
		if n, ok := readNumber(t[i:]); ok && n.Label && n.Rest == "" {
			return i, refText(n), true
		}
	}
	return 0, "", false
}

// yearSpan reports a financial or municipal year, "2024/25" or "24/25",
// which closes titles ("Budget Monitoring (2024/25)") as no number does;
// after a label ("Minute 24/25") it is a number.
func yearSpan(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	return ok && (len(a) == 2 || len(a) == 4) && len(b) == 2 && digits(a, 4) >= 0 && digits(b, 2) >= 0 &&
		digits(b, 2) == (digits(a[len(a)-2:], 2)+1)%100
}

// asciiLower is s with its ASCII capitals in lower case, byte for byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// refText is a reference as it goes before its title.
func refText(n numbered) string {
	if n.Said != "" {
		return n.Said + " " + n.Number
	}
	if plainNumber(n.Number) != "" {
		return n.Number + "." // "52." in a margin column
	}
	return n.Number
}

// refForm is a reference's shape: lower case, each run of digits a 9
// ("Minute 9/25" and "Minute 10/25" are of one shape).
func refForm(ref string) string {
	var b strings.Builder
	digit := false
	for _, r := range ref {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('9')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// trailHeadLine reports text that may be (part of) a heading: short, from
// a capital or a digit, not ending a sentence.
func trailHeadLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.Count(t, " ") > 20 {
		return false
	}
	r := r0(strings.TrimLeft(t, `'"‘“(`))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// sameLook reports two lines set alike: both bold or both not, both in
// capitals or both not.
func sameLook(a, b line) bool {
	return a.Bold == b.Bold && mostlyCaps(a.Text) == mostlyCaps(b.Text) && (a.Size == 0 || b.Size == 0 || a.Size == b.Size)
}

// mostlyCaps reports a line in capitals but for a few letters: a
// heading's wrapped line "No. 7 (HOLLINGWORTH)".
func mostlyCaps(s string) bool {
	letters, lower := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return letters >= 4 && lower*5 <= letters
}

// setApartAbove reports a heading at line j, above a reference alone on
// line i, set apart from the text under the reference (bold, capitals or
// a heading over plain text): the reference is the number under its
// title, not one over the next title ("Minute 14/25" / "APOLOGIES").
func setApartAbove(ls []line, j, i int) bool {
	k := nextNonBlank(ls, i+1, 2)
	if k < 0 || referenceOnly(ls[k].Text) {
		return false
	}
	h, b := ls[j], ls[k]
	return h.Bold && !b.Bold || h.Heading && !b.Heading || isCaps(h.Text) && !isCaps(b.Text) && !b.Bold
}

// prevNonBlank returns the index of the nearest non-blank line at or
// before from, within limit lines, or -1.
func prevNonBlank(ls []line, from, limit int) int {
	for j := from; j >= 0 && j >= from-limit; j-- {
		if ls[j].Text != "" {
			return j
		}
	}
	return -1
}
