package search

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// TestFiltersDoNotChangeScores checks that the filters (engine.FilterQuery)
// select without scoring: an item scores the same with and without them.
func TestFiltersDoNotChangeScores(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, Request{Query: "children", Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	score := map[string]float64{}
	for _, h := range all.Hits {
		score[h.ID] = h.Score
	}
	for _, req := range []Request{
		{Query: "children", Size: 100, Councils: []string{"kent"}},
		{Query: "children", Size: 100, Topics: []string{"ofsted", "care-leavers"}, From: "2015"},
	} {
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Errorf("%+v: no hits", req)
		}
		for _, h := range res.Hits {
			if math.Abs(h.Score-score[h.ID]) > 1e-9*score[h.ID] {
				t.Errorf("%+v: %s scores %g, %g unfiltered", req, h.ID, h.Score, score[h.ID])
			}
		}
	}
}

// TestItemOnlyQueries checks which queries may skip the type filter, and
// that skipping it changes no total: meeting records never match them.
func TestItemOnlyQueries(t *testing.T) {
	ix := sharedIndex(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"children", true},
		{`"care leavers"`, true},
		{"title:ofsted", true},
		{"topic:ofsted", true},
		{"child*", true},
		{"children council:kent", true},
		{"children -ofsted", true},
		{"children OR fostering", true},
		{"council:kent", false},
		{"committee:corporate-parenting-panel", false},
		{"children OR council:kent", false},
		{"-children", false},
		{"", false},
	}
	for _, tt := range tests {
		user, err := query.Compile(tt.q, query.Options{Synonyms: ix.synonyms.Load()})
		if err != nil {
			t.Fatal(err)
		}
		if got := itemOnly(user); got != tt.want {
			t.Errorf("itemOnly(%q) = %v, want %v", tt.q, got, tt.want)
		}
		res, err := ix.Search(context.Background(), Request{Query: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		typed := bq.NewConjunctionQuery([]bq.Query{user, typeQuery(engine.DocItem)})
		want, err := ix.idx.Search(bleve.NewSearchRequestOptions(typed, 0, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != want.Total {
			t.Errorf("%q: total %d, want %d (items only)", tt.q, res.Total, want.Total)
		}
	}
}

// TestPageHitsAreMarked checks that every hit of a page comes with its
// stored fields and a snippet marking the query's words (phrases, several
// words, a phrase and a word), and that hitsByID, which the page is made
// with, gives the same hit.
func TestPageHitsAreMarked(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	for _, q := range []string{`"care leavers"`, "care leavers", `"corporate parenting" ofsted`, "ofsted"} {
		req, err := normalise(Request{Query: q, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("%q: no hits", q)
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		m, err := ix.snippetMarker(req)
		if err != nil {
			t.Fatal(err)
		}
		other, err := ix.hitsByID(ctx, m, ids)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			o := other[h.ID]
			if strings.Join(o.Snippets, "|") != strings.Join(h.Snippets, "|") || o.Title != h.Title || o.Date != h.Date || o.MeetingID != h.MeetingID || h.MeetingID == "" {
				t.Errorf("%q, %s:\n search %+v\n by ID  %+v", q, h.ID, h, o)
			}
			if !strings.Contains(strings.Join(h.Snippets, " "), "<mark>") {
				t.Errorf("%q, %s: no marked snippet: %q", q, h.ID, h.Snippets)
			}
		}
	}
}
