package query

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/simple"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// TestPhraseQueryAsBleve checks that phraseQuery matches exactly the items
// bleve's phrase query matches, with the same scores, alone, in a
// disjunction over fields (the query norm) and in a conjunction with a
// filter (Advance), on an index of random texts of a few words, some
// texts in several values (array positions), for chosen phrases and for
// every pair of the words. The index is written in several batches, so
// that it has several segments, and two rare words stand in a few items
// only: a segment without them, or with one (zapx's one-hit postings),
// is where the intersection of the terms' bitmaps (intersect) differs
// from a plain AND.
func TestPhraseQueryAsBleve(t *testing.T) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = simple.Name
	idx, err := bleve.New(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("care leavers of the council foster carers care plan the of")
	rare := []string{"ofsted", "dental"}
	rareRng := rand.New(rand.NewPCG(3, 4)) // apart, so that the texts are as they were
	text := func(n int) string {
		var b []string
		for range n {
			w := words[rng.IntN(len(words))]
			if rareRng.IntN(300) == 0 {
				w = rare[rareRng.IntN(len(rare))]
			}
			b = append(b, w)
		}
		return strings.Join(b, " ")
	}
	for start := 0; start < 400; start += 100 {
		batch := idx.NewBatch()
		for i := start; i < start+100; i++ {
			doc := map[string]any{
				"title":  text(1 + rng.IntN(4)),
				"text":   text(rng.IntN(40)),
				"values": []string{text(rng.IntN(6)), text(rng.IntN(6))},
				"kind":   []string{"a", "b"}[i%2],
			}
			if err := batch.Index(fmt.Sprintf("d%03d", i), doc); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	chosen := []string{"care leavers", "foster carers", "care of the council", "the of", "leavers care", "council council", "care plan the", "of the of", "ofsted care", "care ofsted", "dental ofsted"}
	phrases := chosen
	for _, a := range append(words[:9], rare...) { // the vocabulary, "care", "the", "of" once
		for _, b := range append(words[:9], rare...) {
			phrases = append(phrases, a+" "+b)
		}
	}
	shapes := map[string]func(mk func(terms []string, field string) bq.Query, terms []string) bq.Query{
		"alone": func(mk func([]string, string) bq.Query, terms []string) bq.Query { return mk(terms, "text") },
		"array": func(mk func([]string, string) bq.Query, terms []string) bq.Query { return mk(terms, "values") },
		"fields": func(mk func([]string, string) bq.Query, terms []string) bq.Query {
			return bq.NewDisjunctionQuery([]bq.Query{mk(terms, "title"), mk(terms, "text"), mk(terms, "values")})
		},
		"filtered": func(mk func([]string, string) bq.Query, terms []string) bq.Query {
			k := bq.NewTermQuery("b")
			k.SetField("kind")
			return bq.NewConjunctionQuery([]bq.Query{mk(terms, "text"), k})
		},
	}
	theirs := func(terms []string, field string) bq.Query { return bq.NewPhraseQuery(terms, field) }
	ours := func(terms []string, field string) bq.Query { return newPhraseQuery(terms, field) }
	run := func(q bq.Query) []string {
		sr := bleve.NewSearchRequestOptions(q, 1000, 0, false)
		sr.SortBy([]string{"-_score", "_id"})
		res, err := idx.Search(sr)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, fmt.Sprintf("%s %.15g", h.ID, h.Score))
		}
		return out
	}
	for _, p := range phrases {
		for name, shape := range shapes {
			terms := strings.Fields(p)
			want, got := run(shape(theirs, terms)), run(shape(ours, terms))
			if len(want) == 0 && name == "alone" && slices.Contains(chosen[:8], p) {
				t.Errorf("%q: no matches, the test is too weak", p)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%q %s:\n got %v\nwant %v", p, name, got, want)
			}
		}
	}
}
