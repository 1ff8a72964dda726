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

// A long item that names each word of a query once, and none of them in
// its lead, mentions the subject in passing: a district's report that
// lists "1916 Commemoration" among its events, a budget speech naming
// "casual trading fees" among others, a reply naming a road on the way
// to another. The lead clause (lead.go) only adds a small bonus to the
// long items whose lead names the words, and the nearness clauses give
// such a passing "1916 Commemoration" three times its words' score, so a
// single mention deep in a long item outranked short items about the
// subject. On the judged sets, about four in five of the long items in a
// multi-word query's first ten hits that name each word once past their
// lead were judged not about it. passingQuery scales their score by
// passingFactor. Only subject words count (subjectWords): a year names
// no subject, and "budget 2017" is about the budget.

// passingFactor scales the score of an item that mentions the query's
// words in passing: 0.1 and 0.05 gained the same on the judged sets, 0.25
// and 0.5 less (mean P@5 of the eight sets 0.822 against 0.820, nDCG@10
// 0.930 against 0.928 and 0.927). A query of one word is not held to
// it: scaling a long item that names the word once past its lead (by 0.1
// to 0.7) moved the mean P@5 of the ten sets by 0.001 and lowered
// nDCG@10; nor are items whose every mention of the words stands past
// their first 50 words (scaled by 0.5 or 0.7, held-out 7 rose by 0.02
// and the developed set and held-out 1 to 4 fell).
const passingFactor = 0.1

// passingQuery passes on the matches of inner, scaling the score of those
// whose field is longer than leadMinLength words and holds each of terms
// exactly once, after its first leadWords words.
type passingQuery struct {
	inner bq.Query
	field string
	terms []string
}

// passing wraps q in a passingQuery for the subject words of children,
// when they are plain words (bonusWords) and two or more of them are
// subject words; otherwise it returns q.
func (b builder) passing(q bq.Query, children []Node) bq.Query {
	toks := subjectWords(b.bonusWords(children))
	if len(toks) < 2 {
		return q
	}
	p := &passingQuery{inner: q, field: FieldText}
	for _, t := range toks {
		p.terms = append(p.terms, t.Light)
	}
	return p
}

// Searcher implements bleve's query.Query.
func (q *passingQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	inner, err := q.inner.Searcher(ctx, r, m, opts)
	if err != nil || opts.Score == "none" {
		return inner, err
	}
	s := &passingSearcher{inner: inner}
	if f, ok := ctx.Value(floorKey{}).(scoreFloor); ok && f.q == q {
		s.floor = f.floor
	}
	for _, t := range q.terms {
		tfr, err := r.TermFieldReader(ctx, []byte(t), q.field, true, true, true)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.terms = append(s.terms, &postingCursor{r: tfr})
	}
	return s, nil
}

// Wrapped is the query whose matches q passes on.
func (q *passingQuery) Wrapped() bq.Query { return q.inner }

// MarshalJSON shows the query in golden files and logs.
func (q *passingQuery) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"passing": map[string]any{"field": q.field, "terms": q.terms, "query": q.inner}})
}

// passingSearcher is the searcher of a passingQuery.
type passingSearcher struct {
	inner bsearch.Searcher
	terms []*postingCursor
	floor func() float64 // nil: none (WithScoreFloor)
}

// floorKey is the context key of a scoreFloor.
type floorKey struct{}

// scoreFloor is the floor of a search's scores (WithScoreFloor).
type scoreFloor struct {
	q     bq.Query
	floor func() float64
}

// WithScoreFloor tells the searcher of q, when q is a passing mention's
// query, that a match scoring below floor() will be dropped whatever
// happens to its score after it, as long as the score is only ever
// lowered: a relevance search that keeps only the matches that may reach
// its page (engine's RankQuery with Keep), where q's score is the
// search's score up to its demotions. Such a match is passed on without
// reading its words' positions: scaling it down cannot bring it back.
// Most of a common query's matches stand below the page's floor, so most
// position reads are spared, and the answer is the same.
func WithScoreFloor(ctx context.Context, q bq.Query, floor func() float64) context.Context {
	return context.WithValue(ctx, floorKey{}, scoreFloor{q: q, floor: floor})
}

func (s *passingSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	d, err := s.inner.Next(sctx)
	if d == nil || err != nil {
		return d, err
	}
	return s.scale(d)
}

func (s *passingSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	d, err := s.inner.Advance(sctx, id)
	if d == nil || err != nil {
		return d, err
	}
	return s.scale(d)
}

// scale multiplies d's score by passingFactor when every term stands in
// it once, past the lead of a long text.
func (s *passingSearcher) scale(d *bsearch.DocumentMatch) (*bsearch.DocumentMatch, error) {
	if s.floor != nil && d.Score < s.floor() {
		return d, nil // below the page whether scaled or not
	}
	for _, c := range s.terms {
		t, err := c.at(d.IndexInternalID)
		if err != nil {
			return nil, err
		}
		if t == nil || t.Freq != 1 || t.Norm <= 0 || 1/(t.Norm*t.Norm) <= leadMinLength ||
			len(t.Vectors) != 1 || float64(t.Vectors[0].Pos) <= leadWords {
			return d, nil
		}
	}
	d.Score *= passingFactor
	return d, nil
}

func (s *passingSearcher) Close() error {
	err := s.inner.Close()
	for _, c := range s.terms {
		if cerr := c.r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func (s *passingSearcher) Weight() float64        { return s.inner.Weight() }
func (s *passingSearcher) SetQueryNorm(n float64) { s.inner.SetQueryNorm(n) }
func (s *passingSearcher) Count() uint64          { return s.inner.Count() }
func (s *passingSearcher) Min() int               { return s.inner.Min() }
func (s *passingSearcher) Size() int              { return s.inner.Size() + 64*len(s.terms) }
func (s *passingSearcher) DocumentMatchPoolSize() int {
	return s.inner.DocumentMatchPoolSize()
}

// postingCursor walks one term's postings in one field (with positions
// when its reader reads them), answering for the documents asked for in
// increasing order.
type postingCursor struct {
	r    index.TermFieldReader
	cur  *index.TermFieldDoc
	buf  index.TermFieldDoc
	done bool
}

// at returns the term's posting in document id, or nil when id does not
// hold it.
func (c *postingCursor) at(id index.IndexInternalID) (*index.TermFieldDoc, error) {
	if c.done {
		return nil, nil
	}
	if c.cur == nil || bytes.Compare(c.cur.ID, id) < 0 {
		d, err := c.r.Advance(id, c.buf.Reset())
		if err != nil {
			return nil, err
		}
		if d == nil {
			c.done = true
			return nil, nil
		}
		c.cur = d
	}
	if bytes.Equal(c.cur.ID, id) {
		return c.cur, nil
	}
	return nil, nil
}
