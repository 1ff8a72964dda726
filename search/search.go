package search

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// Search runs a request: the query, its filters, sort and page, facets
// counted over the whole result set, snippets for the hits.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	req, q, none, err := ix.compile(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, ix.opts.SearchTimeout)
	defer cancel()
	if req.Group == "meeting" {
		res, err := ix.searchGroups(ctx, req, q, none)
		if err != nil {
			return nil, err
		}
		res.Notes = ix.notes(req)
		if !none {
			if res, err = ix.relaxGroups(ctx, req, res); err != nil {
				return nil, err
			}
		}
		if err := ix.addSuggestions(ctx, req, res); err != nil {
			return nil, err
		}
		res.TookMS = msSince(start)
		return res, nil
	}
	res := &Result{Query: req.Query, Page: req.Page, Size: req.Size, Hits: []Hit{}, Notes: ix.notes(req)}
	if none {
		res.Facets = ix.emptyFacets(req)
		res.TookMS = msSince(start)
		return res, nil
	}
	t, err := ix.searchPage(ctx, req, q, res)
	if err != nil {
		return nil, err
	}
	if t, err = ix.relax(ctx, req, res, t); err != nil {
		return nil, err
	}
	if err := ix.addSuggestions(ctx, req, res); err != nil {
		return nil, err
	}
	res.Facets, err = ix.facets(ctx, req, t)
	if err != nil {
		return nil, err
	}
	res.TookMS = msSince(start)
	return res, nil
}

// searchPage runs q for one page of req: it fills res's total, hits and
// next key, and returns the tally of the facets.
func (ix *Index) searchPage(ctx context.Context, req Request, q bq.Query, res *Result) (*engine.Tally, error) {
	keep := 0
	if req.Sort == SortRelevance && req.After == nil {
		keep = req.Page*req.Size + 1
	}
	tq, t := withTally(q, req.Sort == SortRelevance, keep)
	// one hit more than the page says whether there is a next page
	sr := bleve.NewSearchRequestOptions(tq, req.Size+1, (req.Page-1)*req.Size, false)
	sr.Fields = hitFields // the page's records, read by the same search
	sr.SortBy(sortOrder(req.Sort))
	if req.Sort != SortRelevance {
		sr.Score = "none" // date order: scores are not needed
	}
	if req.After != nil {
		sr.From = 0
		sr.SetSearchAfter(req.After)
	}
	br, err := ix.run(ctx, sr)
	if err != nil {
		return nil, err
	}
	res.Total = br.Total
	if t != nil {
		res.Total = t.Total // the collector saw only the matches that might make the page
	}
	hits := br.Hits
	if len(hits) > req.Size {
		hits = hits[:req.Size]
		res.Next = nextKey(hits[len(hits)-1])
	}
	m, err := ix.snippetMarker(req)
	if err != nil {
		return nil, err
	}
	res.Hits, err = ix.pageHits(m, hits)
	return t, err
}

// snippetMarker is the marker of a request's snippets, nil when it asks
// for none.
func (ix *Index) snippetMarker(req Request) (*query.Marker, error) {
	if !req.Highlight || req.Query == "" {
		return nil, nil
	}
	opts := ix.queryOptions(req)
	opts.Words = ix.words
	m, err := query.NewMarker(req.Query, opts)
	if err != nil {
		return nil, fmt.Errorf("%w: parameter \"q\": %w", ErrBadRequest, err)
	}
	return m, nil
}

// compile checks a request and fills in its defaults (normalise), then
// builds its scored, filtered bleve query. none is true when the query
// can match nothing (only stop words). Search and Compare start so.
func (ix *Index) compile(req Request) (Request, bq.Query, bool, error) {
	req, err := normalise(req)
	if err != nil {
		return req, nil, false, err
	}
	user, err := query.Compile(req.Query, ix.queryOptions(req))
	if err != nil {
		return req, nil, false, fmt.Errorf("%w: parameter \"q\": %w", ErrBadRequest, err)
	}
	q, none, err := ix.wrap(req, user)
	return req, q, none, err
}

