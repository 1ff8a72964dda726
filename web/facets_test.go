package web

import (
	"net/url"
	"slices"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestTopicFacetTree checks that the topic facet lists families and opens
// a family's topics under it only when it, or one of its topics, is a
// filter in force.
func TestTopicFacetTree(t *testing.T) {
	values := []search.Facet{
		{Value: "planning", Label: "Planning", Count: 10},
		{Value: "roads", Label: "Roads", Count: 8},
		{Value: "planning-applications", Label: "Planning applications", Count: 6, Parent: "planning"},
		{Value: "traffic-parking", Label: "Traffic", Count: 5, Parent: "roads"},
		{Value: "old-topic", Label: "Old", Count: 1, Parent: "gone"},
	}
	tests := []struct {
		query string
		want  []string
		sub   []bool
	}{
		{"q=x", []string{"Planning", "Roads", "Old"}, []bool{false, false, true}},
		{"q=x&topic=planning", []string{"Planning", "Planning applications", "Roads", "Old"}, []bool{false, true, false, true}},
		{"q=x&topic=traffic-parking", []string{"Planning", "Roads", "Traffic", "Old"}, []bool{false, false, true, true}},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		var got []string
		var sub []bool
		for _, g := range facetGroups(q, map[string][]search.Facet{"topic": values}) {
			for _, v := range g.Values {
				got, sub = append(got, v.Label), append(sub, v.Sub)
			}
		}
		if !slices.Equal(got, tt.want) || !slices.Equal(sub, tt.sub) {
			t.Errorf("%s: %v %v; want %v %v", tt.query, got, sub, tt.want, tt.sub)
		}
	}
}
