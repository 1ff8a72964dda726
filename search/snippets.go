package search

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// Snippets are made by reading a hit's text again: the query's marker
// (query.Marker, the same that item pages use) finds the words the query
// matches, and bleve's html highlighter cuts and marks the fragments
// around them. The index therefore keeps no term offsets for snippets.

// snippetFields are highlighted, best first: what was decided, then the
// minute, the agenda text and the title.
var snippetFields = []string{engine.FieldDecisions, engine.FieldText, engine.FieldAgenda, engine.FieldTitle, engine.FieldHeading}

// Snippet limits.
const (
	maxSnippets      = 3
	fallbackSnippetN = 200 // runes of plain text when nothing is highlighted
)

// newHighlighter returns bleve's html highlighter (fragments of 200
// characters, matches in <mark>, the rest HTML-escaped).
func newHighlighter() (highlight.Highlighter, error) {
	return bleve.Config.Cache.HighlighterNamed("html")
}

// snippets picks up to maxSnippets marked fragments of an item's fields,
// each showing a passage the others do not, or, when the marker marks nothing (or is nil), the escaped start of the
// text.
func snippets(hl highlight.Highlighter, m *query.Marker, title, heading string, b engine.ItemBody) []string {
	out := []string{}
	if m != nil && hl != nil {
		frags := fragments(hl, m, title, heading, b)
		seen := map[string]bool{}
		for _, field := range snippetFields {
			if (field == engine.FieldTitle || field == engine.FieldHeading) && len(out) > 0 {
				break // the title is shown anyway
			}
			for _, frag := range frags[field] {
				if len(out) == maxSnippets || !strings.Contains(frag, "<mark>") || seen[frag] || repeatsPassage(frag, out) {
					continue
				}
				seen[frag] = true
				out = append(out, strings.TrimSpace(frag))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	text := b.Text
	if text == "" {
		text = b.Agenda
	}
	if text = strings.TrimSpace(text); text == "" {
		return out
	}
	return []string{html.EscapeString(truncate(text, fallbackSnippetN))}
}

// fragments runs the highlighter over each field with the marker's spans
// as the term locations, as bleve would with those of the index.
func fragments(hl highlight.Highlighter, m *query.Marker, title, heading string, b engine.ItemBody) map[string][]string {
	doc := document.NewDocument("")
	dm := &bsearch.DocumentMatch{Locations: bsearch.FieldTermLocationMap{}}
	add := func(field, value string, ap []uint64) {
		spans := m.Spans(field, value)
		if len(spans) == 0 {
			return
		}
		doc.AddField(document.NewTextField(field, ap, []byte(value)))
		tlm := dm.Locations[field]
		if tlm == nil {
			tlm = bsearch.TermLocationMap{}
			dm.Locations[field] = tlm
		}
		for i, sp := range spans {
			term := strings.ToLower(value[sp[0]:sp[1]])
			tlm[term] = append(tlm[term], &bsearch.Location{Pos: uint64(i + 1), Start: uint64(sp[0]), End: uint64(sp[1]), ArrayPositions: ap})
		}
	}
	add(engine.FieldTitle, title, nil)
	add(engine.FieldHeading, heading, nil)
	add(engine.FieldAgenda, b.Agenda, nil)
	add(engine.FieldText, b.Text, nil)
	for i, d := range b.Decisions {
		add(engine.FieldDecisions, d, []uint64{uint64(i)})
	}
	for field := range dm.Locations {
		hl.BestFragmentsInField(dm, doc, field, 1)
	}
	return dm.Fragments
}

// truncate cuts s, its runs of spaces made one space, to about n runes
// at a space, adding "…". It reads s only as far as it shows: a hit's
// text may be many kilobytes, and collapsing all of it was a fifth of a
// filtered search without highlighting.
func truncate(s string, n int) string {
	var b strings.Builder
	runes := 0
	for word := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
			runes++
		}
		b.WriteString(word)
		if runes += utf8.RuneCountInString(word); runes > n {
			break
		}
	}
	s = b.String()
	if runes <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