// queryOptions are the options of the query language for a request.
func (ix *Index) queryOptions(req Request) query.Options {
	return query.Options{Synonyms: ix.synonyms.Load(), DecisionsOnly: req.DecisionsOnly, Texts: engine.RecordTexts{Codec: &ix.body}}
}

// wrap adds the request's filters to a user query and wraps it for
// ranking (engine/rank.go).
func (ix *Index) wrap(req Request, user bq.Query) (bq.Query, bool, error) {
	if _, ok := user.(*bq.MatchNoneQuery); ok {
		return user, true, nil
	}
	// meeting records have none of the item-only fields: a query that
	// needs one of them matches items only, without the type filter
	f, none, err := ix.allFilters(req, !itemOnly(user))
	if err != nil || none {
		return f, none, err
	}
	inner := user
	if f != nil {
		// Filters are an unscored conjunction clause rather than a bleve
		// filter: the conjunction leapfrogs from its rarest clause, where
		// a filter would check every match of the query words.
		inner = bq.NewConjunctionQuery([]bq.Query{user, &engine.FilterQuery{Inner: f}})
	}
	_, all := user.(*bq.MatchAllQuery)
	return &engine.RankQuery{Inner: inner, Demote: !all, Tables: &ix.tables, Lengths: &ix.lengths}, false, nil
}

// allFilters is filters plus the council scope (scope.go) and the
// inspection-relative filter; nil when there is none. none is true when
// the latter two can match nothing.
func (ix *Index) allFilters(req Request, items bool) (bq.Query, bool, error) {
	f, err := filters(req, items)
	if err != nil {
		return nil, false, err
	}
	sc, err := ix.scope(req)
	if err != nil {
		return nil, false, err
	}
	rel, none, _ := ix.relative(req)
	if none || (sc.restricted && len(sc.councils) == 0) {
		return bq.NewMatchNoneQuery(), true, nil
	}
	var parts []bq.Query
	for _, q := range []bq.Query{f, sc.query(), rel} {
		if q != nil {
			parts = append(parts, q)
		}
	}
	switch len(parts) {
	case 0:
		return nil, false, nil
	case 1:
		return parts[0], false, nil
	}
	return bq.NewConjunctionQuery(parts), false, nil
}

// notes say in words what the council scope and the inspection-relative
// filter of a request keep, for Result.Notes; nil when neither is in force.
func (ix *Index) notes(req Request) []string {
	var out []string
	if sc, err := ix.scope(req); err == nil {
		out = append(out, sc.notes...)
	}
	if _, _, note := ix.relative(req); note != "" {
		out = append(out, note)
	}
	return out
}

// run executes a bleve search, turning the errors a caller provoked (a
// prefix that expands to too many terms) into ErrBadRequest and a deadline
// into a clear message.
func (ix *Index) run(ctx context.Context, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	idx, err := ix.reader()
	if err != nil {
		return nil, err
	}
	res, err := idx.SearchInContext(ctx, sr)
	switch {
	case err == nil:
		return res, nil
	case strings.Contains(err.Error(), "TooManyClauses"):
		return nil, fmt.Errorf("%w: parameter \"q\": a prefix or query expands to too many terms (more than %d); make it longer", ErrBadRequest, MaxDisjunctionClauses)
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, fmt.Errorf("search took longer than %s: %w", ix.opts.SearchTimeout, context.DeadlineExceeded)
	}
	return nil, fmt.Errorf("search: %w", err)
}

// nextKey is the search_after key that continues after hit h.
func nextKey(h *bsearch.DocumentMatch) []string {
	key := make([]string, len(h.Sort))
	copy(key, h.Sort)
	for i, v := range key {
		if v == "_score" {
			key[i] = strconv.FormatFloat(h.Score, 'g', -1, 64)
		}
	}
	return key
}

func msSince(t time.Time) float64 {
	return float64(time.Since(t).Microseconds()) / 1000
}
