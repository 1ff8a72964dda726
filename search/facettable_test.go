package search

import (
	"context"
	"maps"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// bleveFacetCounts counts the facets of a request the plain bleve way (a
// terms facet per field), as the reference for the facet table.
func bleveFacetCounts(t *testing.T, ix *Index, req Request) map[string]map[string]int {
	t.Helper()
	req, q, none, err := ix.compile(req)
	if err != nil || none {
		t.Fatalf("compile %+v: none %v, %v", req, none, err)
	}
	sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	for _, f := range engine.TableFields {
		sr.AddFacet(f, bleve.NewFacetRequest(f, facetSize))
	}
	res, err := ix.idx.Search(sr)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]int{}
	for _, f := range engine.TableFields {
		out[f] = map[string]int{}
		for _, tc := range res.Facets[f].Terms.Terms() {
			out[f][tc.Term] = tc.Count
		}
	}
	return out
}

// tallyCounts is what a search's tally counted, in the same shape.
func tallyCounts(t *testing.T, ix *Index, req Request) map[string]map[string]int {
	t.Helper()
	_, q, _, err := ix.compile(req)
	if err != nil {
		t.Fatal(err)
	}
	q, tl := withTally(q, true, 0)
	if _, err := ix.idx.Search(bleve.NewSearchRequestOptions(q, 1, 0, false)); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]int{}
	for _, f := range engine.TableFields {
		out[f] = map[string]int{}
	}
	for _, f := range engine.TableFields {
		for _, tc := range tl.Counted(f) {
			out[f][tc.Term] = tc.Count
		}
	}
	return out
}

var facetRequests = []Request{
	{},
	{Query: "children"},
	{Query: "ofsted inspection", Councils: []string{"kent", "luton"}},
	{Query: "meeting", Topics: []string{"ofsted"}},
	{Year: "2018"},
	{Query: "care OR leavers", From: "2016", To: "2019-06"},
}

// TestFacetTableMatchesBleve checks the facet table's counts against
// bleve's own facets, before and after an Apply changes the snapshot.
func TestFacetTableMatchesBleve(t *testing.T) {
	ix := newFixtureIndex(t)
	check := func(stage string) {
		for _, req := range facetRequests {
			want, got := bleveFacetCounts(t, ix, req), tallyCounts(t, ix, req)
			for _, f := range engine.TableFields {
				if !maps.Equal(got[f], want[f]) {
					t.Errorf("%s, %+v, field %s:\n got %v\nwant %v", stage, req, f, got[f], want[f])
				}
			}
		}
	}
	check("fresh index")

	path := "cheshire-east/corporate-parenting-committee/2018-05-09.txt"
	m := &schema.Meeting{Council: "Cheshire East Council", CouncilSlug: "cheshire-east", Committee: "Corporate Parenting Committee",
		CommitteeSlug: "corporate-parenting-committee", Date: "2021-02-03", SourcePath: path,
		Items: []schema.Item{{Title: "Ofsted inspection of children's services", Text: "Children in care.", Topics: []string{"ofsted"}}}}
	m.AssignIDs()
	if err := ix.Apply(context.Background(), []FileChange{{Path: path, Hash: "h2", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	check("after a replacement")
}

// TestPrunedPagesMatchFullOrder checks that dropping matches that cannot
// reach the page (engine/prune.go) changes neither the pages nor the total: each
// page of 3 is the same slice of the full order (one page of 100 holds
// every match, so nothing is pruned there). The match-all query ties
// every score.
func TestPrunedPagesMatchFullOrder(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	for _, q := range []string{"", "children", "meeting", "apologies OR minutes", "care"} {
		full, err := ix.Search(ctx, Request{Query: q, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		if full.Total < 7 || full.Total > 100 {
			t.Fatalf("%q: %d matches, want 7-100 for this test", q, full.Total)
		}
		for page := 1; (page-1)*3 < len(full.Hits); page++ {
			res, err := ix.Search(ctx, Request{Query: q, Size: 3, Page: page})
			if err != nil {
				t.Fatal(err)
			}
			want := full.Hits[(page-1)*3 : min(page*3, len(full.Hits))]
			if res.Total != full.Total || len(res.Hits) != len(want) {
				t.Fatalf("%q page %d: total %d, %d hits; want %d, %d", q, page, res.Total, len(res.Hits), full.Total, len(want))
			}
			for i := range want {
				if res.Hits[i].ID != want[i].ID || res.Hits[i].Score != want[i].Score {
					t.Errorf("%q page %d hit %d: %s %g, want %s %g", q, page, i, res.Hits[i].ID, res.Hits[i].Score, want[i].ID, want[i].Score)
				}
			}
			if res.Facets["council"] == nil || facetString(res.Facets["council"]) != facetString(full.Facets["council"]) {
				t.Errorf("%q page %d: council facet %s, want %s", q, page, facetString(res.Facets["council"]), facetString(full.Facets["council"]))
			}
		}
	}
}
