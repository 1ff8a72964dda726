package query

import (
	"fmt"
	"math/rand/v2"
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
// texts in several values (array positions).
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
	text := func(n int) string {
		var b []string
		for range n {
			b = append(b, words[rng.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	batch := idx.NewBatch()
	for i := range 400 {
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
	phrases := []string{"care leavers", "foster carers", "care of the council", "the of", "leavers care", "council council", "care plan the", "of the of"}
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
			if len(want) == 0 && name == "alone" {
				t.Errorf("%q: no matches, the test is too weak", p)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%q %s:\n got %v\nwant %v", p, name, got, want)
			}
		}
	}
}
