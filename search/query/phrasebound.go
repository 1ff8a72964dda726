package query

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// pairPhraseQuery is the disjunction of a two-word phrase over several
// paired fields (pairs.go): bleve's disjunction of phraseQuery, with the
// same matches and scores. In a relevance search that keeps only the
// matches that may reach its page (WithScoreFloor), its searcher finds
// the matches from the pair terms alone, unscored, and scores a match as
// bleve does only when the best score it could have reaches the page's
// floor; the others are passed on with that bound as their score, which
// the ranker drops (engine's RankQuery). A phrase of two common words
// matches thousands of items, nearly all of them below the page, and
// scoring one read both words' frequencies and positions.
type pairPhraseQuery struct {
	*bq.DisjunctionQuery
}

// Wrapped is the disjunction q searches.
func (q *pairPhraseQuery) Wrapped() bq.Query { return q.DisjunctionQuery }

// phraseSinkKey is the context key under which phraseQuery.Searcher
// hands its searcher to a pairPhraseQuery.
type phraseSinkKey struct{}

// Searcher implements bleve's query.Query.
func (q *pairPhraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	f, ok := ctx.Value(floorKey{}).(scoreFloor)
	if !ok || f.q != q || opts.Score == "none" || opts.Explain || !bm25(ctx) {
		return q.DisjunctionQuery.Searcher(ctx, r, m, opts)
	}
	var fields []*phraseSearcher
	inner, err := q.DisjunctionQuery.Searcher(context.WithValue(ctx, phraseSinkKey{}, &fields), r, m, opts)
	if err != nil {
		return nil, err
	}
	if len(fields) != len(q.Disjuncts) {
		return inner, nil
	}
	s := &pairPhraseSearcher{inner: inner, fields: fields, floor: f.floor}
	for _, p := range fields {
		if p.pair == nil {
			s.Close()
			return inner, nil
		}
		tfr, err := r.TermFieldReader(ctx, p.pair, p.field, false, false, false)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.pairs = append(s.pairs, tfr)
	}
	// the order bleve's disjunction keeps its clauses in, and sums
	// their scores in
	ordered := make(searcher.OrderedSearcherList, len(fields))
	for i, p := range fields {
		ordered[i] = p
	}
	sort.Sort(ordered)
	for _, o := range ordered {
		s.order = append(s.order, slices.IndexFunc(fields, func(p *phraseSearcher) bool { return p == o }))
	}
	s.at = make([]*index.TermFieldDoc, len(s.pairs))
	s.tfds = make([]index.TermFieldDoc, len(s.pairs))
	s.stale = make([]bool, len(s.pairs))
	for i := range s.stale {
		s.stale[i] = true
	}
	return s, nil
}

// bm25 reports whether the search scores by BM25, whose score of a term
// in a match is bounded whatever the term's frequency (maxScore).
func bm25(ctx context.Context) bool {
	f, ok := ctx.Value(bsearch.GetScoringModelCallbackKey).(bsearch.GetScoringModelCallbackFn)
	return ok && f() == index.BM25Scoring
}

// pairPhraseSearcher is the searcher of a pairPhraseQuery under a floor.
type pairPhraseSearcher struct {
	inner  bsearch.Searcher        // bleve's disjunction of fields: its weight, query norm and count
	order  []int                   // fields in the order of inner's clauses
	fields []*phraseSearcher       // its clauses, one a field
	pairs  []index.TermFieldReader // the pair term of each field, unscored
	at     []*index.TermFieldDoc   // where each pairs reader stands; nil: at its end
	tfds   []index.TermFieldDoc
	stale  []bool    // pairs[i] is to be read on
	max    []float64 // the best score of each field's clause; nil: not yet known
	floor  func() float64
}

