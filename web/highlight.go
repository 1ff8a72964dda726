package web

import (
	"html"
	"html/template"
	"strings"
	"unicode"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// safeSnippet renders a snippet from the Searcher, which should be escaped
// text with matches in <mark></mark>, without trusting it: the text between
// the tags is unescaped and escaped again, so anything but balanced <mark>
// tags comes out as visible text.
func safeSnippet(s string) template.HTML {
	var b strings.Builder
	open := false
	for s != "" {
		i := strings.Index(s, "<")
		tag := ""
		switch {
		case i < 0:
			i = len(s)
		case strings.HasPrefix(s[i:], "<mark>"):
			tag = "<mark>"
		case strings.HasPrefix(s[i:], "</mark>"):
			tag = "</mark>"
		default:
			i++ // a lone "<" is text
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(s[:i])))
		s = s[i:]
		if tag == "" {
			continue
		}
		s = s[len(tag):]
		if (tag == "<mark>") != open { // only balanced, non-nested tags
			b.WriteString(tag)
			open = !open
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// queryTerms returns the stems of the words a query string searches for:
// plain words and the words of phrases, without excluded (-) words, field
// names, operators or wildcards.
func queryTerms(q string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, tok := range strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) }) {
		if strings.HasPrefix(tok, "-") || tok == "OR" || tok == "AND" || tok == "NOT" {
			continue
		}
		if _, v, ok := strings.Cut(tok, ":"); ok {
			tok = v
		}
		for _, w := range words(tok) {
			st := stem(w)
			if len(st) > 1 && !seen[st] {
				seen[st] = true
				terms = append(terms, st)
			}
		}
	}
	return terms
}

// highlight escapes text and marks every word whose stem is one of terms.
func highlight(text string, terms []string) template.HTML {
	if len(terms) == 0 {
		return template.HTML(template.HTMLEscapeString(text))
	}
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
	}
	var b strings.Builder
	start := -1 // start of the current word, or -1
	flush := func(end int) {
		w := text[start:end]
		if want[stem(w)] {
			b.WriteString("<mark>" + template.HTMLEscapeString(w) + "</mark>")
		} else {
			b.WriteString(template.HTMLEscapeString(w))
		}
		start = -1
	}
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
		b.WriteString(template.HTMLEscapeString(string(r)))
	}
	if start >= 0 {
		flush(len(text))
	}
	return template.HTML(b.String())
}

// paragraphs splits text on blank lines and highlights each paragraph.
func paragraphs(text string, terms []string) []template.HTML {
	var out []template.HTML
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, highlight(p, terms))
		}
	}
	return out
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func stem(w string) string { return porterstemmer.StemString(strings.ToLower(w)) }
