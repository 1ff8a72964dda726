package search

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestTopicFacetParents checks that each topic facet value names its
// family from Options.TopicFamilies, and a family names none.
func TestTopicFacetParents(t *testing.T) {
	opts := fixtureOptions()
	opts.TopicFamilies = map[string]string{"planning-applications": "planning"}
	ix, err := Create(filepath.Join(t.TempDir(), "test.bleve"), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m := &schema.Meeting{Council: "Northvale District Council", CouncilSlug: "northvale", Committee: "Planning Committee",
		CommitteeSlug: "planning-committee", Date: "2023-03-22", SourcePath: "northvale/planning-committee/2023-03-22.txt",
		Items: []schema.Item{{Title: "22/01873/FUL Land at Rookery Farm", Text: "Planning permission granted.",
			Topics: []string{"planning", "planning-applications"}}}}
	m.AssignIDs()
	if err := ix.Apply(context.Background(), []FileChange{{Path: m.SourcePath, Hash: "h", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Request{Query: "rookery"})
	if err != nil {
		t.Fatal(err)
	}
	parents := map[string]string{}
	for _, f := range res.Facets["topic"] {
		parents[f.Value] = f.Parent
	}
	if p, ok := parents["planning-applications"]; !ok || p != "planning" {
		t.Errorf("planning-applications: parent %q (%v); want planning", p, ok)
	}
	if p, ok := parents["planning"]; !ok || p != "" {
		t.Errorf("planning: parent %q (%v); want none", p, ok)
	}
}
