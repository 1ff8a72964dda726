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
// term searchers left them, and the stop words of a body field in its
// text (phrasetext.go). Its matches and scores are bleve's
// (TestPhraseQueryAsBleve, TestPhraseStopWordsAsPositions).
type phraseQuery struct {
	*bq.PhraseQuery
	texts FieldTexts // nil: every word has its positions
}

// newPhraseQuery is a phrase of terms in field whose every word has its
// positions; set texts for a body field of the index.
func newPhraseQuery(terms []string, field string) *phraseQuery {
	return &phraseQuery{PhraseQuery: bq.NewPhraseQuery(terms, field)}
}

// Searcher implements bleve's query.Query.
func (q *phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if q.Fuzziness != 0 || len(q.Terms) < 2 || slices.Contains(q.Terms, "") {
		return q.PhraseQuery.Searcher(ctx, r, m, opts)
	}
	slots := make([][]string, len(q.Terms))
	for i, t := range q.Terms {
		slots[i] = []string{t}
	}
	return newPhraseSearcher(ctx, r, slots, q.FieldVal, q.BoostVal.Value(), opts, q.texts)
}

// multiPhraseQuery is bleve's multi-phrase query (each word of the phrase
// one of several terms) with phraseSearcher.
type multiPhraseQuery struct {
	*bq.MultiPhraseQuery
	texts FieldTexts // nil: every word has its positions
}

func newMultiPhraseQuery(terms [][]string, field string, texts FieldTexts) *multiPhraseQuery {
	return &multiPhraseQuery{bq.NewMultiPhraseQuery(terms, field), texts}
}

// Searcher implements bleve's query.Query.
func (q *multiPhraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	if q.Fuzziness != 0 || len(q.Terms) < 2 || slices.ContainsFunc(q.Terms, func(ts []string) bool { return len(ts) == 0 || slices.Contains(ts, "") }) {
		return q.MultiPhraseQuery.Searcher(ctx, r, m, opts)
	}
	return newPhraseSearcher(ctx, r, q.Terms, q.FieldVal, q.BoostVal.Value(), opts, q.texts)
}

// newPhraseSearcher searches field for slots in a row, each one of its
// terms: a term searcher for a slot of one term, a disjunction of them
// for more, as bleve's phrase searcher has.
func newPhraseSearcher(ctx context.Context, r index.IndexReader, slots [][]string, field string, boost float64, opts bsearch.SearcherOptions, texts FieldTexts) (*phraseSearcher, error) {
	opts.IncludeTermVectors = true // the positions
	s := &phraseSearcher{r: r, texts: texts, field: field}
	list := make(searcher.OrderedSearcherList, 0, len(slots))
	at := map[bsearch.Searcher]int{}
	closeAll := func() {
		for _, c := range list {
			c.Close()
		}
	}
	for i, terms := range slots {
		var ss bsearch.Searcher
		var err error
		if len(terms) == 1 {
			ss, err = searcher.NewTermSearcher(ctx, r, terms[0], field, boost, opts)
		} else {
			var alts []bsearch.Searcher
			for _, term := range terms {
				ts, terr := searcher.NewTermSearcher(ctx, r, term, field, boost, opts)
				if terr != nil {
					err = terr
					break
				}
				alts = append(alts, ts)
			}
			if err == nil {
				ss, err = searcher.NewDisjunctionSearcher(ctx, r, alts, 1, opts)
			}
			if err != nil {
				for _, a := range alts {
					a.Close()
				}
			}
		}
		if err != nil {
			closeAll()
			return nil, err
		}
		list = append(list, ss)
		at[ss] = i
	}
	// rarest first, and the scores summed in that order, as bleve's
	// conjunction does
	sort.Sort(list)
	s.terms = list
	s.pos = make([]int, len(list))
	s.inText = make([]bool, len(list))
	byOff := make([]int, len(slots)) // the term searcher of each slot
	for i, ts := range list {
		s.pos[i] = at[ts]
		byOff[at[ts]] = i
		if texts != nil && !StopPositions(field) && slices.ContainsFunc(slots[at[ts]], func(t string) bool { return stopWords[t] }) {
			s.inText[i] = true
		}
	}
	s.anchor = slices.Index(s.inText, false)
	// each stop word is read in the location of the word after it or
	// before it (phrasetext.go), or else in the text
	for i, stop := range s.inText {
		if !stop {
			continue
		}
		off, terms := s.pos[i], slots[s.pos[i]]
		c := stopCheck{term: i, beside: -1}
		if len(terms) == 1 {
			c.id = uint64(StopID(terms[0]))
		}
		switch {
		case c.id == 0:
		case off+1 < len(slots) && !s.inText[byOff[off+1]]:
			c.beside, c.after = byOff[off+1], true
		case off > 0 && !s.inText[byOff[off-1]]:
			c.beside = byOff[off-1]
		}
		if c.beside < 0 {
			s.slots = append(s.slots, textSlot{off: off, terms: terms})
		}
		s.checks = append(s.checks, c)
	}
	s.at = make([]*bsearch.Location, len(list))
	if !slices.ContainsFunc(slots, func(ts []string) bool { return len(ts) > 1 }) {
		// the items holding every term, from the terms' bitmaps ANDed
		// segment by segment (bleve's unadorned conjunction, over the
		// term searchers' own postings): the term searchers are brought
		// only to those items
		both, err := intersect(list)
		if err != nil {
			s.Close()
			return nil, err
		}
		if both != nil { // else the term searchers leapfrog (find)
			s.ids = []index.TermFieldReader{both}
			s.tfds = make([]index.TermFieldDoc, 1)
		}
	}
	s.currs = make([]*bsearch.DocumentMatch, len(list))
	s.explain = opts.Explain
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

	// ids reads the items holding every term (one reader, intersect),
	// into tfds; nil for a phrase with a slot of several terms, whose
	// term searchers find the items themselves.
	ids  []index.TermFieldReader
	tfds []index.TermFieldDoc

	// The words read in the text (phrasetext.go): inText[i] for
	// terms[i], and their slots; anchor is the first term searcher
	// whose positions are read, -1 for none.
	r       index.IndexReader
	texts   FieldTexts
	field   string
	inText  []bool
	checks  []stopCheck
	slots   []textSlot          // the stop words read in the text
	at      []*bsearch.Location // where each term stands at a beginning
	anchor  int
	begins  map[string][]int // by value: where the phrase may begin, as its positions say
	explain bool
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
	if s.ids != nil {
		return s.findByIDs(sctx, id)
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
		far, same := farthest(s.currs, func(c *bsearch.DocumentMatch) index.IndexInternalID { return c.IndexInternalID })
		if !same {
			// far belongs to a match that may go back to the pool
			target = append(s.target[:0], far...)
			s.target = target
			continue
		}
		ok, err := s.inRow()
		if err != nil {
			return nil, err
		}
		if ok {
			return s.match(sctx), nil
		}
		// not in a row: the rarest moves on, and the others follow it
		sctx.DocumentMatchPool.Put(s.currs[0])
		s.currs[0] = nil
		target = nil
	}
}

