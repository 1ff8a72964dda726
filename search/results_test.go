package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

const (
	ce18 = "cheshire-east--corporate-parenting-committee--2018-05-09"
	ce19 = "cheshire-east--corporate-parenting-committee--2019-03-20"
	l19  = "luton--scrutiny-children-services-review-group--2019-11-12"
	l21  = "luton--scrutiny-children-services-review-group--2021-03-02"
)

func TestSnippetsAreEscapedAndMarked(t *testing.T) {
	ix := sharedIndex(t)
	res, err := ix.Search(context.Background(), Request{Query: `director council:cheshire-east`, Highlight: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := res.Hits[0]
	if h.ID != ce19+"--i03" {
		t.Fatalf("first hit %s", h.ID)
	}
	joined := strings.Join(h.Snippets, " … ")
	for _, want := range []string{"<mark>Director</mark>", "Children&#39;s"} {
		if !strings.Contains(joined, want) {
			t.Errorf("snippets %q lack %q", joined, want)
		}
	}
	if len(h.Snippets) > maxSnippets {
		t.Errorf("%d snippets, want at most %d", len(h.Snippets), maxSnippets)
	}
	if h.SourcePath != "cheshire-east/corporate-parenting-committee/2019-03-20.txt" || h.CouncilURL != "" {
		t.Errorf("source %q %q", h.SourcePath, h.CouncilURL)
	}
	if h.Date != "2019-03-20" || h.CouncilName != "Cheshire East Council" || h.CommitteeName != "Corporate Parenting Committee" || h.ItemNumber != "62" {
		t.Errorf("hit fields %+v", h)
	}
	// date order computes no scores but still highlights
	res, err = ix.Search(context.Background(), Request{Query: "ofsted", Sort: SortDateDesc, Highlight: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if !strings.Contains(strings.Join(h.Snippets, " "), "<mark>Ofsted</mark>") {
			t.Errorf("date-sorted hit %s snippets %q", h.ID, h.Snippets)
		}
	}
	// a match-all search has no terms to mark: the start of the text instead
	res, err = ix.Search(context.Background(), Request{Councils: []string{"cheshire-east"}, Sort: SortDate, Size: 1, Highlight: true})
	if err != nil {
		t.Fatal(err)
	}
	if s := res.Hits[0].Snippets; len(s) != 1 || !strings.HasPrefix(s[0], "Apologies for absence") {
		t.Errorf("fallback snippet %q", s)
	}
	if !strings.HasPrefix(res.Hits[0].CouncilURL, "https://moderngov.cheshireeast.gov.uk/") {
		t.Errorf("council url %q, want the council's", res.Hits[0].CouncilURL)
	}
}

// TestProceduralItemsScoreLower checks that procedural items score
// engine.ProceduralFactor times what the same query gives them without the
// demotion (the housekeeping of a long one only: proceduralShare), items
// with little prose in their body proseFactor times, and substantive items
// exactly the same. The body lengths are counted here by the analyser, so
// the ranking's reading of them from the postings' norms is checked too.
func TestProceduralItemsScoreLower(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	req := Request{Query: "meeting", Size: 100}
	res, err := ix.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	user, err := query.Compile(req.Query, query.Options{Synonyms: ix.synonyms.Load()})
	if err != nil {
		t.Fatal(err)
	}
	plain := bq.NewBooleanQuery([]bq.Query{user}, nil, nil)
	plain.AddFilter(bq.NewDisjunctionQuery([]bq.Query{typeQuery(engine.DocItem), typeQuery(engine.DocFront)}))
	// the same query and statistics, without the demotion
	undemoted := &engine.RankQuery{Inner: plain, Tables: &ix.tables, Lengths: &ix.lengths}
	raw, err := ix.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(undemoted, 100, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	rawScore := map[string]float64{}
	for _, h := range raw.Hits {
		rawScore[h.ID] = h.Score
	}
	factor := map[string]float64{}
	for _, m := range loadFixtures(t) {
		if front, ok := frontItem(m); ok {
			factor[schema.FrontID(m.ID)] = engine.ProseFactor(proseTokens(front)) * engine.FrontShare(proseTokens(front))
		}
		for _, it := range m.Items {
			f := engine.ProseFactor(proseTokens(it))
			if it.Procedural {
				f *= engine.ProceduralShare(proseTokens(it))
			}
			if isHeading(it) {
				f *= engine.HeadingFactor
			}
			factor[it.ID] = f
		}
	}
	kinds := map[string]int{}
	for _, h := range res.Hits {
		f, ok := factor[h.ID]
		if !ok {
			t.Fatalf("%s is no fixture item", h.ID)
		}
		switch {
		case f == 1:
			kinds["whole"]++
		case f < engine.ProceduralFactor:
			kinds["thin or procedural"]++
		default:
			kinds["long procedural or short"]++
		}
		want := rawScore[h.ID] * f
		if math.Abs(h.Score-want) > 1e-6*want {
			t.Errorf("%s (factor %.3f): score %g, want %g", h.ID, f, h.Score, want)
		}
	}
	if len(kinds) < 2 {
		t.Errorf("the query should match items of several kinds: %v", kinds)
	}
}

// proseTokens counts the tokens of the longest body field of an item that
// holds one of the common words, as the index counts them: each word and
// its stem when that differs.
func proseTokens(it schema.Item) float64 {
	longest := 0
	for _, body := range []string{it.Text, it.Agenda, strings.Join(it.Decisions, "\n")} {
		toks := query.TextAnalyzer{}.Analyze([]byte(body))
		prose := false
		for _, tok := range toks {
			prose = prose || slices.Contains(engine.CommonTerms, string(tok.Term))
		}
		if prose {
			longest = max(longest, len(toks))
		}
	}
	return float64(longest)
}

func TestFacets(t *testing.T) {
	ix := sharedIndex(t)
	res, err := ix.Search(context.Background(), Request{Year: "2018"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"council":   "cheshire-east=Cheshire East Council:10 middlesbrough=Middlesbrough Council:8 kent=Kent County Council:7 luton=Luton Borough Council:7 central-bedfordshire=Central Bedfordshire Council:6",
		"year":      "2013=2013:4 2016=2016:3 2018=2018:14 2019=2019:7 2021=2021:9 unknown=Date unknown:1",
		"month":     "2018-01=2018-01:5 2018-02=2018-02:3 2018-05=2018-05:6",
		"committee": "corporate-parenting-panel=Corporate Parenting Panel:13 cheshire-east-corporate-parenting-committee=:0",
	}
	for name, w := range want {
		if name == "committee" {
			continue
		}
		if got := facetString(res.Facets[name]); got != w {
			t.Errorf("facet %s\n got %s\nwant %s", name, got, w)
		}
	}
	if got := facetString(res.Facets["committee"]); !strings.HasPrefix(got, "corporate-parenting-panel=Corporate Parenting Panel:13 ") {
		t.Errorf("committee facet %s", got)
	}
	topics := facetString(res.Facets["topic"])
	if !strings.Contains(topics, "ofsted=Ofsted inspections:3") || !strings.Contains(topics, "fostering=fostering:4") {
		t.Errorf("topic facet %s", topics)
	}
	// filters apply to the counts
	res, err = ix.Search(context.Background(), Request{Query: "ofsted", Councils: []string{"luton"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetString(res.Facets["year"]); got != "2019=2019:1 2021=2021:1" {
		t.Errorf("filtered year facet %s", got)
	}
}

func facetString(fs []Facet) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s=%s:%d", f.Value, f.Label, f.Count))
	}
	return strings.Join(parts, " ")
}

// TestPaging walks every page of a match-all search, with page numbers and
// with search_after keys, in each sort order: every item exactly once.
func TestPaging(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	for _, sort := range []string{SortRelevance, SortDate, SortDateDesc} {
		for _, mode := range []string{"page", "after"} {
			t.Run(sort+"/"+mode, func(t *testing.T) {
				seen := map[string]int{}
				var order []string
				req := Request{Query: "children OR council OR meeting OR report", Sort: sort, Size: 4, Page: 1}
				var total uint64
				for step := 0; step < 50; step++ {
					res, err := ix.Search(ctx, req)
					if err != nil {
						t.Fatal(err)
					}
					total = res.Total
					for _, h := range res.Hits {
						seen[h.ID]++
						order = append(order, h.ID)
					}
					if mode == "page" {
						if len(res.Hits) < req.Size {
							break
						}
						req.Page++
					} else {
						if res.Next == nil {
							break
						}
						req.After = res.Next
					}
				}
				if uint64(len(order)) != total || len(seen) != len(order) {
					t.Errorf("saw %d hits (%d distinct), total %d", len(order), len(seen), total)
				}
				if total < 20 {
					t.Errorf("total %d: the test query should match most items", total)
				}
			})
		}
	}
}

func TestPagingSameOrderBothWays(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, Request{Sort: SortDateDesc, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	req := Request{Sort: SortDateDesc, Size: 7}
	var got []string
	for {
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if res.Next == nil {
			break
		}
		req.After = res.Next
	}
	if len(got) != len(all.Hits) {
		t.Fatalf("after-paging gave %d hits, one page %d", len(got), len(all.Hits))
	}
	for i := range got {
		if got[i] != all.Hits[i].ID {
			t.Fatalf("hit %d: %s by after, %s in one page", i, got[i], all.Hits[i].ID)
		}
	}
}

func TestBadAfter(t *testing.T) {
	ix := sharedIndex(t)
	for _, after := range [][]string{{"x"}, {"not-a-score", "id"}} {
		_, err := ix.Search(context.Background(), Request{After: after})
		if err == nil || !strings.Contains(err.Error(), "after:") {
			t.Errorf("after %q: error %v", after, err)
		}
	}
}
