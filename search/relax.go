package search

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// relaxBelow: a query of several words that finds fewer items than this
// is answered with the items holding most of its words instead. One: only
// a query that finds nothing. Padding an answer of one or two items with
// items that lack some words was tried (3) and lowered P@5 of the bundled
// judged set from 0.80 to 0.63: the few items that hold every word are
// what was asked for; suggestions (suggest.go) offer the way on.
const relaxBelow = 1

// relaxation is a request's loosened query (query.Relax), filtered and
// wrapped to rank by the number of parts each item holds.
type relaxation struct {
	words []string
	parts []bq.Query
	query bq.Query
}

// relaxation returns the loosened query of req, or nil when it has none
// (one word, one phrase, or nothing but filters).
func (ix *Index) relaxation(req Request) (*relaxation, error) {
	r, err := query.Relax(req.Query, ix.queryOptions(req))
	if err != nil {
		return nil, fmt.Errorf("%w: parameter \"q\": %w", ErrBadRequest, err)
	}
	if r == nil {
		return nil, nil
	}
	q, none, err := ix.wrap(req, r.Query)
	if err != nil || none {
		return nil, err
	}
	if rq, ok := q.(*engine.RankQuery); ok {
		rq.Parts = r.Parts
	}
	return &relaxation{words: r.Words, parts: r.Parts, query: q}, nil
}

// relax answers a request whose query found fewer than relaxBelow items
// with its relaxation, when it has one: res is filled again and marked,
// each hit listing the words it lacks. It returns the tally of the facets
// of the answer given (t when the request is not relaxed).
func (ix *Index) relax(ctx context.Context, req Request, res *Result, t *engine.Tally) (*engine.Tally, error) {
	if req.Query == "" || res.Total >= relaxBelow {
		return t, nil
	}
	rel, err := ix.relaxation(req)
	if err != nil || rel == nil {
		return t, err
	}
	all := res.Total
	relaxed := &Result{Query: res.Query, Page: res.Page, Size: res.Size, Hits: []Hit{}, Notes: res.Notes}
	rt, err := ix.searchPage(ctx, req, rel.query, relaxed)
	if err != nil {
		return nil, err
	}
	if relaxed.Total == all {
		return t, nil // nothing more to show
	}
	*res = *relaxed
	res.Relaxed, res.AllWordsTotal = true, all
	hits := make([]*Hit, len(res.Hits))
	for i := range res.Hits {
		hits[i] = &res.Hits[i]
	}
	if res.Dropped, err = ix.markMissing(ctx, rel, hits); err != nil {
		return nil, err
	}
	res.Notes = append(res.Notes, relaxedNote(rel.words, all))
	return rt, nil
}

// relaxGroups is relax for group=meeting.
func (ix *Index) relaxGroups(ctx context.Context, req Request, res *Result) (*Result, error) {
	if req.Query == "" || res.Total >= relaxBelow {
		return res, nil
	}
	rel, err := ix.relaxation(req)
	if err != nil || rel == nil {
		return res, err
	}
	relaxed, err := ix.searchGroups(ctx, req, rel.query, false)
	if err != nil || relaxed.Total == res.Total {
		return res, err
	}
	var hits []*Hit
	for g := range relaxed.Groups {
		for i := range relaxed.Groups[g].Hits {
			hits = append(hits, &relaxed.Groups[g].Hits[i])
		}
	}
	if relaxed.Dropped, err = ix.markMissing(ctx, rel, hits); err != nil {
		return nil, err
	}
	relaxed.Relaxed, relaxed.AllWordsTotal = true, res.Total
	relaxed.Notes = append(res.Notes, relaxedNote(rel.words, res.Total))
	return relaxed, nil
}

// markMissing sets each hit's Missing to the words of the query it lacks,
// and returns the words some hit lacks, in the order typed.
func (ix *Index) markMissing(ctx context.Context, rel *relaxation, hits []*Hit) ([]string, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	var dropped []string
	for i, part := range rel.parts {
		only := bq.NewDocIDQuery(ids)
		sr := bleve.NewSearchRequestOptions(bq.NewConjunctionQuery([]bq.Query{part, only}), len(ids), 0, false)
		sr.Score = "none"
		br, err := ix.run(ctx, sr)
		if err != nil {
			return nil, err
		}
		held := make(map[string]bool, len(br.Hits))
		for _, h := range br.Hits {
			held[h.ID] = true
		}
		lacked := false
		for _, h := range hits {
			if !held[h.ID] {
				h.Missing = append(h.Missing, rel.words[i])
				lacked = true
			}
		}
		if lacked {
			dropped = append(dropped, rel.words[i])
		}
	}
	return dropped, nil
}

// relaxedNote says plainly what a relaxed answer is.
func relaxedNote(words []string, all uint64) string {
	list := strings.Join(words, ", ")
	switch all {
	case 0:
		return fmt.Sprintf("No item holds all of %s. These items hold most of them, those holding more first; each says which it lacks.", list)
	case 1:
		return fmt.Sprintf("Only 1 item holds all of %s; it comes first. The items after it hold most of them; each says which it lacks.", list)
	}
	return fmt.Sprintf("Only %d items hold all of %s; they come first. The items after them hold most of them; each says which it lacks.", all, list)
}
