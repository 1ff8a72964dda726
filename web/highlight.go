package web

import (
	"html"
	"html/template"
	"strings"

	"github.com/councilminutes/minutes/search/query"
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

// highlight escapes text and marks the words a query matched in it: the
// spans its marker (query.Marker) finds, so that a page marks the same
// words the search matched.
func highlight(text, field string, m *query.Marker) template.HTML {
	var b strings.Builder
	last := 0
	for _, sp := range m.Spans(field, text) {
		b.WriteString(template.HTMLEscapeString(text[last:sp[0]]))
		b.WriteString("<mark>" + template.HTMLEscapeString(text[sp[0]:sp[1]]) + "</mark>")
		last = sp[1]
	}
	b.WriteString(template.HTMLEscapeString(text[last:]))
	return template.HTML(b.String())
}

// paragraphs splits text on blank lines and highlights each paragraph.
func paragraphs(text, field string, m *query.Marker) []template.HTML {
	var out []template.HTML
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, highlight(p, field, m))
		}
	}
	return out
}
