package query

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A year in a query ("budget 2018") asks for items of that year or about
// it. Items of a meeting held that year matched as well as items writing
// the year, and bleve doubled the score of items doing both: the budget
// meeting of November 2018 adopts the budget for 2019, writing 2018 only
// beside it for comparison, so "budget 2018" ranked next year's budget
// first and the 2018 budget itself (adopted in November 2017) half as
// high. An item is about the year it writes most: yearQuery scores the
// year as a word (bm25f.go) times the share it has of the year mentions
// of the item (against the most written other year near it), and adds
// the meeting's year only for items that write no other year more.

// Scoring constants of yearQuery.
const (
	// yearBoost weighs "the meeting was in that year" against the year
	// written in the item.
	yearBoost = 0.5
	// yearSpan is how many years either side of the year asked for are
	// counted as other years an item may be about.
	yearSpan = 3
)

// yearQuery matches a year: in the item's fields, as a word, or as the
// year of its meeting.
type yearQuery struct {
	word    *wordQuery
	meeting bq.Query
	year    int
}

// newYearQuery matches the year t in fields, or as the meeting's year.
func newYearQuery(fields []textField, t Token) *yearQuery {
	y, _ := strconv.Atoi(t.Term)
	return &yearQuery{word: newWordQuery(fields, t, true), meeting: termQuery(FieldYear, t.Term, yearBoost), year: y}
}

// Searcher implements bleve's query.Query.
func (q *yearQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	ws, err := q.word.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	s := &yearSearcher{word: &stream{s: ws}, year: q.year}
	ms, err := q.meeting.Searcher(ctx, r, m, opts)
	if err != nil {
		s.Close()
		return nil, err
	}
	s.meeting = &stream{s: ms}
	if opts.Score == "none" {
		return s, nil
	}
	for y := q.year - yearSpan; y <= q.year+yearSpan; y++ {
		for _, f := range q.word.fields {
			tfr, err := r.TermFieldReader(ctx, []byte(strconv.Itoa(y)), f.Name, true, false, false)
			if err != nil {
				s.Close()
				return nil, fmt.Errorf("year %d in %s: %w", y, f.Name, err)
			}
			if tfr.Count() == 0 {
				tfr.Close()
				continue
			}
			s.counts = append(s.counts, &freqCursor{postings: postingCursor{r: tfr}, year: y})
		}
	}
	return s, nil
}

// MarshalJSON shows the query in golden files and logs.
func (q *yearQuery) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"year": map[string]any{"word": q.word, "meeting": q.meeting}})
}

// stream is a searcher's current match, read ahead.
type stream struct {
	s    bsearch.Searcher
	at   *bsearch.DocumentMatch // nil: not read yet, or done
	done bool
}

// to moves the stream to its first match at or after id (nil: its next
// match), unless it is there already.
func (st *stream) to(sctx *bsearch.SearchContext, id index.IndexInternalID) error {
	if st.done || (st.at != nil && (id == nil || bytes.Compare(st.at.IndexInternalID, id) >= 0)) {
		return nil
	}
	if st.at != nil {
		sctx.DocumentMatchPool.Put(st.at)
	}
	var err error
	if id == nil {
		st.at, err = st.s.Next(sctx)
	} else {
		st.at, err = st.s.Advance(sctx, id)
	}
	st.done = st.at == nil
	return err
}

// take hands the current match on if it is document id, and reads on
// next time.
func (st *stream) take(id index.IndexInternalID) *bsearch.DocumentMatch {
	if st.at == nil || !bytes.Equal(st.at.IndexInternalID, id) {
		return nil
	}
	d := st.at
	st.at = nil
	return d
}

// freqCursor walks one year's postings in one field, answering how often
// the documents asked for in increasing order write it.
type freqCursor struct {
	postings postingCursor
	year     int
}

func (c *freqCursor) freq(id index.IndexInternalID) (uint64, error) {
	d, err := c.postings.at(id)
	if d == nil || err != nil {
		return 0, err
	}
	return d.Freq, nil
}

// yearSearcher is the searcher of a yearQuery.
type yearSearcher struct {
	word, meeting *stream
	year          int
	counts        []*freqCursor // empty when not scoring
}

func (s *yearSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	return s.next(sctx, nil)
}

func (s *yearSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	return s.next(sctx, id)
}

// next is the first match at or after id (nil: the next one), scored.
func (s *yearSearcher) next(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	for _, st := range []*stream{s.word, s.meeting} {
		if err := st.to(sctx, id); err != nil {
			return nil, err
		}
	}
	var first index.IndexInternalID
	for _, st := range []*stream{s.word, s.meeting} {
		if st.at != nil && (first == nil || bytes.Compare(st.at.IndexInternalID, first) < 0) {
			first = st.at.IndexInternalID
		}
	}
	if first == nil {
		return nil, nil
	}
	first = append(index.IndexInternalID(nil), first...)
	w, m := s.word.take(first), s.meeting.take(first)
	d := w
	if d == nil {
		d = m
	}
	if len(s.counts) > 0 {
		score, err := s.score(first, w, m)
		if err != nil {
			return nil, err
		}
		d.Score = score
	}
	if w != nil && m != nil {
		sctx.DocumentMatchPool.Put(m)
	}
	return d, nil
}

// score weighs the year written in the item by its share of the item's
// year mentions, and adds the meeting's year when the item writes no
// other year more.
func (s *yearSearcher) score(id index.IndexInternalID, w, m *bsearch.DocumentMatch) (float64, error) {
	var perYear [2*yearSpan + 1]uint64
	for _, c := range s.counts {
		f, err := c.freq(id)
		if err != nil {
			return 0, err
		}
		perYear[c.year-s.year+yearSpan] += f
	}
	own, other := perYear[yearSpan], uint64(0)
	for i, n := range perYear {
		if i != yearSpan {
			other = max(other, n)
		}
	}
	score := 0.0
	if w != nil {
		share := 1.0
		if other > own {
			share = float64(own) / float64(other)
		}
		score += w.Score * share
	}
	if m != nil && other <= own {
		score += m.Score
	}
	return score, nil
}

func (s *yearSearcher) Close() error {
	var err error
	for _, st := range []*stream{s.word, s.meeting} {
		if st == nil {
			continue
		}
		if cerr := st.s.Close(); err == nil {
			err = cerr
		}
	}
	for _, c := range s.counts {
		if cerr := c.postings.r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Weight and SetQueryNorm weigh the year as a disjunction of its two
// clauses would.
func (s *yearSearcher) Weight() float64 { return s.word.s.Weight() + s.meeting.s.Weight() }

func (s *yearSearcher) SetQueryNorm(n float64) {
	s.word.s.SetQueryNorm(n)
	s.meeting.s.SetQueryNorm(n)
}

func (s *yearSearcher) Count() uint64 { return s.word.s.Count() + s.meeting.s.Count() }
func (s *yearSearcher) Min() int      { return 0 }

func (s *yearSearcher) Size() int {
	return s.word.s.Size() + s.meeting.s.Size() + 64*len(s.counts)
}

func (s *yearSearcher) DocumentMatchPoolSize() int {
	return s.word.s.DocumentMatchPoolSize() + s.meeting.s.DocumentMatchPoolSize() + 1
}
