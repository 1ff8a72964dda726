package query

import (
	"context"
	"encoding/json"
	"math"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A long item about a subject names it in its lead, the first few lines
// that say what the item is about; one that mentions it in passing names
// it further in. BM25 normalises a word's count by the item's length, so a
// short list naming the words once could outrank a long reply about them
// by a hair. The lead clause gives long items whose lead holds every word
// of the query a small bonus; a short item is all lead, and its length
// already favours it, so it gets none. A query of one word gets none
// either: given one, with or without long items' bound, P@5 fell on most
// of the ten judged sets (the developed set's from 0.937 to 0.881).
const (
	// leadWords is how far the lead runs, in words (stop words included):
	// about the first 300 characters.
	leadWords = 50
	// leadMinLength is the length of text, in words, above which an item
	// may get the bonus.
	leadMinLength = 150
	// leadBonus weighs each word's bonus against a word's own weight
	// (idf times the query norm, as bleve weighs a term): a tenth of it.
	// 0.2 and 0.3 gained the same or less on the developed set and
	// lowered nDCG more.
	leadBonus = 0.1
)

// inLead returns the optional clause that favours long items whose text
// names every plain word of children within its first leadWords words,
// or nil when the query has other parts.
func (b builder) inLead(children []Node) bq.Query {
	toks := b.bonusWords(children)
	if toks == nil {
		return nil
	}
	var gate []bq.Query
	for _, t := range toks {
		gate = append(gate, &leadQuery{field: FieldText, term: t.Light})
	}
	return bq.NewConjunctionQuery(gate)
}

// leadQuery matches the items whose field is longer than leadMinLength
// and holds term among its first leadWords words.
type leadQuery struct {
	field, term string
}

// Searcher implements bleve's query.Query.
func (q *leadQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(q.term), q.field, true, true, true)
	if err != nil {
		return nil, err
	}
	n, err := r.DocCount()
	if err != nil {
		tfr.Close()
		return nil, err
	}
	df := float64(tfr.Count())
	idf := math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
	return &leadSearcher{r: tfr, idf: idf, weight: leadBonus * idf, count: tfr.Count()}, nil
}

// MarshalJSON shows the query in golden files and logs.
func (q *leadQuery) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"lead": map[string]any{"field": q.field, "term": q.term}})
}

// leadSearcher is the searcher of a leadQuery.
type leadSearcher struct {
	r      index.TermFieldReader
	buf    index.TermFieldDoc
	idf    float64
	weight float64 // boost times idf times the query norm
	count  uint64
}

// Next and Advance pass on the documents whose lead holds the term.
func (s *leadSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	for {
		d, err := s.r.Next(s.buf.Reset())
		if d == nil || err != nil {
			return nil, err
		}
		if s.inLead(d) {
			return s.match(sctx, d), nil
		}
	}
}

func (s *leadSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.r.Advance(id, s.buf.Reset())
	if d == nil || err != nil {
		return nil, err
	}
	if s.inLead(d) {
		return s.match(sctx, d), nil
	}
	return s.Next(sctx)
}

// inLead reports whether d's field is long and has the term in its lead.
func (s *leadSearcher) inLead(d *index.TermFieldDoc) bool {
	if d.Norm <= 0 || 1/(d.Norm*d.Norm) <= leadMinLength {
		return false
	}
	for _, v := range d.Vectors {
		if v.Pos >= 1 && float64(v.Pos) <= leadWords {
			return true
		}
	}
	return false
}

// match is d scored: the word's weight times its idf, whatever its count.
func (s *leadSearcher) match(sctx *bsearch.SearchContext, d *index.TermFieldDoc) *bsearch.DocumentMatch {
	m := sctx.DocumentMatchPool.Get()
	m.IndexInternalID = append(m.IndexInternalID[:0], d.ID...)
	m.Score = s.weight * s.idf
	return m
}

// Weight and SetQueryNorm weigh the bonus as bleve weighs a term.
func (s *leadSearcher) Weight() float64 {
	w := leadBonus * s.idf
	return w * w
}

func (s *leadSearcher) SetQueryNorm(n float64) { s.weight = leadBonus * s.idf * n }
func (s *leadSearcher) Count() uint64          { return s.count }
func (s *leadSearcher) Min() int               { return 0 }
func (s *leadSearcher) Size() int              { return 64 }
func (s *leadSearcher) DocumentMatchPoolSize() int {
	return 1
}
func (s *leadSearcher) Close() error { return s.r.Close() }
