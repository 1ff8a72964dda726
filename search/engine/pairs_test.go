package engine

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"

	"github.com/councilminutes/minutes/search/query"
)

// TestPairPhrasesAsPositions checks that a phrase of two words found by
// its pair term (query/pairs.go) matches exactly the items its words'
// positions match, with the same scores: every pair of a small
// vocabulary (stop words, plural and capital forms, a rare word, a word
// twice) over random titles, agendas, texts and decisions (which have no
// pair terms), over several segments; and, in a relevance search that
// keeps only the best k (RankQuery with Keep, where most matches are
// passed on unscored, their bound below the page's floor), the same
// first k hits, scores and total.
func TestPairPhrasesAsPositions(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := strings.Fields("care Care carers council councils plan planning of the report reports foster fostering")
	text := func(n int) string {
		var b []string
		for range n {
			w := words[rng.IntN(len(words))]
			if rng.IntN(200) == 0 {
				w = "ofsted"
			}
			b = append(b, w)
		}
		return strings.Join(b, " ")
	}
	codec, err := NewBodyCodec(nil)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.New(t.TempDir(), NewMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	an, shared := query.NewAnalyser(), NewPositions()
	for start := 0; start < 600; start += 150 {
		batch := idx.NewBatch()
		for i := start; i < start+150; i++ {
			rec := ItemRecord{Title: text(1 + rng.IntN(5)), Body: ItemBody{Agenda: text(rng.IntN(12)), Text: text(rng.IntN(80))}}
			for range rng.IntN(3) {
				rec.Body.Decisions = append(rec.Body.Decisions, text(rng.IntN(10)))
			}
			data := map[string]any{
				FieldType:      DocItem,
				FieldTitle:     rec.Title,
				FieldAgenda:    rec.Body.Agenda,
				FieldText:      rec.Body.Text,
				FieldDecisions: rec.Body.Decisions,
				FieldRecord:    string(codec.Compress(rec.Marshal())),
			}
			bd := document.NewDocument(fmt.Sprintf("d%03d", i))
			if err := idx.Mapping().MapDocument(bd, data); err != nil {
				t.Fatal(err)
			}
			withTextTerms(bd, an, shared)
			if err := batch.IndexAdvanced(bd); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	type answer struct {
		hits  []string
		total uint64
	}
	run := func(q string, pairs bool, keep int) answer {
		user, err := query.Compile(q, query.Options{Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		tally := &Tally{}
		rq := &RankQuery{Inner: user, Tally: tally, Tables: &FacetTables{}, Lengths: &LengthStats{}, Keep: keep}
		size := 1000
		if keep > 0 {
			size = keep
		}
		sr := bleve.NewSearchRequestOptions(rq, size, 0, false)
		sr.SortBy([]string{"-_score", "_id"})
		res, err := idx.SearchInContext(context.Background(), sr)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var out answer
		for _, h := range res.Hits {
			out.hits = append(out.hits, fmt.Sprintf("%s %.15g", h.ID, h.Score))
		}
		out.total = tally.Total
		return out
	}
	vocab := append(strings.Fields("care carers council plan planning of report foster fostering"), "ofsted")
	matched, bigger := 0, 0
	for _, a := range vocab {
		for _, b := range vocab {
			for _, q := range []string{`"` + a + " " + b + `"`, `title:"` + a + " " + b + `"`, `text:"` + a + " " + b + `"`} {
				want := run(q, false, 0)
				for _, keep := range []int{0, 1, 3, 10} {
					got := run(q, true, keep)
					w := want
					if keep > 0 && len(w.hits) > keep {
						w.hits = w.hits[:keep]
						bigger++
					}
					if strings.Join(got.hits, "\n") != strings.Join(w.hits, "\n") || got.total != w.total {
						t.Errorf("%s (keep %d):\n got %v (total %d)\nwant %v (total %d)", q, keep, got.hits, got.total, w.hits, w.total)
					}
				}
				if want.total > 0 {
					matched++
				}
			}
		}
	}
	if matched < 150 || bigger < 150 {
		t.Errorf("%d searches matched, %d had more matches than kept: the test is too weak", matched, bigger)
	}
}
