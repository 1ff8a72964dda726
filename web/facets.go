package web

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/search"
)

// facetNames are the facets shown on the search page, in order, with their
// headings.
func facetNames() [][2]string {
	return [][2]string{{"council", "Council"}, {"region", "Region"}, {"type", "Type of council"},
		{"committee", "Committee"}, {"kind", "Kind of paper"}, {"topic", "Topic"}, {"people", "People"}, {"year", "Year"}, {"month", "Month"}}
}

// facetParam is the search parameter a facet's values filter on: the
// facet's own name, but person for the people facet (as person: in a
// query).
func facetParam(facet string) string {
	if facet == "people" {
		return "person"
	}
	return facet
}

// isSlugFilter reports whether a facet's values are a slug filter of the
// same name (the others are periods).
func isSlugFilter(facet string) bool {
	switch facet {
	case "council", "region", "type", "committee", "topic", "kind", "people":
		return true
	}
	return false
}

// facetGroups turns the Searcher's facets into lists of links that add or
// remove each value. A year or month is a from/to filter on that period.
func facetGroups(q url.Values, facets map[string][]search.Facet) []facetGroup {
	var out []facetGroup
	for _, n := range facetNames() {
		name, label := n[0], n[1]
		values := facets[name]
		if len(values) == 0 || name == "kind" && len(values) == 1 && len(q["kind"]) == 0 {
			continue // one kind of paper only: nothing to choose
		}
		param := facetParam(name)
		g := facetGroup{Name: name, Label: label}
		if name == "year" { // years read best in order, newest first
			values = slices.Clone(values)
			slices.SortFunc(values, func(a, b search.Facet) int { return strings.Compare(b.Value, a.Value) })
		}
		if name == "topic" {
			values = underFamilies(values, q["topic"])
		}
		for _, f := range values {
			fv := facetValue{Label: f.Label, Count: f.Count, Sub: f.Parent != ""}
			if fv.Label == "" {
				fv.Label = f.Value
			}
			switch {
			case f.Value == "" && (name == "council" || name == "committee"):
				// meetings whose council or committee the extraction could
				// not name: counted, but there is no filter to link to
				fv.Label = unnamedLabel(name)
			case name == "year" || name == "month":
				fv.Active, fv.URL = periodLink(q, f.Value)
			default:
				fv.Active = slices.Contains(q[param], f.Value)
				fv.URL = searchLink(toggle(withoutPaging(q), param, f.Value))
			}
			g.Values = append(g.Values, fv)
		}
		out = append(out, g)
	}
	return out
}

// periodLink is the link of a year or month facet value: a from/to
// filter on that period, or undated=1 for the value of the items whose
// date is unknown. When the value is the filter in force, the link
// removes it.
func periodLink(q url.Values, value string) (active bool, link string) {
	next := withoutPaging(q)
	next.Del("from")
	next.Del("to")
	next.Del("undated")
	if value == unknownYear {
		active, _ = boolParam(q, "undated")
		if !active {
			next.Set("undated", "1")
		}
	} else {
		active = q.Get("from") == value && q.Get("to") == value
		if !active {
			next.Set("from", value)
			next.Set("to", value)
		}
	}
	return active, searchLink(next)
}

// underFamilies orders topic facet values as a tree: each family (in the
// facet's order, most items first), and under a family that is a filter
// in force, or has a topic that is, its topics. A topic whose family is
// not in the list comes last.
func underFamilies(values []search.Facet, active []string) []search.Facet {
	open := map[string]bool{}
	for _, f := range values {
		if slices.Contains(active, f.Value) {
			open[cmp.Or(f.Parent, f.Value)] = true
		}
	}
	out := make([]search.Facet, 0, len(values))
	placed := map[string]bool{}
	for _, f := range values {
		if f.Parent != "" {
			continue
		}
		out = append(out, f)
		for _, sub := range values {
			if sub.Parent == f.Value {
				placed[sub.Value] = true
				if open[f.Value] {
					out = append(out, sub)
				}
			}
		}
	}
	for _, f := range values {
		if f.Parent != "" && !placed[f.Value] {
			out = append(out, f)
		}
	}
	return out
}

// activeFilters lists the filters in force, each with a link removing it.
func activeFilters(q url.Values, facets map[string][]search.Facet) []activeFilter {
	var out []activeFilter
	for _, n := range facetNames() {
		name, label := n[0], n[1]
		if !isSlugFilter(name) {
			continue
		}
		param := facetParam(name)
		for _, v := range q[param] {
			if v == "" {
				continue
			}
			out = append(out, activeFilter{
				Label:     label + ": " + facetLabel(facets[name], v),
				RemoveURL: searchLink(toggle(withoutPaging(q), param, v)),
			})
		}
	}
	for _, d := range [][2]string{{"from", "From"}, {"to", "To"}} {
		if v := q.Get(d[0]); v != "" {
			next := withoutPaging(q)
			next.Del(d[0])
			out = append(out, activeFilter{Label: d[1] + ": " + v, RemoveURL: searchLink(next)})
		}
	}
	if undated, _ := boolParam(q, "undated"); undated {
		next := withoutPaging(q)
		next.Del("undated")
		out = append(out, activeFilter{Label: "Date unknown", RemoveURL: searchLink(next)})
	}
	if q.Get("decisions") == "1" {
		next := withoutPaging(q)
		next.Del("decisions")
		out = append(out, activeFilter{Label: "Decisions only", RemoveURL: searchLink(next)})
	}
	return append(out, cohortFilters(q, facets)...)
}

func facetLabel(values []search.Facet, value string) string {
	for _, f := range values {
		if f.Value == value && f.Label != "" {
			return f.Label
		}
	}
	return value
}

// toggle adds value to the parameter name, or removes it when present.
func toggle(q url.Values, name, value string) url.Values {
	if slices.Contains(q[name], value) {
		q[name] = slices.DeleteFunc(slices.Clone(q[name]), func(v string) bool { return v == value })
		if len(q[name]) == 0 {
			delete(q, name)
		}
		return q
	}
	q[name] = append(slices.Clone(q[name]), value)
	return q
}

// withoutPaging copies q without page, after (but after=inspection, a
// filter) and format: a changed filter starts again from the first page.
func withoutPaging(q url.Values) url.Values {
	out := url.Values{}
	for k, v := range q {
		if k != "page" && k != "after" && k != "format" {
			out[k] = slices.Clone(v)
		}
	}
	if slices.Contains(q["after"], inspectionValue) { // a filter, not a paging key
		out["after"] = []string{inspectionValue}
	}
	return out
}

// withParam copies q with name set to value (removed when value is "").
func withParam(q url.Values, name, value string) url.Values {
	out := url.Values{}
	for k, v := range q {
		out[k] = slices.Clone(v)
	}
	if value == "" {
		out.Del(name)
	} else {
		out.Set(name, value)
	}
	return out
}

// unnamedLabel is the label of a council or committee facet's value for
// the matches whose council or committee is not known.
func unnamedLabel(facet string) string {
	if facet == "council" {
		return councilName("")
	}
	return committeeName("")
}
