package search

import (
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// BenchmarkSnippets makes the snippets of a page of 20 hits of about 2 KB
// of text each, for a phrase and for two words.
func BenchmarkSnippets(b *testing.B) {
	hl, err := newHighlighter()
	if err != nil {
		b.Fatal(err)
	}
	para := "Members asked about the cost of residential placements and the medium term financial strategy. " +
		"The Service Manager outlined the support offered to foster carers, including training and respite. " +
		"Health assessments for children in care and waiting times for CAMHS were reported. "
	body := engine.ItemBody{
		Agenda:    "To receive the report of the Director of Children's Services.",
		Text:      strings.Repeat(para, 7),
		Decisions: []string{"RESOLVED that the report on foster carers be noted."},
	}
	for _, q := range []string{`"foster carers"`, "foster carers"} {
		b.Run(q, func(b *testing.B) {
			// an analyser that knows the words, as the index's does once
			// it has served a while
			words := query.NewAnalyser()
			words.Tokens(body.Agenda + " " + body.Text + " Fostering update")
			for i := range 100 {
				words.Tokens(strings.Repeat("x", i+1))
			}
			m, err := query.NewMarker(q, query.Options{Words: words})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				for range 20 {
					if s := snippets(hl, m, "Fostering update", "", body); len(s) == 0 {
						b.Fatal("no snippet")
					}
				}
			}
		})
	}
}
