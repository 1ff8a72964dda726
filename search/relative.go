package search

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/engine"
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
	if req.Judgement != "" && !slices.Contains(inspections.Graded, req.Judgement) {
		return req, fmt.Errorf("%w: parameter \"judgement\": %q is not one of %s", ErrBadRequest, req.Judgement, strings.Join(inspections.Graded, ", "))
	}
	for _, sub := range inspections.SubJudgementNames {
		if v := req.SubJudgements.Get(sub.Name); v != "" && !slices.Contains(inspections.Graded, v) {
			return req, fmt.Errorf("%w: parameter %q: %q is not one of %s", ErrBadRequest, sub.Name, v, strings.Join(inspections.Graded, ", "))
		}
	}
	switch req.RelativeTo {
	case "":
		if req.WithinMonths != 0 {
			return req, fmt.Errorf("%w: parameter \"within\": needs after=inspection or before=inspection", ErrBadRequest)
		}
		return req, nil
	case RelativeAfter, RelativeBefore:
	default:
		return req, fmt.Errorf("%w: parameter \"relative_to\": %q is not after or before", ErrBadRequest, req.RelativeTo)
	}
	switch {
	case req.WithinMonths == 0:
		req.WithinMonths = DefaultWithinMonths
	case req.WithinMonths < 0 || req.WithinMonths > 600:
		return req, fmt.Errorf("%w: parameter \"within\": %d months is out of range 1-600", ErrBadRequest, req.WithinMonths)
	}
	return req, nil
}

// selector is the inspections a request's judgement filters choose.
func selector(req Request) inspections.Selector {
	return inspections.Selector{Judgement: req.Judgement, SubJudgements: req.SubJudgements}
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
	sel := selector(req)
	span := fmt.Sprintf("within %d months %s %s", req.WithinMonths, req.RelativeTo, sel.Describe())
	if len(ix.opts.Inspections) == 0 {
		return nil, true, "no inspections are recorded: nothing to search " + req.RelativeTo
	}
	var alts []bq.Query
	var councils []string
	for _, council := range inspectedCouncils(ix.opts.Inspections) {
		windows := inspections.Windows(ix.opts.Inspections, council, sel, req.RelativeTo == RelativeAfter, req.WithinMonths)
		if len(windows) == 0 {
			continue
		}
		councils = append(councils, council)
		for _, w := range windows {
			alts = append(alts, bq.NewConjunctionQuery([]bq.Query{termQuery(engine.FieldCouncil, council), windowQuery(w)}))
		}
	}
	if len(alts) == 0 {
		return nil, true, fmt.Sprintf("no recorded inspection matches (%s): no items to show", strings.TrimPrefix(strings.TrimPrefix(sel.Describe(), "an "), "a "))
	}
	return bq.NewDisjunctionQuery(alts), false,
		fmt.Sprintf("items %s of their own council (%s)", span, withOne(councils))
}

// countCouncils says "1 council" or "n councils".
func countCouncils(n int) string {
	if n == 1 {
		return "1 council"
	}
	return fmt.Sprintf("%d councils", n)
}

// withOne names the councils that have such an inspection, or counts them
// when they are many.
func withOne(councils []string) string {
	if len(councils) > 12 {
		return countCouncils(len(councils)) + " have one"
	}
	return "councils with one: " + strings.Join(councils, ", ")
}

// windowQuery matches item dates inside an inclusive date range; an empty
// end is open.
func windowQuery(w inspections.DateRange) bq.Query {
	var start, end time.Time
	if t, err := time.Parse(time.DateOnly, w.From); err == nil {
		start = t
	}
	if t, err := time.Parse(time.DateOnly, w.To); err == nil {
		end = t.AddDate(0, 0, 1)
	}
	return dateRangeQuery(start, end)
}

// inspectedCouncils lists the councils of the inspections, sorted, once each.
func inspectedCouncils(insps []inspections.Inspection) []string {
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
