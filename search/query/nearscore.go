package query

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// nearQuery is the optional clause that favours the words of a query
// standing next to each other (near.go). Bleve scores a phrase by the
// terms of every form it may match, wherever they stand in the item: a
// rare form of one word ("~social", held by six items) carried an idf
// three times that of the word itself into every item holding it once,
// and a passing "social" outranked the items about social housing.
// nearQuery matches where its phrase does and scores the match by the
// words' own scores in the phrase's field, times its boost.
//
// In the text, a word's score takes back what its occurrences in the rows
// of lists and tables (the lines field) count above listLineWeight, as
// the word's own clause does (bm25f.go). Scored on the text alone, the
// nearness, twice the words' scores, gave a grant table's row ("Croom
// Men's Shed  €1,000") back what the lines field took from it. Weighed
// as the words are, the mean P@5 of the ten judged sets rose from 0.780
// to 0.783 (held-out 1, 2 and 6 higher, none lower; nDCG@10 of held-out
// 6 0.922 to 0.912, of held-out 4 0.921 to 0.918, where a capital
// programme's table was judged about it); half the discount gained less.
type nearQuery struct {
	phrase bq.Query
	words  []*wordQuery
	boost  float64
}

// newNearQuery favours toks next to each other in field.
func newNearQuery(field textField, toks []Token, phrase bq.Query) *nearQuery {
	q := &nearQuery{phrase: phrase, boost: field.Boost}
	fields := []textField{{field.Name, 1}}
	if field.Name == FieldText {
		fields = append(fields, textField{FieldLines, listLineWeight})
	}
	for _, t := range toks {
		if !t.Stop {
			q.words = append(q.words, newWordQuery(fields, t, false))
		}
	}
	return q
}

// Searcher implements bleve's query.Query.
func (q *nearQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	ps, err := q.phrase.Searcher(ctx, r, m, bsearch.SearcherOptions{Score: "none"})
	if err != nil || opts.Score == "none" {
		return ps, err
	}
	s := &nearSearcher{phrase: ps, boost: q.boost}
	for _, w := range q.words {
		ws, err := w.Searcher(ctx, r, m, opts)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.words = append(s.words, ws)
	}
	return s, nil
}

// MarshalJSON shows the query in golden files and logs.
func (q *nearQuery) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"near": map[string]any{"phrase": q.phrase, "words": q.words, "boost": q.boost}})
}

// nearSearcher is the searcher of a nearQuery.
type nearSearcher struct {
	phrase bsearch.Searcher
	words  []bsearch.Searcher
	boost  float64
}

func (s *nearSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	d, err := s.phrase.Next(sctx)
	if d == nil || err != nil {
		return d, err
	}
	return s.score(sctx, d)
}

func (s *nearSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.phrase.Advance(sctx, id)
	if d == nil || err != nil {
		return d, err
	}
	return s.score(sctx, d)
}

// score is the words' scores at a match of the phrase, times the boost;
// the words are met in increasing document order, as the phrase's.
func (s *nearSearcher) score(sctx *bsearch.SearchContext, d *bsearch.DocumentMatch) (*bsearch.DocumentMatch, error) {
	sum := 0.0
	for _, w := range s.words {
		wm, err := w.Advance(sctx, d.IndexInternalID)
		if err != nil {
			return nil, err
		}
		if wm == nil {
			continue
		}
		if bytes.Equal(wm.IndexInternalID, d.IndexInternalID) {
			sum += wm.Score
		}
		sctx.DocumentMatchPool.Put(wm)
	}
	d.Score = s.boost * sum
	return d, nil
}

func (s *nearSearcher) Close() error {
	err := s.phrase.Close()
	for _, w := range s.words {
		if werr := w.Close(); err == nil {
			err = werr
		}
	}
	return err
}

// Weight and SetQueryNorm pass the words' weights on, as a phrase of
// their terms would.
func (s *nearSearcher) Weight() float64 {
	sum := 0.0
	for _, w := range s.words {
		sum += w.Weight()
	}
	return s.boost * s.boost * sum
}

func (s *nearSearcher) SetQueryNorm(n float64) {
	for _, w := range s.words {
		w.SetQueryNorm(n)
	}
}

func (s *nearSearcher) Count() uint64 { return s.phrase.Count() }
func (s *nearSearcher) Min() int      { return 0 }

func (s *nearSearcher) Size() int {
	n := s.phrase.Size()
	for _, w := range s.words {
		n += w.Size()
	}
	return n
}

func (s *nearSearcher) DocumentMatchPoolSize() int {
	n := s.phrase.DocumentMatchPoolSize()
	for _, w := range s.words {
		n += w.DocumentMatchPoolSize()
	}
	return n
}
