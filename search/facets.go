package search

import (
	"context"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
)

// facetSize is large enough for every distinct value, so that counts are
// exact (bleve returns the top facetSize terms).
const facetSize = 10000

// facetFields maps facet names (as in the API) to index fields.
var facetFields = []struct{ name, field string }{
	{"council", fieldCouncil},
	{"committee", fieldCommittee},
	{"topic", fieldTopics},
	{"year", fieldYear},
}

// addFacets asks bleve for the facets of a request: council, committee,
// topic and year, and month when the request names a year.
func addFacets(sr *bleve.SearchRequest, req Request) {
	for _, f := range facetFields {
		sr.AddFacet(f.name, bleve.NewFacetRequest(f.field, facetSize))
	}
	if req.Year != "" {
		sr.AddFacet("month", bleve.NewFacetRequest(fieldMonth, facetSize))
	}
}

// facets turns bleve's facet results into labelled facets: councils and
// committees by count, years and months in date order.
func (ix *Index) facets(ctx context.Context, req Request, fr bsearch.FacetResults) (map[string][]Facet, error) {
	labels, err := ix.labels(ctx)
	if err != nil {
		return nil, err
	}
	out := ix.emptyFacets(req)
	for name, res := range fr {
		list := []Facet{}
		if res.Terms != nil {
			for _, t := range res.Terms.Terms() {
				if name == "month" && !strings.HasPrefix(t.Term, req.Year+"-") {
					continue
				}
				list = append(list, Facet{Value: t.Term, Label: labels.label(name, t.Term), Count: t.Count})
			}
		}
		sortFacet(name, list)
		out[name] = list
	}
	return out, nil
}

// emptyFacets has every facet the request asks for, with no values.
func (ix *Index) emptyFacets(req Request) map[string][]Facet {
	out := map[string][]Facet{}
	for _, f := range facetFields {
		out[f.name] = []Facet{}
	}
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
			if (a.Value == unknownPeriod) != (b.Value == unknownPeriod) {
				return b.Value == unknownPeriod
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
	councils, committees, topics map[string]string
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
	case "year", "month":
		if value == unknownPeriod {
			return "Date unknown"
		}
	}
	if s := m[value]; s != "" {
		return s
	}
	return value
}

// labels collects display names: councils and committees from the indexed
// meetings (and Options.CouncilNames), topics from Options.TopicLabels.
func (ix *Index) labels(ctx context.Context) (facetLabels, error) {
	list, err := ix.summaries(ctx)
	if err != nil {
		return facetLabels{}, err
	}
	l := facetLabels{councils: map[string]string{}, committees: map[string]string{}, topics: ix.opts.TopicLabels}
	for _, m := range list {
		l.councils[m.Council] = ix.councilName(m.Council, m.CouncilName)
		if m.CommitteeName != "" {
			l.committees[m.Committee] = m.CommitteeName
		}
	}
	return l, nil
}