// maxScore is above any score of the phrase in a match: the sum, over
// its words, of a BM25 term score's bound. Bleve scores a term
// idf·(tf·k1)/(tf + k1·(1−b+b·len/avg)) times its query weight,
// boost·idf·norm, and the fraction stays below k1 whatever tf and len;
// a term searcher's weight is (boost·idf)².
func (s *phraseSearcher) maxScore() float64 {
	if s.boost <= 0 {
		return 0
	}
	var m float64
	for _, t := range s.terms {
		m += bsearch.BM25_k1 * t.Weight() * s.norm / s.boost
	}
	return m
}

func (s *pairPhraseSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	return s.find(sctx, nil)
}

func (s *pairPhraseSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	return s.find(sctx, id)
}

// find returns the next match at or after id (nil: the next one).
func (s *pairPhraseSearcher) find(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	if s.max == nil {
		// the query norm is set by now: parents set it before searching
		s.max = make([]float64, len(s.fields))
		for i, p := range s.fields {
			s.max[i] = p.maxScore()
		}
	}
	var first index.IndexInternalID
	for i, r := range s.pairs {
		if s.stale[i] {
			s.stale[i] = false
			d, err := r.Next(s.tfds[i].Reset())
			if err != nil {
				return nil, err
			}
			s.at[i] = d
		}
		if id != nil && s.at[i] != nil && s.at[i].ID.Compare(id) < 0 {
			d, err := r.Advance(id, s.tfds[i].Reset())
			if err != nil {
				return nil, err
			}
			s.at[i] = d
		}
		if s.at[i] != nil && (first == nil || s.at[i].ID.Compare(first) < 0) {
			first = s.at[i].ID
		}
	}
	if first == nil {
		return nil, nil
	}
	// the fields matched, and the best score bleve's disjunction could
	// give them: the sum of their clauses' scores times the share of
	// clauses matched
	var sum float64
	n := 0
	for i, d := range s.at {
		if d != nil && d.ID.Equals(first) {
			sum += s.max[i]
			n++
			s.stale[i] = true
		}
	}
	bound := sum * float64(n) / float64(len(s.pairs)) * (1 + 1e-9)
	if bound < s.floor() {
		// below the page: matched (its pair terms say so), not scored
		d := sctx.DocumentMatchPool.Get()
		d.IndexInternalID = append(d.IndexInternalID[:0], first...)
		d.Score = bound
		return d, nil
	}
	return s.score(sctx, first)
}

// score scores the match at id as bleve's disjunction of the fields
// would (DisjunctionQueryScorer): the sum of the matched clauses' scores,
// in the disjunction's order of its clauses, times the share of clauses
// matched. Only the matched clauses are brought to id; bleve's
// disjunction would also bring each of them on to its next match.
func (s *pairPhraseSearcher) score(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	var rv *bsearch.DocumentMatch
	var sum float64
	n := 0
	for _, i := range s.order {
		if !s.stale[i] { // stale: its pair reader stood on id
			continue
		}
		d, err := s.fields[i].Advance(sctx, id)
		if err != nil {
			return nil, err
		}
		if d == nil || !d.IndexInternalID.Equals(id) {
			return nil, fmt.Errorf("phrase: the pair term of %s matches document %x, the words' positions do not", s.fields[i].field, []byte(id))
		}
		sum += d.Score
		n++
		if rv == nil {
			rv = d
		} else {
			sctx.DocumentMatchPool.Put(d)
		}
	}
	rv.Score = sum * (float64(n) / float64(len(s.fields)))
	return rv, nil
}

func (s *pairPhraseSearcher) Close() error {
	err := s.inner.Close()
	for _, r := range s.pairs {
		if cerr := r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func (s *pairPhraseSearcher) Weight() float64        { return s.inner.Weight() }
func (s *pairPhraseSearcher) SetQueryNorm(n float64) { s.inner.SetQueryNorm(n); s.max = nil }
func (s *pairPhraseSearcher) Count() uint64          { return s.inner.Count() }
func (s *pairPhraseSearcher) Min() int               { return 0 }
func (s *pairPhraseSearcher) Size() int              { return s.inner.Size() + 64*len(s.pairs) }

func (s *pairPhraseSearcher) DocumentMatchPoolSize() int {
	return s.inner.DocumentMatchPoolSize() + 1
}
