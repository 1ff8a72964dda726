package engine

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// FilterQuery matches the documents of Inner and adds nothing to their
// score: the filters of a search (council, committee, topic, type,
// dates) stand beside the words as a clause of a conjunction, which
// leapfrogs from its rarest clause.
//
// A scored clause, even one of zero boost, reads the frequency and norm
// of every posting it passes, and zapx decodes those chunk by chunk: for
// a filter on every item (type:item) or on a large topic that was most of
// a filtered search. FilterQuery searches Inner unscored instead, so that
// its term readers skip through the postings' bitmaps and bleve may
// intersect them as bitmaps ("unadorned" conjunctions). It weighs 0 in
// the query norm and scores 0, as the zero-boost clauses it replaces did,
// so the scores of the matches are the same to the bit.
type FilterQuery struct {
	Inner bq.Query
}

// Searcher implements bleve's query.Query.
func (q *FilterQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	s, err := q.Inner.Searcher(ctx, r, m, bsearch.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	return &filterSearcher{Searcher: s, explain: opts.Explain}, nil
}

// filterSearcher passes on the matches of an unscored searcher with a
// score of 0.
type filterSearcher struct {
	bsearch.Searcher
	explain bool
}

func (s *filterSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	d, err := s.Searcher.Next(sctx)
	return s.unscored(d), err
}

func (s *filterSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.Searcher.Advance(sctx, id)
	return s.unscored(d), err
}

func (s *filterSearcher) unscored(d *bsearch.DocumentMatch) *bsearch.DocumentMatch {
	if d != nil {
		d.Score, d.Expl = 0, nil
		if s.explain {
			d.Expl = &bsearch.Explanation{Value: 0, Message: "filter"}
		}
	}
	return d
}

// Weight is 0: a filter takes no part in the query norm.
func (s *filterSearcher) Weight() float64 { return 0 }

// SetQueryNorm does nothing: a filter has no score to normalise.
func (s *filterSearcher) SetQueryNorm(float64) {}