// findByIDs is find with the reader of the items holding every term:
// only there are the term searchers brought, to score the item and read
// its positions. Each term searcher once read and scored every item of
// its term it passed.
func (s *phraseSearcher) findByIDs(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	for {
		var d *index.TermFieldDoc
		var err error
		if id == nil || (s.tfds[0].ID != nil && s.tfds[0].ID.Compare(id) >= 0) {
			// the reader of an intersection cannot go back (scorch
			// would open its made-up term again): a searcher is never
			// advanced to before where it stands
			d, err = s.ids[0].Next(s.tfds[0].Reset())
		} else {
			d, err = s.ids[0].Advance(id, s.tfds[0].Reset())
		}
		id = nil // the next candidate is the reader's next
		if err != nil {
			return nil, err
		}
		if d == nil {
			s.done = true
			return nil, nil
		}
		ok := true
		for i, t := range s.terms {
			c, err := t.Advance(sctx, d.ID)
			if err != nil {
				s.release(sctx)
				return nil, err
			}
			s.currs[i] = c
			if c == nil || !c.IndexInternalID.Equals(d.ID) {
				ok = false // not where its items said: no match
				break
			}
		}
		if ok {
			if ok, err = s.inRow(); err != nil {
				s.release(sctx)
				return nil, err
			}
		}
		if ok {
			return s.match(sctx), nil
		}
		s.release(sctx)
	}
}

// release gives the term searchers' matches back to the pool.
func (s *phraseSearcher) release(sctx *bsearch.SearchContext) {
	for i, c := range s.currs {
		if c != nil {
			sctx.DocumentMatchPool.Put(c)
			s.currs[i] = nil
		}
	}
}

// match makes the match of the current item: the sum of the terms'
// scores, as bleve's conjunction scores it, in the first term's match.
func (s *phraseSearcher) match(sctx *bsearch.SearchContext) *bsearch.DocumentMatch {
	rv := s.currs[0]
	sum := 0.0
	for _, c := range s.currs {
		sum += c.Score
	}
	if s.explain {
		// as bleve's conjunction explains its sum
		children := make([]*bsearch.Explanation, len(s.currs))
		for i, c := range s.currs {
			children[i] = c.Expl
		}
		rv.Expl = &bsearch.Explanation{Value: sum, Message: "sum of:", Children: children}
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
	for _, r := range s.ids {
		if cerr := r.Close(); err == nil {
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

// intersect returns one reader of the items that every searcher of
// terms finds, from their postings' bitmaps ANDed segment by segment
// (bleve's unadorned conjunction), or nil where the index cannot do that.
// Walking it finds the items holding every term without leapfrogging one
// term's postings over the other's, or opening readers of their own.
func intersect(terms []bsearch.Searcher) (index.TermFieldReader, error) {
	var octx index.OptimizableContext
	for _, t := range terms {
		o, ok := t.(index.Optimizable)
		if !ok {
			return nil, nil
		}
		var err error
		if octx, err = o.Optimize("conjunction:unadorned", octx); err != nil || octx == nil {
			return nil, err
		}
	}
	if octx == nil {
		return nil, nil
	}
	done, err := octx.Finish()
	if err != nil {
		return nil, err
	}
	both, _ := done.(index.TermFieldReader)
	return both, nil
}

// farthest returns the largest document ID of the readers' current
// documents, where the others must catch up to, and whether they all
// stand on it already.
func farthest[T any](at []T, id func(T) index.IndexInternalID) (far index.IndexInternalID, same bool) {
	far, same = id(at[0]), true
	for _, x := range at[1:] {
		switch id(x).Compare(far) {
		case 1:
			far, same = id(x), false
		case -1:
			same = false
		}
	}
	return far, same
}
