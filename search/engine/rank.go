package engine

import (
	"bytes"
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/query"
)

// ProceduralFactor scales the score of procedural items (apologies,
// declarations of interest, minutes of the last meeting) so that they rank
// below substantive items that match as well. A multiplier, unlike an
// optional boosting clause, keeps the order whatever the query's scale.
// It applies to the housekeeping of an item only (demote.go): a long
// procedural item holds business the extraction merged into it.
const ProceduralFactor = 0.3

// HeadingFactor scales the score of heading items (search/heading.go): a
// meeting's heading, venue and attendance lines never outrank item text.
const HeadingFactor = 0.2

// RankQuery wraps the compiled query of a search. Its searcher passes on
// the matches of Inner, multiplying the score of procedural items by
// ProceduralFactor and that of heading items by HeadingFactor when Demote
// is set, and counting the facets of every
// match in Tally when that is not nil. With Parts (a relaxed query, see
// search/relax.go) a match scores the number of parts it holds plus a fraction
// from its own score, so that items holding more of the words come first.
//
// It finds the matches of each part by walking their posting lists
// alongside the matches, and the demotion and facet values of a match in
// tables built once per index snapshot (demotetable.go, facettable.go),
// so it reads no stored fields, no doc values and no other postings per
// match.
type RankQuery struct {
	Inner   bq.Query
	Demote  bool
	Tally   *Tally
	Tables  *FacetTables
	Lengths *LengthStats // nil: bleve's own BM25 statistics
	Keep    int          // > 0: pass on only matches that may be among the best keep (prune.go)
	Parts   []bq.Query   // relaxed: rank by how many of these a match holds
}

// Searcher implements bleve's query.Query.
func (q *RankQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if q.Lengths != nil {
		var err error
		if ctx, err = q.Lengths.withStats(ctx, r); err != nil {
			return nil, err
		}
	}
	var top *topScores
	if q.Keep > 0 {
		top = newTopScores(q.Keep)
		if c := scoringClause(q.Inner); c != nil && len(q.Parts) == 0 && opts.Score != "none" {
			// the clause's score is the match's score until demotion,
			// which only lowers it
			ctx = query.WithScoreFloor(ctx, c, top.floor)
		}
	}
	child, err := q.Inner.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	s := &rankSearcher{child: child, tally: q.Tally, top: top}
	fail := func(err error) (bsearch.Searcher, error) {
		s.Close()
		return nil, err
	}
	if q.Tally != nil {
		t, err := q.Tables.get(ctx, r)
		if err != nil {
			return fail(err)
		}
		q.Tally.start(t)
	}
	unscored := bsearch.SearcherOptions{Score: "none"}
	if q.Demote {
		if s.demote, err = q.Tables.demotions(ctx, r); err != nil {
			return fail(err)
		}
	}
	if opts.Score != "none" {
		for _, p := range q.Parts {
			ps, err := p.Searcher(ctx, r, m, unscored)
			if err != nil {
				return fail(fmt.Errorf("relaxed query: %w", err))
			}
			s.parts = append(s.parts, &walker{s: ps})
		}
	}
	return s, nil
}

// scoringClause is the clause of q whose score is q's score: q itself,
// or the one clause of a conjunction whose other clauses are filters
// (which score 0), or the must clause of a boolean query without should
// clauses (must-not clauses score nothing). nil when there is none.
func scoringClause(q bq.Query) bq.Query {
	switch q := q.(type) {
	case *bq.ConjunctionQuery:
		var one bq.Query
		for _, c := range q.Conjuncts {
			if _, ok := c.(*FilterQuery); ok {
				continue
			}
			if one != nil {
				return nil
			}
			one = c
		}
		if one == nil || q.BoostVal != nil {
			return nil
		}
		return scoringClause(one)
	case *bq.BooleanQuery:
		if q.Should != nil || q.Must == nil || q.BoostVal != nil {
			return nil
		}
		return scoringClause(q.Must)
	}
	return q
}

// rankSearcher is the searcher of a RankQuery.
type rankSearcher struct {
	child  bsearch.Searcher
	demote *demoteTable // nil when not demoting
	parts  []*walker
	tally  *Tally
	top    *topScores // nil: pass every match on
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

// visit demotes, ranks by parts held and counts one match.
func (s *rankSearcher) visit(sctx *bsearch.SearchContext, d *bsearch.DocumentMatch) (*bsearch.DocumentMatch, error) {
	if s.tally != nil {
		s.tally.add(d.IndexInternalID)
	}
	if s.demote != nil {
		tokens, flags := s.demote.of(d.IndexInternalID)
		if f := demotion(tokens, flags); f < 1 {
			d.Score *= f
			if d.Expl != nil {
				d.Expl = &bsearch.Explanation{Value: d.Score, Message: demotionWhy(tokens, flags), Children: []*bsearch.Explanation{d.Expl}}
			}
		}
	}
	if len(s.parts) > 0 {
		held := 0
		for _, p := range s.parts {
			ok, err := p.has(sctx, d.IndexInternalID)
			if err != nil {
				return nil, fmt.Errorf("relaxed query: %w", err)
			}
			if ok {
				held++
			}
		}
		d.Score = float64(held) + d.Score/(d.Score+1)
	}
	return d, nil
}

// walker walks the matches of a searcher alongside those of another, in
// increasing document order, answering whether each is among them. Each
// list is walked once.
type walker struct {
	s    bsearch.Searcher
	at   index.IndexInternalID
	done bool
}

func (w *walker) has(sctx *bsearch.SearchContext, id index.IndexInternalID) (bool, error) {
	if w.done {
		return false, nil
	}
	if w.at != nil && bytes.Compare(w.at, id) >= 0 {
		return bytes.Equal(w.at, id), nil
	}
	m, err := w.s.Advance(sctx, id)
	if err != nil {
		return false, err
	}
	if m == nil {
		w.done = true
		return false, nil
	}
	w.at = append(w.at[:0], m.IndexInternalID...)
	sctx.DocumentMatchPool.Put(m)
	return bytes.Equal(w.at, id), nil
}

func (s *rankSearcher) Close() error {
	err := s.child.Close()
	for _, w := range s.parts {
		if werr := w.s.Close(); err == nil {
			err = werr
		}
	}
	return err
}

func (s *rankSearcher) Weight() float64        { return s.child.Weight() }
func (s *rankSearcher) SetQueryNorm(n float64) { s.child.SetQueryNorm(n) }
func (s *rankSearcher) Count() uint64          { return s.child.Count() }
func (s *rankSearcher) Min() int               { return s.child.Min() }
func (s *rankSearcher) Size() int              { return s.child.Size() }

// DocumentMatchPoolSize makes room for the matches the walkers hold.
func (s *rankSearcher) DocumentMatchPoolSize() int {
	n := s.child.DocumentMatchPoolSize()
	for _, w := range s.parts {
		n += w.s.DocumentMatchPoolSize()
	}
	return n
}
