package engine

import (
	"math"
	"testing"

	bq "github.com/blevesearch/bleve/v2/search/query"
)

// TestScoringClause checks which clause of a search's query carries its
// whole score: only there may a floor of the page's scores skip work
// (query.WithScoreFloor), because a clause whose score is summed with
// another's can fall below the floor while the sum does not.
func TestScoringClause(t *testing.T) {
	words := bq.NewMatchQuery("budget")
	other := bq.NewMatchQuery("library")
	filter := &FilterQuery{Inner: bq.NewTermQuery("camden")}
	boosted := bq.NewConjunctionQuery([]bq.Query{words, filter})
	boosted.SetBoost(2)
	should := bq.NewBooleanQuery([]bq.Query{words}, []bq.Query{other}, nil)
	for _, tc := range []struct {
		name string
		q    bq.Query
		want bq.Query
	}{
		{"the query itself", words, words},
		{"beside filters", bq.NewConjunctionQuery([]bq.Query{words, filter}), words},
		{"filters first", bq.NewConjunctionQuery([]bq.Query{filter, words, filter}), words},
		{"must with must-not", bq.NewBooleanQuery([]bq.Query{words}, nil, []bq.Query{other}), words},
		{"must with must-not beside filters", bq.NewConjunctionQuery([]bq.Query{bq.NewBooleanQuery([]bq.Query{words}, nil, []bq.Query{other}), filter}), words},
		{"two scored clauses", bq.NewConjunctionQuery([]bq.Query{words, other}), nil},
		{"only filters", bq.NewConjunctionQuery([]bq.Query{filter}), nil},
		{"a boosted conjunction", boosted, nil},
		{"should clauses", should, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := scoringClause(tc.q); got != tc.want {
				t.Errorf("scoringClause = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTopScoresFloor checks that the floor is the score below which admit
// refuses a match.
func TestTopScoresFloor(t *testing.T) {
	top := newTopScores(3)
	for _, s := range []float64{5, 1, 3} {
		if f := top.floor(); !math.IsInf(f, -1) {
			t.Fatalf("floor %v before %d scores, want -Inf", f, top.k)
		}
		top.admit(s)
	}
	for _, tc := range []struct {
		score, floor float64
		admitted     bool
	}{
		{0.5, 1, false}, // below the floor
		{1, 1, true},    // a tie may still reach the page, by its ID
		{4, 1, true},    // 1, 3, 5 -> 3, 4, 5
		{2, 3, false},
		{6, 3, true}, // 3, 4, 5 -> 4, 5, 6
		{4, 4, true},
	} {
		if f := top.floor(); f != tc.floor {
			t.Fatalf("floor %v before %v, want %v", f, tc.score, tc.floor)
		}
		if got := top.admit(tc.score); got != tc.admitted {
			t.Errorf("admit(%v) = %v, want %v", tc.score, got, tc.admitted)
		}
	}
}
