package web

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// cohortParams reads the filters that choose councils: region= and type=
// (slugs, repeatable), neighbours_of= (a council slug), moved=FROM..TO,
// and the sub-judgements (leaders=, help_and_protection=, in_care=,
// care_leavers=), each one of the graded judgements.
func cohortParams(q url.Values, req *search.Request) error {
	var err error
	if req.Regions, err = slugs(q, "region"); err != nil {
		return err
	}
	if req.Types, err = slugs(q, "type"); err != nil {
		return err
	}
	if v := strings.TrimSpace(q.Get("neighbours_of")); v != "" {
		if len(v) > maxSlugLength || schema.Slug(v) != v {
			return badParam("neighbours_of", "%q is not a council slug", v)
		}
		req.NeighboursOf = v
	}
	if v := strings.TrimSpace(q.Get("moved")); v != "" {
		if _, _, err := inspections.ParseMove(v); err != nil {
			return badParam("moved", "%v", err)
		}
		req.Moved = v
	}
	for _, sub := range inspections.SubJudgementNames {
		v := q.Get(sub.Name)
		if v == "" {
			continue
		}
		if !slices.Contains(inspections.Graded, v) {
			return badParam(sub.Name, "%q is not one of %s", v, strings.Join(inspections.Graded, ", "))
		}
		req.SubJudgements.Set(sub.Name, v)
	}
	return nil
}

// cohortFilters lists the council-choosing filters in force (but region
// and type, which are facets), each with a link removing it.
func cohortFilters(q url.Values, facets map[string][]search.Facet) []activeFilter {
	var out []activeFilter
	remove := func(names ...string) string {
		next := withoutPaging(q)
		for _, n := range names {
			next.Del(n)
		}
		return searchLink(next)
	}
	if v := q.Get("neighbours_of"); v != "" {
		out = append(out, activeFilter{Label: "Statistical neighbours of " + facetLabel(facets["council"], v), RemoveURL: remove("neighbours_of")})
	}
	if v := q.Get("moved"); v != "" {
		from, to, _ := strings.Cut(v, "..")
		out = append(out, activeFilter{Label: fmt.Sprintf("Judgement moved from %s to %s", judgementWords(from), judgementWords(to)), RemoveURL: remove("moved")})
	}
	if q.Get("after") == inspectionValue || q.Get("before") == inspectionValue {
		return out // the judgements choose the inspections: see relativeLabel
	}
	var sel inspections.Selector
	sel.Judgement = q.Get("judgement")
	names := []string{"judgement"}
	for _, sub := range inspections.SubJudgementNames {
		sel.SubJudgements.Set(sub.Name, q.Get(sub.Name))
		names = append(names, sub.Name)
	}
	if !sel.IsZero() {
		out = append(out, activeFilter{Label: "Councils with " + sel.Describe(), RemoveURL: remove(names...)})
	}
	return out
}

// judgementWords writes a judgement for people: "requires improvement".
func judgementWords(j string) string { return strings.ReplaceAll(j, "-", " ") }

// addCohortQuery writes the council-choosing filters of req as URL
// parameters, the reverse of cohortParams (and of judgement= without
// after/before=inspection).
func addCohortQuery(v url.Values, req search.Request) {
	if len(req.Regions) > 0 {
		v["region"] = req.Regions
	}
	if len(req.Types) > 0 {
		v["type"] = req.Types
	}
	for name, val := range map[string]string{"neighbours_of": req.NeighboursOf, "moved": req.Moved} {
		if val != "" {
			v.Set(name, val)
		}
	}
	if req.RelativeTo == "" && req.Judgement != "" {
		v.Set("judgement", req.Judgement)
	}
	for _, sub := range inspections.SubJudgementNames {
		if val := req.SubJudgements.Get(sub.Name); val != "" {
			v.Set(sub.Name, val)
		}
	}
}
