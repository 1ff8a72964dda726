package search

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// normalise checks a request and fills in its defaults. Every error wraps
// ErrBadRequest and names the parameter.
func normalise(req Request) (Request, error) {
	bad := func(param, format string, args ...any) (Request, error) {
		return req, fmt.Errorf("%w: parameter %q: "+format, append([]any{ErrBadRequest, param}, args...)...)
	}
	if n := len([]rune(req.Query)); n > MaxQueryLength {
		return bad("q", "query is %d characters long, the limit is %d", n, MaxQueryLength)
	}
	switch {
	case req.Size == 0:
		req.Size = DefaultSize
	case req.Size < 0 || req.Size > MaxSize:
		return bad("size", "%d is out of range 1-%d", req.Size, MaxSize)
	}
	switch {
	case req.Page == 0:
		req.Page = 1
	case req.Page < 0 || req.Page > MaxPage:
		return bad("page", "%d is out of range 1-%d (use after= to go deeper)", req.Page, MaxPage)
	}
	switch req.Sort {
	case "":
		req.Sort = SortRelevance
	case SortRelevance, SortDate, SortDateDesc:
	default:
		return bad("sort", "%q is not one of relevance, date, -date", req.Sort)
	}
	switch req.Group {
	case "", "meeting":
	default:
		return bad("group", "%q is not \"meeting\"", req.Group)
	}
	if req.After != nil {
		if req.Group != "" {
			return bad("after", "not supported with group=meeting; use page")
		}
		if len(req.After) != 2 {
			return bad("after", "want 2 values (the next key of the previous page), got %d", len(req.After))
		}
		if req.Sort == SortRelevance {
			if _, err := strconv.ParseFloat(req.After[0], 64); err != nil {
				return bad("after", "%q is not a score", req.After[0])
			}
		}
	}
	if req.Year != "" {
		if _, err := time.Parse("2006", req.Year); err != nil {
			return bad("year", "%q is not YYYY", req.Year)
		}
	}
	for _, k := range req.Kinds {
		if !schema.IsKind(k) {
			return bad("kind", "%q is not one of %s", k, strings.Join(schema.Kinds, ", "))
		}
	}
	if req.Undated && (req.From != "" || req.To != "") {
		return bad("undated", "an item whose date is unknown has none to compare with from or to")
	}
	if _, _, err := dateBound("from", req.From, false); err != nil {
		return req, err
	}
	if _, _, err := dateBound("to", req.To, true); err != nil {
		return req, err
	}
	return checkRelative(req)
}

// dateBound reads a from/to parameter (YYYY, YYYY-MM or YYYY-MM-DD). For
// from it returns the period's first day; for to the first day after the
// period, to be used as an exclusive bound. ok is false for "".
func dateBound(param, s string, end bool) (time.Time, bool, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, nil
	}
	for _, layout := range []struct {
		format string
		next   func(time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	} {
		if len(s) != len(layout.format) {
			continue
		}
		t, err := time.Parse(layout.format, s)
		if err != nil {
			break
		}
		if t.Year() < MinYear || t.Year() > MaxYear {
			return time.Time{}, false, fmt.Errorf("%w: parameter %q: %q is outside the years %d to %d the index can filter on",
				ErrBadRequest, param, s, MinYear, MaxYear)
		}
		if end {
			t = layout.next(t)
		}
		return t, true, nil
	}
	return time.Time{}, false, fmt.Errorf("%w: parameter %q: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", ErrBadRequest, param, s)
}

// filters is the non-scoring part of a request: items only (when items
// is set), the council, committee and topic filters (ORed within, ANDed
// across), the date range or undated items only. It is nil when there is none.
func filters(req Request, items bool) (bq.Query, error) {
	var parts []bq.Query
	if items {
		parts = append(parts, typeQuery(engine.DocItem))
	}
	for _, f := range []struct {
		field  string
		values []string
	}{
		{engine.FieldCouncil, req.Councils},
		{engine.FieldCommittee, req.Committees},
		{engine.FieldTopics, req.Topics},
		{engine.FieldKind, req.Kinds},
	} {
		var alts []bq.Query
		for _, v := range f.values {
			if v = schema.Slug(v); v != "" {
				alts = append(alts, termQuery(f.field, v))
			}
		}
		if len(alts) > 0 {
			parts = append(parts, bq.NewDisjunctionQuery(alts))
		}
	}
	if req.Undated {
		parts = append(parts, termQuery(engine.FieldYear, engine.UnknownPeriod))
	}
	var persons []bq.Query
	for _, p := range req.People {
		if schema.Slug(p) != "" {
			persons = append(persons, query.PersonQuery(p))
		}
	}
	if len(persons) > 0 {
		parts = append(parts, bq.NewDisjunctionQuery(persons))
	}
	from, hasFrom, err := dateBound("from", req.From, false)
	if err != nil {
		return nil, err
	}
	to, hasTo, err := dateBound("to", req.To, true)
	if err != nil {
		return nil, err
	}
	if hasFrom || hasTo {
		if hasFrom && hasTo && !from.Before(to) {
			return nil, fmt.Errorf("%w: parameter \"from\": %s is after to: %s", ErrBadRequest, req.From, req.To)
		}
		var start, end time.Time
		if hasFrom {
			start = from
		}
		if hasTo {
			end = to
		}
		parts = append(parts, dateRangeQuery(start, end))
	}
	switch len(parts) {
	case 0:
		return nil, nil
	case 1:
		return parts[0], nil
	}
	return bq.NewConjunctionQuery(parts), nil
}

// sortOrder is the bleve sort of a request; it ends with _id so that the
// order is total and search_after never skips or repeats.
func sortOrder(sort string) []string {
	switch sort {
	case SortDate:
		return []string{engine.FieldDateAsc, "_id"}
	case SortDateDesc:
		return []string{"-" + engine.FieldDateDesc, "_id"}
	}
	return []string{"-_score", "_id"}
}
