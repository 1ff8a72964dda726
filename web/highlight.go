package web

import (
	"html"
	"html/template"
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// safeSnippet renders a snippet from the Searcher, which should be escaped
// text with matches in <mark></mark>, without trusting it: the text between
// the tags is unescaped and escaped again, so anything but balanced <mark>
// tags comes out as visible text.
func safeSnippet(s string) template.HTML {
	s = symbolGlyphs.Replace(s)
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

// paragraphs reflows text (reflow) and highlights each paragraph.
func paragraphs(text, field string, m *query.Marker) []textBlock {
	text = symbolGlyphs.Replace(text)
	var out []textBlock
	for _, p := range reflow(text) {
		if loc := bulletMark.FindStringIndex(p); loc != nil {
			b := highlight(p[loc[1]:], field, m)
			if n := len(out); n > 0 && out[n-1].Bullets != nil {
				out[n-1].Bullets = append(out[n-1].Bullets, b)
			} else {
				out = append(out, textBlock{Bullets: []template.HTML{b}})
			}
			continue
		}
		out = append(out, textBlock{Para: highlight(p, field, m)})
	}
	return out
}

// textBlock is what an item page shows of its text: a paragraph, or a
// run of bulleted lines as one list.
type textBlock struct {
	Para    template.HTML
	Bullets []template.HTML
}

// bulletMark is the marker of a bulleted line: the "- " the readers of
// HTML and Markdown write for a list item, or a bullet a PDF printed. A
// page shows the line in a list, not the marker as typed.
var bulletMark = regexp.MustCompile(`^[-*•▪‣◦·–➢❖■□]\s+`)

// decisionView is a decision as a page shows it: its opening words and
// its parts, each highlighted.
type decisionView struct {
	Intro template.HTML
	Parts []template.HTML
	// Meta says how it was taken: the kind of decision, the counts of a
	// vote and its result, who proposed and seconded (decisionMeta).
	Meta string
}

// decisionViews splits decisions into their parts (decisionParts) and
// highlights them; details, when given one per decision, say how each
// was taken.
func decisionViews(decisions []string, details []schema.Decision, m *query.Marker) []decisionView {
	var out []decisionView
	for i, d := range decisions {
		intro, parts := decisionParts(d)
		v := decisionView{Intro: highlight(intro, "decisions", m)}
		if len(details) == len(decisions) {
			v.Meta = decisionMeta(details[i])
		}
		for _, p := range parts {
			v.Parts = append(v.Parts, highlight(p, "decisions", m))
		}
		out = append(out, v)
	}
	return out
}
