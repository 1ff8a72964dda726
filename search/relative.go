package search

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/inspect"
)

// Values of Request.RelativeTo.
const (
	RelativeAfter  = "after"
	RelativeBefore = "before"
)

// DefaultWithinMonths is the window of an inspection-relative search when
// Request.WithinMonths is 0.
const DefaultWithinMonths = 12

// checkRelative validates the inspection-relative fields of a request and
// fills in the default window. Errors wrap ErrBadRequest and name the
// parameter.
func checkRelative(req Request) (Request, error) {
	switch req.RelativeTo {
	case "":
		if req.Judgement != "" {
			return req, fmt.Errorf("%w: judgement: needs after=inspection or before=inspection", ErrBadRequest)
		}
		if req.WithinMonths != 0 {
			return req, fmt.Errorf("%w: within: needs after=inspection or before=inspection", ErrBadRequest)
		}
		return req, nil
	case RelativeAfter, RelativeBefore:
	default:
		return req, fmt.Errorf("%w: relative_to: %q is not after or before", ErrBadRequest, req.RelativeTo)
	}
	if req.Judgement != "" && !slices.Contains(inspect.Graded, req.Judgement) {
		return req, fmt.Errorf("%w: judgement: %q is not one of %s", ErrBadRequest, req.Judgement, strings.Join(inspect.Graded, ", "))
	}
	switch {
	case req.WithinMonths == 0:
		req.WithinMonths = DefaultWithinMonths
	case req.WithinMonths < 0 || req.WithinMonths > 600:
		return req, fmt.Errorf("%w: within: %d months is out of range 1-600", ErrBadRequest, req.WithinMonths)
	}
	return req, nil
}

// relative is the inspection-relative filter of a request: a disjunction
// over councils of (council = X and date within a window of one of X's
// matching inspections). q is nil when the request has no such filter, and
// none is true when no inspection matches, so nothing can. note says in
// words what the filter keeps, for Result.Notes.
func (ix *Index) relative(req Request) (q bq.Query, none bool, note string) {
	if req.RelativeTo == "" {
		return nil, false, ""
	}
	what := "inspection"
	if req.Judgement != "" {
		what = req.Judgement + " inspection"
	}
	span := fmt.Sprintf("within %d months %s an %s", req.WithinMonths, req.RelativeTo, what)
	if len(ix.opts.Inspections) == 0 {
		return nil, true, "no inspections are recorded (corpus/inspections.csv lists none): nothing to search " + req.RelativeTo
	}
	var alts []bq.Query
	var councils []string
	for _, council := range inspectedCouncils(ix.opts.Inspections) {
		windows := inspect.Windows(ix.opts.Inspections, council, req.Judgement, req.RelativeTo == RelativeAfter, req.WithinMonths)
		if len(windows) == 0 {
			continue
		}
		councils = append(councils, council)
		for _, w := range windows {
			alts = append(alts, bq.NewConjunctionQuery([]bq.Query{termQuery(fieldCouncil, council), windowQuery(w)}))
		}
	}
	if len(alts) == 0 {
		return nil, true, fmt.Sprintf("no recorded inspection matches (%s): no items to show", what)
	}
	return bq.NewDisjunctionQuery(alts), false,
		fmt.Sprintf("items %s of their own council (councils with one: %s)", span, strings.Join(councils, ", "))
}

// windowQuery matches item dates inside an inclusive date range; an empty
// end is open. (A term range over the date_asc keyword measured slower.)
func windowQuery(w inspect.DateRange) bq.Query {
	var start, end time.Time
	if t, err := time.Parse(time.DateOnly, w.From); err == nil {
		start = t
	}
	if t, err := time.Parse(time.DateOnly, w.To); err == nil {
		end = t.AddDate(0, 0, 1)
	}
	inclusive, exclusive := true, false
	dq := bq.NewDateRangeInclusiveQuery(start, end, &inclusive, &exclusive)
	dq.SetField(fieldDate)
	return dq
}

// inspectedCouncils lists the councils of the inspections, sorted, once each.
func inspectedCouncils(insps []inspect.Inspection) []string {
	seen := map[string]bool{}
	var out []string
	for _, in := range insps {
		if !seen[in.Council] {
			seen[in.Council] = true
			out = append(out, in.Council)
		}
	}
	sort.Strings(out)
	return out
}
