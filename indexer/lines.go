package indexer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of a document as the structure search sees it: its
// text without Markdown marks, and what is known of its look. Text
// formats give bold and heading marks; PDFs give size, indentation and
// gaps (see pdfLines).
//
// A document has a line value per line, so it is kept small: a 25 MB
// text has half a million of them.
type line struct {
	Text    string  // the line, trimmed, without Markdown heading, emphasis and escape marks
	Content string  // Text without a leading bullet (shares Text's memory)
	Lead    string  // the text of an emphasis run that opens the line ("**Apologies.** Cllr…"), if any
	Indent  float32 // leading spaces (text) or ems from the usual left margin (PDF)
	Size    float32 // font size relative to body text (PDF); 0 when unknown
	Tab     float32 // ems of a wide gap after the first word (PDF); 0 when none
	Page    int32   // PDF page, from 1; 0 when unknown
	Level   int8    // a heading's level, 1 to 6
	Heading bool    // a Markdown heading (# ...), or an HTML heading
	Bold    bool    // the whole line is bold
	Bullet  bool    // starts with a bullet or list dash
	Front   bool    // part of a YAML front matter block
	Para    bool    // starts a paragraph (PDF)
}

var (
	// Markdown emphasis marks around a run of text.
	mdEmphasis = regexp.MustCompile(`\*{1,3}([^*\n]+?)\*{1,3}|\b__([^_\n]+?)__\b`)
	// Underscores of emphasis left unpaired, at a word's start or end.
	strayUnderscores = regexp.MustCompile(`(^|\s)__+(\pL)|(\pL)__+(\s|$|[.,;:])`)
	// A Markdown link: its text is kept, its target dropped.
	mdLink = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)`)
	// Inline HTML tags left in Markdown made from PDFs or pages.
	inlineTag = regexp.MustCompile(`(?i)</?(?:small|big|br|b|i|u|em|strong|span|sup|sub|font|div|p)\b[^<>]{0,80}>`)
	// An HTML heading on a line of its own: `<h3 class="wp-block-heading">24/101 Apologies</h3>`.
	htmlHeading = regexp.MustCompile(`(?i)^<h([1-6])\b[^<>]{0,200}>(.*?)</h[1-6]>\s*$`)
	// A bullet or list marker at the start of a line.
	bulletPrefix = regexp.MustCompile(`^(?:[-*+•·▪●◦o§]\s+|[-•·▪●◦]\s*$)`)
)

// ruleLine is a Markdown thematic break, or a line of dashes or stars
// drawn across a text: "---", "* * *", "___", "----------- ------".
var ruleLine = regexp.MustCompile(`^(?:[-*_][ \t]*){3,}$`)

// isRule reports a line that is a rule (see ruleLine).
func isRule(t string) bool {
	return len(t) >= 3 && strings.Trim(t, "-*_ \t") == "" && ruleLine.MatchString(t)
}

// readLines cuts text into lines, cleans each (cleanLine) and reads its
// Markdown marks. The lines share the memory of s where nothing changed.
func readLines(s string) []line {
	out := make([]line, 0, strings.Count(s, "\n")+1)
	forEachLine(s, func(raw string) {
		out = append(out, parseLine(cleanLine(raw)))
	})
	markFrontMatter(out)
	collapsePlaceholders(out)
	markSetextHeadings(out)
	joinNumberColumn(out)
	return out
}

// markSetextHeadings reads Markdown's underlined headings: a line under
// a line of "=" is a heading; under "---" only when it is short and
// stands apart (a rule after a paragraph is a page break in Markdown made
// from PDFs). The underline is kept as a blank line.
func markSetextHeadings(ls []line) {
	for i := 1; i < len(ls); i++ {
		t := ls[i].Text
		if len(t) < 3 || strings.Trim(t, "=") != "" && strings.Trim(t, "-") != "" {
			continue
		}
		prev := &ls[i-1]
		if prev.Text == "" || prev.Heading || prev.Front || prev.Bullet {
			continue
		}
		if t[0] == '-' && (strings.Count(prev.Text, " ") > 8 || i >= 2 && ls[i-2].Text != "" ||
			strings.HasSuffix(prev.Text, ".") || pageNumberNext(ls, i+1)) {
			continue // a page break: after a sentence's end ("Beirut."), or before a page number
		}
		prev.Heading, prev.Level = true, 1
		if t[0] == '-' {
			prev.Level = 2
		}
		ls[i] = line{Page: ls[i].Page}
	}
}

// pageNumberNext reports whether the first non-blank line from i is a
// number alone, as the page number after a page break.
func pageNumberNext(ls []line, i int) bool {
	for ; i < len(ls); i++ {
		if t := ls[i].Text; t != "" {
			return len(t) <= 3 && strings.Trim(t, "0123456789") == ""
		}
	}
	return false
}

// parseLine reads one cleaned line: indentation, Markdown heading marks,
// escapes, links, inline tags, emphasis and bullets.
func parseLine(r string) line {
	var l line
	i := 0
	for i < len(r) && (r[i] == ' ' || r[i] == '\t') {
		if r[i] == '\t' {
			l.Indent += 4
		} else {
			l.Indent++
		}
		i++
	}
	r = r[i:]
	if l.Indent <= 3 && strings.HasPrefix(r, "#") {
		n := 0
		for n < len(r) && n < 7 && r[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(r) || r[n] == ' ' || r[n] == '\t') {
			l.Heading, l.Level = true, int8(n)
			r = strings.TrimLeft(r[n:], " \t")
			r = strings.TrimRight(strings.TrimRight(r, "#"), " \t") // closing marks: "## Title ##"
		}
	}
	if m := htmlHeading.FindStringSubmatch(r); m != nil && l.Indent <= 3 {
		// an HTML heading left in Markdown (a WordPress export's blocks)
		l.Heading, l.Level = true, int8(m[1][0]-'0')
		r = m[2]
	}
	if strings.HasPrefix(r, ">") { // a quote: "> RESOLVED that…"
		r = strings.TrimLeft(strings.TrimLeft(r, ">"), " \t")
	}
	if strings.IndexByte(r, '\\') >= 0 {
		r = unescapeMarkdown(r)
	}
	if strings.Contains(r, "](") {
		r = mdLink.ReplaceAllString(r, "$1")
	}
	if strings.IndexByte(r, '<') >= 0 {
		r = inlineTag.ReplaceAllString(r, " ")
	}
	if strings.IndexByte(r, '*') >= 0 || strings.Contains(r, "__") {
		t := strings.TrimSpace(r)
		l.Lead = leadingEmphasis(t)
		wrapped := (strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && len(t) > 4) ||
			(strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__") && len(t) > 4)
		r = mdEmphasis.ReplaceAllString(r, "$1$2")
		l.Bold = wrapped && strings.Trim(r, "*_ ") != ""
		if strings.Contains(r, "**") && !isRule(strings.TrimSpace(r)) {
			// bold opened on one line and closed on another
			r = strings.ReplaceAll(r, "**", "")
		}
		if strings.Contains(r, "__") { // "__Dalton’s Cross": one mark of a pair, not a form's blank
			r = strayUnderscores.ReplaceAllString(r, "$1$2$3$4")
		}
		if strings.Contains(r, "__") && !isRule(strings.TrimSpace(r)) {
			r = formBlanks(r)
		}
	}
	l.Text = strings.TrimSpace(r)
	l.Content = l.Text
	if r0, _ := utf8.DecodeRuneInString(l.Text); strings.ContainsRune("-*+•·▪●◦o§", r0) {
		if loc := bulletPrefix.FindStringIndex(l.Text); loc != nil {
			l.Bullet = true
			l.Content = strings.TrimSpace(l.Text[loc[1]:])
		}
	}
	return l
}

// formBlanks writes each run of underscores that stands apart from words
// ("Signed: ________ Chairman", "Dated this ____ day of", a converter's
// "(b) __ traffic") as "…": a blank left to fill, or an underline, not
// text, which a snippet showed raw. A line of underscores alone is a rule
// and is left to isRule.
func formBlanks(r string) string {
	var b strings.Builder
	for {
		i := strings.Index(r, "__")
		if i < 0 {
			b.WriteString(r)
			return b.String()
		}
		j := i
		for j < len(r) && r[j] == '_' {
			j++
		}
		before, _ := utf8.DecodeLastRuneInString(r[:i])
		after, _ := utf8.DecodeRuneInString(r[j:])
		apart := func(c rune) bool { return c == utf8.RuneError || !(unicode.IsLetter(c) || unicode.IsDigit(c)) }
		b.WriteString(r[:i])
		if apart(before) && apart(after) {
			b.WriteString("…")
		} else {
			b.WriteString(r[i:j])
		}
		r = r[j:]
	}
}

// leadingEmphasis returns the text of a bold or italic run that starts a
// line, after at most a number ("112. **Apologies.** Cllr Gray…") or a
// short first cell ("Min 24/117 | **Planning.** (a) …"), when
// text follows it; "" otherwise.
func leadingEmphasis(t string) string {
	i := strings.Index(t, "**")
	if i < 0 || i > 12 && !(i <= 24 && strings.HasSuffix(t[:i], " | ")) { // after a short first cell: "Min 24/117 | **Planning.** (a) …"
		return ""
	}
	j := strings.Index(t[i+2:], "**")
	if j <= 0 {
		return ""
	}
	lead := strings.TrimSpace(t[i+2 : i+2+j])
	if strings.TrimSpace(strings.Trim(t[i+2+j:], "*_ ")) == "" || strings.Contains(lead, "*") {
		return "" // the whole line is bold: Bold says so
	}
	return lead
}

// unescapeMarkdown removes Markdown's backslash escapes before
// punctuation: "8\." is "8.", "\*" is "*".
func unescapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~'\"", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// markFrontMatter marks a YAML front matter block at the top of a
// Markdown file: "---", lines of "key: value", "---".
func markFrontMatter(ls []line) {
	start := 0
	for start < len(ls) && ls[start].Text == "" {
		start++
	}
	if start >= len(ls) || ls[start].Text != "---" {
		return
	}
	keys, other := 0, 0
	for j := start + 1; j < len(ls) && j <= start+60; j++ {
		t := ls[j].Text
		if t == "---" || t == "..." {
			if keys == 0 || other > keys {
				return
			}
			for k := start; k <= j; k++ {
				ls[k].Front = true
			}
			return
		}
		switch {
		case t == "":
		case isYAMLKey(t):
			keys++
		default:
			other++ // a wrapped value or a list entry
		}
	}
}

// isYAMLKey reports a "key: value" line of front matter.
func isYAMLKey(t string) bool {
	i := strings.IndexByte(t, ':')
	if i <= 0 || i > 40 || (i+1 < len(t) && t[i+1] != ' ') {
		return false
	}
	for _, r := range t[:i] {
		if !(r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// frontValue returns the value of key in the front matter lines, unquoted.
func frontValue(ls []line, key string) string {
	for _, l := range ls {
		if !l.Front {
			if l.Text != "" {
				break
			}
			continue
		}
		if k, v, ok := strings.Cut(l.Text, ":"); ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// joinLines joins lines into paragraphs of text: blank lines collapse to
// one and the result is trimmed.
func joinLines(ls []line) string {
	n := 0
	for _, l := range ls {
		n += len(l.Text) + 2
	}
	var b strings.Builder
	b.Grow(n)
	blank := false
	for _, l := range ls {
		t := l.Text
		if t == "" || isRule(t) { // a rule ("---", "* * *") breaks a paragraph; it is no text
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(t)
	}
	return b.String()
}
