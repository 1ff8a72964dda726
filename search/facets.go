package search

import (
	"context"
	"sort"
	"strings"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// facetSize is large enough for every distinct value, so that counts are
// exact (bleve returns the top facetSize terms).
const facetSize = 10000

// facetFields maps facet names (as in the API) to index fields.
var facetFields = []struct{ name, field string }{
	{"council", engine.FieldCouncil},
	{"committee", engine.FieldCommittee},
	{"topic", engine.FieldTopics},
	{"year", engine.FieldYear},
	{"kind", engine.FieldKind},
	{"people", engine.FieldPeople},
}

// withTally returns a copy of a compiled query (an *engine.RankQuery) that counts
// the facets and the total of its matches into the returned tally. scored
// false turns the procedural demotion off: date order reads no scores.
// keep > 0 says the search orders by score alone (no search_after) and
// shows the best keep matches: the others need not reach bleve's
// collector (engine/prune.go), and its total is then short; the tally's is not.
// Any other query is returned as it is, with no tally.
func withTally(q bq.Query, scored bool, keep int) (bq.Query, *engine.Tally) {
	rq, ok := q.(*engine.RankQuery)
	if !ok {
		return q, nil
	}
	c := *rq
	c.Tally = &engine.Tally{Fronts: true} // the facets count what the total and the hits hold
	c.Demote = rq.Demote && scored
	c.Keep = keep
	return &c, c.Tally
}

// facets turns the counts of a search into labelled facets: councils and
// committees by count, years and months in date order. Counts are exact:
// the tally saw every match.
func (ix *Index) facets(ctx context.Context, req Request, t *engine.Tally) (map[string][]Facet, error) {
	labels, err := ix.labels(ctx)
	if err != nil {
		return nil, err
	}
	out := ix.emptyFacets(req)
	if t == nil {
		return out, nil
	}
	named := facetFields
	if req.Year != "" {
		named = append(named[:len(named):len(named)], struct{ name, field string }{"month", engine.FieldMonth})
	}
	for _, f := range named {
		list := []Facet{}
		for _, tc := range t.Counted(f.field) {
			if f.name == "month" && !strings.HasPrefix(tc.Term, req.Year+"-") {
				continue
			}
			fc := Facet{Value: tc.Term, Label: labels.label(f.name, tc.Term), Count: tc.Count}
			if f.name == "topic" {
				fc.Parent = ix.opts.TopicFamilies[tc.Term]
			}
			list = append(list, fc)
		}
		sortFacet(f.name, list)
		if f.name == "people" && len(list) > maxPeopleFacet {
			list = list[:maxPeopleFacet]
		}
		out[f.name] = list
	}
	out["region"], out["type"] = ix.registerFacets(out["council"])
	return out, nil
}

// registerFacets counts the items of the council facet by the councils'
// region and type in the register; councils outside it are not counted.
func (ix *Index) registerFacets(councils []Facet) (regions, types []Facet) {
	byRegion, byType := map[string]*Facet{}, map[string]*Facet{}
	for _, c := range councils {
		a, ok := ix.opts.Register.Get(c.Value)
		if !ok {
			continue
		}
		for _, f := range []struct {
			m            map[string]*Facet
			value, label string
		}{{byRegion, a.RegionSlug(), a.Region}, {byType, a.TypeSlug(), a.Type}} {
			if f.m[f.value] == nil {
				f.m[f.value] = &Facet{Value: f.value, Label: f.label}
			}
			f.m[f.value].Count += c.Count
		}
	}
	for _, m := range []struct {
		from map[string]*Facet
		to   *[]Facet
	}{{byRegion, &regions}, {byType, &types}} {
		*m.to = []Facet{}
		for _, f := range m.from {
			*m.to = append(*m.to, *f)
		}
		sortFacet("region", *m.to)
	}
	return regions, types
}

// emptyFacets has every facet the request asks for, with no values.
func (ix *Index) emptyFacets(req Request) map[string][]Facet {
	out := map[string][]Facet{}
	for _, f := range facetFields {
		out[f.name] = []Facet{}
	}
	out["region"], out["type"] = []Facet{}, []Facet{}
	if req.Year != "" {
		out["month"] = []Facet{}
	}
	return out
}

func sortFacet(name string, list []Facet) {
	chrono := name == "year" || name == "month"
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if chrono {
			if (a.Value == engine.UnknownPeriod) != (b.Value == engine.UnknownPeriod) {
				return b.Value == engine.UnknownPeriod
			}
			return a.Value < b.Value
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Label < b.Label
	})
}

// facetLabels holds display names for facet values.
type facetLabels struct {
	councils, committees, topics, people map[string]string
}

func (l facetLabels) label(facet, value string) string {
	var m map[string]string
	switch facet {
	case "council":
		m = l.councils
	case "committee":
		m = l.committees
	case "topic":
		m = l.topics
	case "people":
		m = l.people
	case "kind":
		return kindLabel(value)
	case "year", "month":
		if value == engine.UnknownPeriod {
			return "Date unknown"
		}
	}
	if s := m[value]; s != "" {
		return s
	}
	return value
}
