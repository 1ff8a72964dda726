package search

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// filterCases are searches of the fixture's minutes with each kind of
// filter, and the test a hit of the unfiltered search must pass to be
// among the filtered one's.
var filterCases = []struct {
	name  string
	req   Request
	keeps func(Hit) bool
}{
	{"council", Request{Councils: []string{"kent"}}, func(h Hit) bool { return h.CouncilSlug == "kent" }},
	{"topic", Request{Topics: []string{"ofsted"}}, func(h Hit) bool { return slices.Contains(h.Topics, "ofsted") }},
	{"two topics and a year", Request{Topics: []string{"ofsted", "care-leavers"}, From: "2015"}, func(h Hit) bool {
		return (slices.Contains(h.Topics, "ofsted") || slices.Contains(h.Topics, "care-leavers")) && h.Date >= "2015"
	}},
	{"dates", Request{From: "2012", To: "2016"}, func(h Hit) bool { return h.Date >= "2012" && h.Date < "2017" }},
	{"kind", Request{Kinds: []string{"minutes"}}, func(h Hit) bool { return h.Kind == "minutes" }},
}

// filterQueries are the words of those searches: one word, a common
// word, a phrase, OR, a prefix, a negation.
var filterQueries = []string{"children", "council", `"corporate parenting"`, "ofsted OR inspection", "foster*", "placements -covid"}

// allHits runs req page by page and returns every hit, best first.
func allHits(t *testing.T, ix *Index, req Request) []Hit {
	t.Helper()
	var out []Hit
	req.Size, req.Highlight = 100, false
	for req.Page = 1; ; req.Page++ {
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		out = append(out, res.Hits...)
		if res.Next == nil || len(res.Hits) == 0 {
			return out
		}
	}
}

// TestFilteredAsUnfilteredThenFiltered checks that a filtered search
// finds exactly the hits of the same search unfiltered that pass the
// filter, in the same order and with the same scores: the filters select
// (engine.FilterQuery) and never score.
func TestFilteredAsUnfilteredThenFiltered(t *testing.T) {
	ix := sharedIndex(t)
	matched := 0
	for _, q := range filterQueries {
		all := allHits(t, ix, Request{Query: q})
		if len(all) == 0 {
			t.Fatalf("%s: no hits unfiltered", q)
		}
		for _, c := range filterCases {
			req := c.req
			req.Query = q
			var want []Hit
			for _, h := range all {
				if c.keeps(h) {
					want = append(want, h)
				}
			}
			if len(want) > 0 {
				matched++
			}
			got := allHits(t, ix, req)
			if len(got) != len(want) {
				t.Errorf("%s, %s: %d hits, want %d of the %d unfiltered", q, c.name, len(got), len(want), len(all))
				continue
			}
			for i := range got {
				// a filtered search normalises the query as bleve's
				// conjunction does: the same to a rounding
				if got[i].ID != want[i].ID || math.Abs(got[i].Score-want[i].Score) > 1e-12*want[i].Score {
					t.Errorf("%s, %s: hit %d is %s (%g), want %s (%g)", q, c.name, i, got[i].ID, got[i].Score, want[i].ID, want[i].Score)
					break
				}
			}
		}
	}
	if cases := len(filterQueries) * len(filterCases); matched < cases/2 {
		t.Errorf("only %d of %d searches match anything: the test checks too little", matched, cases)
	}
}

// TestFilterScoresAsZeroBoostClauses checks that the unscored filter
// clause gives every match the score, to the bit, that the zero-boost
// conjunction clause it replaced gave.
func TestFilterScoresAsZeroBoostClauses(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	matched := 0
	for _, q := range filterQueries {
		for _, c := range filterCases {
			req := c.req
			req.Query = q
			req, now, none, err := ix.compile(req)
			if err != nil || none {
				t.Fatalf("%s, %s: %v, none %v", q, c.name, err, none)
			}
			_, plain, _, err := ix.compile(Request{Query: q})
			if err != nil {
				t.Fatal(err)
			}
			user := plain.(*engine.RankQuery).Inner
			f, _, err := ix.allFilters(req, !itemOnly(user))
			if err != nil {
				t.Fatal(err)
			}
			setZeroBoost(f)
			_, all := user.(*bq.MatchAllQuery)
			before := &engine.RankQuery{Inner: bq.NewConjunctionQuery([]bq.Query{user, f}), Demote: !all, Tables: &ix.tables, Lengths: &ix.lengths}
			scores := func(q bq.Query) map[string]float64 {
				sr := bleve.NewSearchRequestOptions(q, 10000, 0, false)
				res, err := ix.idx.SearchInContext(ctx, sr)
				if err != nil {
					t.Fatal(err)
				}
				out := map[string]float64{}
				for _, h := range res.Hits {
					out[h.ID] = h.Score
				}
				return out
			}
			got, want := scores(now), scores(before)
			if len(want) > 0 {
				matched++
			}
			if len(got) != len(want) {
				t.Errorf("%s, %s: %d matches, %d before", q, c.name, len(got), len(want))
			}
			for id, s := range want {
				if got[id] != s {
					t.Errorf("%s, %s: %s scores %v, %v before", q, c.name, id, got[id], s)
					break
				}
			}
		}
	}
	if cases := len(filterQueries) * len(filterCases); matched < cases/2 {
		t.Errorf("only %d of %d searches match anything: the test checks too little", matched, cases)
	}
}

// setZeroBoost sets the boost of every leaf of q to 0, as the filters
// of a search were set before engine.FilterQuery.
func setZeroBoost(q bq.Query) {
	switch q := q.(type) {
	case *bq.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			setZeroBoost(c)
		}
	case *bq.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			setZeroBoost(c)
		}
	case bq.BoostableQuery:
		q.SetBoost(0)
	}
}
