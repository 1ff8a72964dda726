package search

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/engine"
)

// scope is the set of councils a request keeps by the filters that choose
// councils rather than items: region, type, neighbours_of, moved, and
// judgement filters without after/before=inspection (a cohort).
type scope struct {
	councils []string // sorted; nil when restricted is false
	// restricted is true when some such filter is in force; councils may
	// then be empty, and nothing matches.
	restricted bool
	notes      []string // what each filter kept, in words
}

// scope works out a request's scope. Unknown regions, types and councils
// are errors wrapping ErrBadRequest that name the parameter.
func (ix *Index) scope(req Request) (scope, error) {
	var sc scope
	reg := ix.opts.Register
	keep := func(councils []string) {
		if !sc.restricted {
			sc.councils, sc.restricted = councils, true
			return
		}
		sc.councils = slices.DeleteFunc(sc.councils, func(c string) bool { return !slices.Contains(councils, c) })
	}
	for _, f := range []struct {
		param  string
		values []string
		of     func(inspections.Authority) (slug, label string)
	}{
		{"region", req.Regions, func(a inspections.Authority) (string, string) { return a.RegionSlug(), a.Region }},
		{"type", req.Types, func(a inspections.Authority) (string, string) { return a.TypeSlug(), a.Type }},
	} {
		if len(f.values) == 0 {
			continue
		}
		known := map[string]string{}
		var councils []string
		for _, a := range reg.All() {
			slug, label := f.of(a)
			known[slug] = label
			if slices.Contains(f.values, slug) {
				councils = append(councils, a.Slug)
			}
		}
		var labels []string
		for _, v := range f.values {
			if _, ok := known[v]; !ok && len(known) == 0 { // a corpus without the register
				return sc, fmt.Errorf("%w: parameter %q: %q: the corpus has no register of authorities to choose councils from", ErrBadRequest, f.param, v)
			} else if !ok {
				return sc, fmt.Errorf("%w: parameter %q: %q is not one of %s", ErrBadRequest, f.param, v, strings.Join(sortedKeys(known), ", "))
			}
			labels = append(labels, known[v])
		}
		sort.Strings(councils)
		keep(councils)
		sc.notes = append(sc.notes, fmt.Sprintf("councils of the register with %s %s (%s)", f.param, strings.Join(labels, " or "), countCouncils(len(councils))))
	}
	if req.NeighboursOf != "" {
		a, ok := reg.Get(req.NeighboursOf)
		if !ok {
			return sc, fmt.Errorf("%w: parameter \"neighbours_of\": %q is not a council of the register of children's services authorities", ErrBadRequest, req.NeighboursOf)
		}
		councils := append([]string{a.Slug}, a.Neighbours...)
		var names []string
		for _, n := range a.Neighbours {
			nb, _ := reg.Get(n)
			names = append(names, nb.Name)
		}
		keep(sortedCopy(councils))
		sc.notes = append(sc.notes, fmt.Sprintf("%s and its %d statistical neighbours (DfE): %s", a.Name, len(a.Neighbours), strings.Join(names, ", ")))
	}
	if req.Moved != "" {
		from, to, err := inspections.ParseMove(req.Moved)
		if err != nil {
			return sc, fmt.Errorf("%w: parameter \"moved\": %w", ErrBadRequest, err)
		}
		councils := inspections.Moved(ix.opts.Inspections, from, to)
		keep(councils)
		sc.notes = append(sc.notes, fmt.Sprintf("councils whose overall judgement moved from %s to %s between two consecutive inspections (%s)",
			strings.ReplaceAll(from, "-", " "), strings.ReplaceAll(to, "-", " "), countCouncils(len(councils))))
	}
	if sel := selector(req); req.RelativeTo == "" && !sel.IsZero() {
		councils := inspections.Having(ix.opts.Inspections, sel)
		keep(councils)
		sc.notes = append(sc.notes, fmt.Sprintf("councils with %s (%s)", sel.Describe(), countCouncils(len(councils))))
	}
	return sc, nil
}

// query is the scope as a filter on the council field; nil when the scope
// does not restrict, a match-nothing query when it keeps no council.
func (sc scope) query() bq.Query {
	if !sc.restricted {
		return nil
	}
	if len(sc.councils) == 0 {
		return bq.NewMatchNoneQuery()
	}
	alts := make([]bq.Query, len(sc.councils))
	for i, c := range sc.councils {
		alts[i] = termQuery(engine.FieldCouncil, c)
	}
	return bq.NewDisjunctionQuery(alts)
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return slices.Compact(out)
}
