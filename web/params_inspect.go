package web

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// inspectionValue is the value of after= and before= that makes a search
// relative to inspections: after=inspection. Any other after= values are
// the search_after key of paging.
const inspectionValue = "inspection"

// relativeParams reads after=inspection or before=inspection, judgement=
// and within= (API.md: "Search relative to inspections"). It returns the
// remaining after= values, which are a paging key.
func relativeParams(q url.Values, req *search.Request) (afterKey []string, err error) {
	for _, a := range q["after"] {
		if a == inspectionValue {
			req.RelativeTo = search.RelativeAfter
			continue
		}
		afterKey = append(afterKey, a)
	}
	switch b := q.Get("before"); b {
	case "":
	case inspectionValue:
		if req.RelativeTo != "" {
			return nil, badParam("before", "cannot be used with after=inspection")
		}
		req.RelativeTo = search.RelativeBefore
	default:
		return nil, badParam("before", "%q is not \"inspection\"", b)
	}
	if j := q.Get("judgement"); j != "" {
		if !slices.Contains(inspections.Graded, j) {
			return nil, badParam("judgement", "%q is not one of %s", j, strings.Join(inspections.Graded, ", "))
		}
		req.Judgement = j
	}
	if w := q.Get("within"); w != "" {
		months, err := inspections.ParseWithin(w)
		if err != nil {
			return nil, badParam("within", "%v", err)
		}
		req.WithinMonths = months
	}
	if req.RelativeTo == "" && q.Get("within") != "" {
		return nil, badParam("within", "needs after=inspection or before=inspection")
	}
	return afterKey, nil
}

// relativeLabel describes an inspection-relative filter for the active
// filters of the search page, e.g. "within 12 months after an inadequate
// inspection"; "" when there is none.
func relativeLabel(req search.Request) string {
	if req.RelativeTo == "" {
		return ""
	}
	months := req.WithinMonths
	if months == 0 {
		months = search.DefaultWithinMonths
	}
	sel := inspections.Selector{Judgement: req.Judgement, SubJudgements: req.SubJudgements}
	return fmt.Sprintf("within %d months %s %s", months, req.RelativeTo, sel.Describe())
}

// withoutRelative copies q without the inspection-relative parameters.
func withoutRelative(q url.Values) url.Values {
	out := withoutPaging(q)
	out.Del("after")
	out.Del("before")
	out.Del("judgement")
	out.Del("within")
	return out
}

// relativeOptions are links that make the current search relative to
// inspections: after or before one, any or an inadequate judgement, within
// 12 months. Selected marks the one in use.
func relativeOptions(q url.Values, req search.Request) []option {
	var out []option
	for _, o := range []struct{ rel, judgement string }{
		{search.RelativeAfter, ""}, {search.RelativeAfter, inspections.JudgementInadequate},
		{search.RelativeBefore, ""}, {search.RelativeBefore, inspections.JudgementInadequate},
	} {
		v := withoutRelative(q)
		v.Set(o.rel, inspectionValue)
		if o.judgement != "" {
			v.Set("judgement", o.judgement)
		}
		r := search.Request{RelativeTo: o.rel, Judgement: o.judgement}
		out = append(out, option{Value: searchLink(v), Label: relativeLabel(r),
			Selected: req.RelativeTo == o.rel && req.Judgement == o.judgement && req.WithinMonths <= search.DefaultWithinMonths})
	}
	return out
}
