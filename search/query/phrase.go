package query

import (
	"bytes"
	"context"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is bleve's phrase query with a leaner searcher. Bleve's
// phrase searcher finds the items holding every word through a
// conjunction, then turns each one's word positions into maps of maps
// (DocumentMatch.Complete) to look for the words in a row: that took
// most of a phrase query's CPU. phraseSearcher walks the same term
// searchers, with the same scores, and reads the positions where the
// term searchers left them. Its matches and scores are bleve's
// (TestPhraseQueryAsBleve); explanations come from bleve's own searcher.
type phraseQuery struct {
	*bq.PhraseQuery
}

func newPhraseQuery(terms []string, field string) *phraseQuery {
	return &phraseQuery{bq.NewPhraseQuery(terms, field)}
}

// Searcher implements bleve's query.Query.
func (q *phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if opts.Explain || q.Fuzziness != 0 || len(q.Terms) < 2 || slices.Contains(q.Terms, "") {
		return q.PhraseQuery.Searcher(ctx, r, m, opts)
	}
	opts.IncludeTermVectors = true // the positions
	s := &phraseSearcher{}
	list := make(searcher.OrderedSearcherList, 0, len(q.Terms))
	at := map[bsearch.Searcher]int{}
	for i, term := range q.Terms {
		ts, err := searcher.NewTermSearcher(ctx, r, term, q.FieldVal, q.BoostVal.Value(), opts)
		if err != nil {
			for _, c := range list {
				c.Close()
			}
			return nil, err
		}
		list = append(list, ts)
		at[ts] = i
	}
	// rarest first, and the scores summed in that order, as bleve's
	// conjunction does
	sort.Sort(list)
	s.terms = list
	s.pos = make([]int, len(list))
	for i, ts := range list {
		s.pos[i] = at[ts]
	}
	s.currs = make([]*bsearch.DocumentMatch, len(list))
	// normalised on its own until a parent normalises it, as bleve's
	// phrase and conjunction searchers are
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

// phraseSearcher is the searcher of a phraseQuery.
type phraseSearcher struct {
	terms  []bsearch.Searcher       // rarest first
	pos    []int                    // where terms[i] stands in the phrase
	currs  []*bsearch.DocumentMatch // the match each term searcher is on; nil: to read
	target index.IndexInternalID    // the item every term searcher is brought to
	done   bool
}

func (s *phraseSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	return s.find(sctx, nil)
}

func (s *phraseSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	return s.find(sctx, id)
}

// find returns the next match at or after id (nil: after the last).
func (s *phraseSearcher) find(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	if s.done {
		return nil, nil
	}
	target := id
	if target != nil {
		target = append(s.target[:0], id...)
		s.target = target
	}
	for {
		// bring every term searcher to target or beyond; the furthest
		// becomes the next target until all stand on one item
		for i, c := range s.currs {
			if c != nil && (target == nil || bytes.Compare(c.IndexInternalID, target) >= 0) {
				continue
			}
			if c != nil {
				sctx.DocumentMatchPool.Put(c)
			}
			var err error
			if target == nil {
				s.currs[i], err = s.terms[i].Next(sctx)
			} else {
				s.currs[i], err = s.terms[i].Advance(sctx, target)
			}
			if err != nil {
				return nil, err
			}
			if s.currs[i] == nil {
				s.done = true
				return nil, nil
			}
		}
		far := s.currs[0].IndexInternalID
		same := true
		for _, c := range s.currs[1:] {
			switch bytes.Compare(c.IndexInternalID, far) {
			case 1:
				far, same = c.IndexInternalID, false
			case -1:
				same = false
			}
		}
		if !same {
			// far belongs to a match that may go back to the pool
			target = append(s.target[:0], far...)
			s.target = target
			continue
		}
		if s.inRow() {
			return s.match(sctx), nil
		}
		// not in a row: the rarest moves on, and the others follow it
		sctx.DocumentMatchPool.Put(s.currs[0])
		s.currs[0] = nil
		target = nil
	}
}

// inRow reports whether the current item holds the terms in a row, in
// one field value (the same array positions), as bleve's phrase searcher
// requires.
func (s *phraseSearcher) inRow() bool {
	first := 0
	for i, p := range s.pos {
		if p == 0 {
			first = i
		}
	}
	for _, start := range s.currs[first].FieldTermLocations {
		ok := true
		for i, c := range s.currs {
			if i == first {
				continue
			}
			if !holds(c.FieldTermLocations, start.Location.Pos+uint64(s.pos[i]), start.Location.ArrayPositions) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// holds reports whether locs hold position pos in array positions ap.
func holds(locs []bsearch.FieldTermLocation, pos uint64, ap []uint64) bool {
	for _, l := range locs {
		if l.Location.Pos == pos && slices.Equal(l.Location.ArrayPositions, ap) {
			return true
		}
	}
	return false
}

// match makes the match of the current item: the sum of the terms'
// scores, as bleve's conjunction scores it, in the first term's match.
func (s *phraseSearcher) match(sctx *bsearch.SearchContext) *bsearch.DocumentMatch {
	rv := s.currs[0]
	sum := 0.0
	for _, c := range s.currs {
		sum += c.Score
	}
	rv.Score = sum
	rv.FieldTermLocations = rv.FieldTermLocations[:0]
	for i, c := range s.currs[1:] {
		sctx.DocumentMatchPool.Put(c)
		s.currs[i+1] = nil
	}
	s.currs[0] = nil
	return rv
}

func (s *phraseSearcher) Close() error {
	var err error
	for _, t := range s.terms {
		if cerr := t.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Weight and SetQueryNorm are those of bleve's conjunction of the terms.
func (s *phraseSearcher) Weight() float64 {
	var w float64
	for _, t := range s.terms {
		w += t.Weight()
	}
	return w
}

func (s *phraseSearcher) SetQueryNorm(n float64) {
	for _, t := range s.terms {
		t.SetQueryNorm(n)
	}
}

// Count is an upper bound of the matches: those of the rarest term.
func (s *phraseSearcher) Count() uint64 { return s.terms[0].Count() }

func (s *phraseSearcher) Min() int { return 0 }

func (s *phraseSearcher) Size() int { return 64 + 64*len(s.terms) }

func (s *phraseSearcher) DocumentMatchPoolSize() int {
	n := len(s.terms)
	for _, t := range s.terms {
		n += t.DocumentMatchPoolSize()
	}
	return n
}
