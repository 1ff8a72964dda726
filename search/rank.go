package search

import (
	"bytes"
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// proceduralFactor scales the score of procedural items (apologies,
// declarations of interest, minutes of the last meeting) so that they rank
// below substantive items that match as well. A multiplier, unlike an
// optional boosting clause, keeps the order whatever the query's scale.
const proceduralFactor = 0.3

// rankQuery wraps the compiled query of a search. Its searcher passes on
// the matches of inner, multiplying the score of procedural items by
// proceduralFactor when demote is set, and counting the facets of every
// match in tally when that is not nil.
//
// It finds procedural items by walking the (short) posting list of
// procedural:T alongside the matches, and facet values in a table built
// once per index snapshot (facettable.go), so it reads no stored fields
// and no doc values per match.
type rankQuery struct {
	inner   bq.Query
	demote  bool
	tally   *tally
	tables  *facetTables
	lengths *lengthStats // nil: bleve's own BM25 statistics
	keep    int          // > 0: pass on only matches that may be among the best keep (prune.go)
}

// Searcher implements bleve's query.Query.
func (q *rankQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if q.lengths != nil {
		var err error
		if ctx, err = q.lengths.withStats(ctx, r); err != nil {
			return nil, err
		}
	}
	child, err := q.inner.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	s := &rankSearcher{child: child, tally: q.tally}
	if q.keep > 0 {
		s.top = newTopScores(q.keep)
	}
	if q.tally != nil {
		t, err := q.tables.get(ctx, r)
		if err != nil {
			child.Close()
			return nil, err
		}
		q.tally.start(t)
	}
	if q.demote {
		pq := bq.NewBoolFieldQuery(true)
		pq.SetField(fieldProcedural)
		s.proc, err = pq.Searcher(ctx, r, m, bsearch.SearcherOptions{Score: "none"})
		if err != nil {
			child.Close()
			return nil, fmt.Errorf("procedural items: %w", err)
		}
	}
	return s, nil
}

// rankSearcher is the searcher of a rankQuery.
type rankSearcher struct {
	child    bsearch.Searcher
	proc     bsearch.Searcher // procedural:T; nil when not demoting
	procID   index.IndexInternalID
	procDone bool
	tally    *tally
	top      *topScores // nil: pass every match on
}

func (s *rankSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	for {
		d, err := s.child.Next(sctx)
		if d == nil || err != nil {
			return d, err
		}
		if d, err = s.visit(sctx, d); err != nil {
			return nil, err
		}
		if s.top == nil || s.top.admit(d.Score) {
			return d, nil
		}
		sctx.DocumentMatchPool.Put(d) // cannot reach the page
	}
}

func (s *rankSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.child.Advance(sctx, id)
	if d == nil || err != nil {
		return d, err
	}
	return s.visit(sctx, d)
}

// visit demotes and counts one match.
func (s *rankSearcher) visit(sctx *bsearch.SearchContext, d *bsearch.DocumentMatch) (*bsearch.DocumentMatch, error) {
	if s.tally != nil {
		s.tally.add(d.IndexInternalID)
	}
	if s.proc == nil {
		return d, nil
	}
	proc, err := s.isProcedural(sctx, d.IndexInternalID)
	if err != nil {
		return nil, err
	}
	if proc {
		d.Score *= proceduralFactor
		if d.Expl != nil {
			d.Expl = &bsearch.Explanation{Value: d.Score, Message: "procedural item", Children: []*bsearch.Explanation{d.Expl}}
		}
	}
	return d, nil
}

// isProcedural advances the procedural posting list to id. Matches come
// in increasing ID order, so the list is walked once.
func (s *rankSearcher) isProcedural(sctx *bsearch.SearchContext, id index.IndexInternalID) (bool, error) {
	if s.procDone {
		return false, nil
	}
	if s.procID != nil && bytes.Compare(s.procID, id) >= 0 {
		return bytes.Equal(s.procID, id), nil
	}
	m, err := s.proc.Advance(sctx, id)
	if err != nil {
		return false, fmt.Errorf("procedural items: %w", err)
	}
	if m == nil {
		s.procDone = true
		return false, nil
	}
	s.procID = append(s.procID[:0], m.IndexInternalID...)
	sctx.DocumentMatchPool.Put(m)
	return bytes.Equal(s.procID, id), nil
}

func (s *rankSearcher) Close() error {
	err := s.child.Close()
	if s.proc != nil {
		if perr := s.proc.Close(); err == nil {
			err = perr
		}
	}
	return err
}

func (s *rankSearcher) Weight() float64            { return s.child.Weight() }
func (s *rankSearcher) SetQueryNorm(n float64)     { s.child.SetQueryNorm(n) }
func (s *rankSearcher) Count() uint64              { return s.child.Count() }
func (s *rankSearcher) Min() int                   { return s.child.Min() }
func (s *rankSearcher) Size() int                  { return s.child.Size() }
func (s *rankSearcher) DocumentMatchPoolSize() int { return s.child.DocumentMatchPoolSize() + 1 }
