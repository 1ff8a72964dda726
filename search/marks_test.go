package search

import (
	"context"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/query"
)

var markRE = regexp.MustCompile(`<mark>(.*?)</mark>`)

// TestSnippetsAndMarkerAgree checks that the snippets of search results
// (marked by bleve from the matches) and pages marked by query.Marker
// (item pages) mark the same words of the same text.
func TestSnippetsAndMarkerAgree(t *testing.T) {
	ix := sharedIndex(t)
	for _, q := range []string{
		"ofsted", `"care leavers"`, "care leavers housing", "looked after children", "fostering -adoption",
		"safeguard*", "CAMHS", "title:ofsted", "ofsted 2019", "O’Brien",
	} {
		res, err := ix.Search(context.Background(), Request{Query: q, Size: 50, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		m, err := ix.Marker(q)
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, h := range res.Hits {
			for _, sn := range h.Snippets {
				plain := html.UnescapeString(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(sn))
				var bleve []string
				for _, mm := range markRE.FindAllStringSubmatch(sn, -1) {
					bleve = append(bleve, html.UnescapeString(mm[1]))
				}
				var ours []string
				for _, field := range []string{query.FieldDecisions, query.FieldText, query.FieldAgenda, query.FieldTitle} {
					if spans := m.Spans(field, plain); len(spans) > 0 {
						ours = ours[:0]
						for _, sp := range spans {
							ours = append(ours, plain[sp[0]:sp[1]])
						}
						break
					}
				}
				if !slices.Equal(bleve, ours) {
					t.Errorf("%q, %s: snippet marks %q, the marker %q\n%s", q, h.ID, bleve, ours, sn)
				}
				checked++
			}
		}
		if checked == 0 && q != "O’Brien" {
			t.Errorf("%q: no snippets to compare", q)
		}
	}
}
