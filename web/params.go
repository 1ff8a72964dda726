package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// unknownYear is the year facet's value for the items whose date is
// unknown; the filter keeping them is undated=1.
const unknownYear = "unknown"

// Bounds on filter parameters, beyond those of package search.
const (
	maxFilterValues = 50  // values of one repeatable filter
	maxSlugLength   = 200 // length of one slug
)

// spaceOrInvisible is what a query may carry around it and still be the
// same query: spaces, and characters printed as nothing (a q of a
// zero-width space alone is an empty search, not a search for nothing).
func spaceOrInvisible(r rune) bool { return unicode.IsSpace(r) || query.IsInvisible(r) }

// parseSearch reads a search.Request from URL parameters (API.md), refusing
// anything malformed with a 400 error naming the parameter.
func parseSearch(q url.Values) (search.Request, error) {
	req := search.Request{
		Query:     strings.TrimFunc(q.Get("q"), spaceOrInvisible),
		Sort:      search.SortRelevance,
		Page:      1,
		Size:      search.DefaultSize,
		Highlight: true,
	}
	if utf8.RuneCountInString(req.Query) > search.MaxQueryLength {
		return req, badParam("q", "longer than %d characters", search.MaxQueryLength)
	}
	if !utf8.ValidString(req.Query) {
		return req, badParam("q", "not valid UTF-8")
	}
	var err error
	if req.Councils, err = slugs(q, "council"); err != nil {
		return req, err
	}
	if req.Committees, err = slugs(q, "committee"); err != nil {
		return req, err
	}
	if req.Topics, err = slugs(q, "topic"); err != nil {
		return req, err
	}
	if req.People, err = slugs(q, "person"); err != nil {
		return req, err
	}
	if req.Kinds, err = slugs(q, "kind"); err != nil {
		return req, err
	}
	for _, k := range req.Kinds {
		if !schema.IsKind(k) {
			return req, badParam("kind", "%q is not one of %s", k, strings.Join(schema.Kinds, ", "))
		}
	}
	if req.From, req.To, err = dateRange(q.Get("from"), q.Get("to")); err != nil {
		return req, err
	}
	if req.DecisionsOnly, err = boolParam(q, "decisions"); err != nil {
		return req, err
	}
	if req.Undated, err = boolParam(q, "undated"); err != nil {
		return req, err
	}
	if req.Undated && (req.From != "" || req.To != "") {
		return req, badParam("undated", "an item whose date is unknown has none to compare with from or to")
	}
	if v := q.Get("sort"); v != "" {
		switch v {
		case search.SortRelevance, search.SortDate, search.SortDateDesc:
			req.Sort = v
		default:
			return req, badParam("sort", "%q is not one of relevance, date, -date", v)
		}
	}
	if req.Page, err = intParam(q, "page", 1, 1, search.MaxPage); err != nil {
		return req, err
	}
	if req.Size, err = intParam(q, "size", search.DefaultSize, 1, search.MaxSize); err != nil {
		return req, err
	}
	switch g := q.Get("group"); g {
	case "", "meeting":
		req.Group = g
	default:
		return req, badParam("group", "%q is not supported (only \"meeting\")", g)
	}
	if y := q.Get("year"); y != "" {
		if y == unknownYear {
			return req, badParam("year", "%q is not a year (YYYY); undated=1 keeps the items whose date is unknown", y)
		}
		if _, err := time.Parse("2006", y); err != nil || len(y) != 4 {
			return req, badParam("year", "%q is not a year (YYYY)", y)
		}
		req.Year = y
	}
	afterKey, err := relativeParams(q, &req)
	if err != nil {
		return req, err
	}
	if err := cohortParams(q, &req); err != nil {
		return req, err
	}
	for _, a := range afterKey {
		if len(a) > maxSlugLength || !utf8.ValidString(a) {
			return req, badParam("after", "malformed sort key")
		}
	}
	if len(afterKey) > 10 {
		return req, badParam("after", "too many values")
	}
	req.After = afterKey
	return req, nil
}

// slugs returns the values of a repeatable slug filter, dropping empties.
func slugs(q url.Values, name string) ([]string, error) {
	vals := q[name]
	if len(vals) > maxFilterValues {
		return nil, badParam(name, "at most %d values", maxFilterValues)
	}
	var out []string
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if len(v) > maxSlugLength || schema.Slug(v) != v {
			return nil, badParam(name, "%q is not a slug (lower-case letters, digits and hyphens)", v)
		}
		out = append(out, v)
	}
	return out, nil
}

// dateRange checks from and to (YYYY, YYYY-MM or YYYY-MM-DD) and that from
// is not after to.
func dateRange(from, to string) (string, string, error) {
	fromStart, _, err := parseDate("from", from)
	if err != nil {
		return "", "", err
	}
	_, toEnd, err := parseDate("to", to)
	if err != nil {
		return "", "", err
	}
	if from != "" && to != "" && fromStart.After(toEnd) {
		return "", "", badParam("from", "%s is after to=%s", from, to)
	}
	return from, to, nil
}

// parseDate returns the first and last day a DATE covers.
func parseDate(name, v string) (time.Time, time.Time, error) {
	if v == "" {
		return time.Time{}, time.Time{}, nil
	}
	layouts := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	layout, ok := layouts[len(v)]
	var t time.Time
	var err error
	if ok {
		t, err = time.Parse(layout, v)
	}
	if !ok || err != nil {
		return t, t, badParam(name, "%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", v)
	}
	switch len(v) {
	case 4:
		return t, t.AddDate(1, 0, -1), nil
	case 7:
		return t, t.AddDate(0, 1, -1), nil
	}
	return t, t, nil
}

// boolParam reads a boolean parameter: "", 0, 1, true or false.
func boolParam(q url.Values, name string) (bool, error) {
	switch v := q.Get(name); v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, badParam(name, "%q is not 1 or 0", v)
	}
}

// intParam reads a whole number within [lo, hi], or def when absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badParam(name, "%q is not a whole number from %d to %d", v, lo, hi)
	}
	return n, nil
}

// parseCompare reads a compare request: the search filters plus by=council
// and per=year (the only groupings so far, and the defaults).
func parseCompare(q url.Values) (search.CompareRequest, error) {
	req, err := parseSearch(q)
	if err != nil {
		return search.CompareRequest{}, err
	}
	req.Highlight = false
	creq := search.CompareRequest{Request: req, By: search.ByCouncil, Per: "year"}
	switch by := q.Get("by"); by {
	case "", search.ByCouncil:
	case search.ByCommittee:
		creq.By = by
	default:
		return creq, badParam("by", "%q is not council or committee", by)
	}
	switch per := q.Get("per"); per {
	case "", "year":
	case search.PerMonthsSinceInspection:
		creq.Per = per
	default:
		return creq, badParam("per", "%q is not supported (year or %s)", per, search.PerMonthsSinceInspection)
	}
	switch norm := q.Get("norm"); norm {
	case "", normShare, normPer10k:
	default:
		return creq, badParam("norm", "%q is not %s or %s", norm, normShare, normPer10k)
	}
	return creq, nil
}

// Values of the compare page's norm=: what a cell's shade and figure say.
const (
	normShare  = "share"  // matching items as a share of the council's items (the default)
	normPer10k = "per10k" // matching items per 10,000 residents aged 0 to 25
)
