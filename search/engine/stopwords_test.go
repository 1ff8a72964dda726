package engine

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"

	"github.com/councilminutes/minutes/search/query"
)

// TestPhraseStopWordsAsPositions checks that the index without the stop
// words' positions in the body fields, its phrases reading the stop words
// in the stored records (RecordTexts), finds exactly what an index with
// every word's position finds, with the same scores: quoted phrases with
// stop words in every place (first, last, inside, only stop words), in
// titles, bodies and decisions (a list), and the nearness clauses of
// plain words with stop words between them. The texts are random words
// of a few kinds, so that a gap in the positions is often filled by
// another stop word, or another form of the word, than the phrase's.
func TestPhraseStopWordsAsPositions(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("care Care carers caring council councils plan planned planning of Of the THE in a notice motion Café café O'Brien’s report, reports. the of")
	text := func(n int) string {
		var b []string
		for range n {
			b = append(b, words[rng.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	type doc struct {
		id   string
		data map[string]any
	}
	codec, err := NewBodyCodec(nil)
	if err != nil {
		t.Fatal(err)
	}
	var docs []doc
	for i := range 300 {
		rec := ItemRecord{Title: text(1 + rng.IntN(5)), Body: ItemBody{Agenda: text(rng.IntN(12)), Text: text(rng.IntN(60))}}
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
		docs = append(docs, doc{fmt.Sprintf("d%03d", i), data})
	}
	build := func(stopPositions bool) bleve.Index {
		idx, err := bleve.New(t.TempDir(), NewMapping())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { idx.Close() })
		words, shared := query.NewAnalyser(), NewPositions()
		batch := idx.NewBatch()
		for _, d := range docs {
			bd := document.NewDocument(d.id)
			if err := idx.Mapping().MapDocument(bd, d.data); err != nil {
				t.Fatal(err)
			}
			withTextTerms(bd, words, shared)
			for _, f := range bd.Fields {
				if tt, ok := f.(*textTerms); ok && stopPositions {
					tt.stopPositions = true
				}
			}
			if err := batch.IndexAdvanced(bd); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
		return idx
	}
	var body atomic.Pointer[BodyCodec]
	body.Store(codec)
	ours, all := build(false), build(true)
	run := func(idx bleve.Index, q string, opts query.Options) []string {
		bqry, err := query.Compile(q, opts)
		if err != nil {
			t.Fatal(err)
		}
		sr := bleve.NewSearchRequestOptions(bqry, 1000, 0, false)
		sr.SortBy([]string{"-_score", "_id"})
		res, err := idx.Search(sr)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, fmt.Sprintf("%s %.15g", h.ID, h.Score))
		}
		return out
	}
	matched := 0
	for _, q := range []string{
		`"care of the council"`, `"the council"`, `"council of"`, `"of the"`, `"the of"`, `"plan the of care"`,
		`"notice of motion"`, `"in a report"`, `"of the council's"`, `"cafe of"`, `"o'brien of the"`,
		`title:"the care"`, `agenda:"of the plan"`, `decisions:"care of the"`, `decisions:"the"`,
		`care of the council`, `notice of motion`, `planning of a report`, `"care council"`,
	} {
		for _, decisionsOnly := range []bool{false, true} {
			want := run(all, q, query.Options{DecisionsOnly: decisionsOnly})
			got := run(ours, q, query.Options{DecisionsOnly: decisionsOnly, Texts: RecordTexts{Codec: &body}})
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s (decisions only %v):\n got %v\nwant %v", q, decisionsOnly, got, want)
			}
			if len(want) > 0 {
				matched++
			}
		}
	}
	// phrases of stop words only ("of the") are ignored, as unquoted
	// (query.builder.phrase), and match nothing in either index
	if matched < 24 {
		t.Errorf("only %d searches matched: the test is too weak", matched)
	}
}
