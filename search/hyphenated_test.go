package search

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestHyphenatedWordsEitherSpelling: a word written with a hyphen is
// found by its parts run together and the other way round, as PDF
// readers and writers spell such words both ways (pdftotext joins
// "cross-" at a line end and "cutting" into "crosscutting"); the phrase
// of its parts still finds it, and the snippet marks the word as written.
func TestHyphenatedWordsEitherSpelling(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "test.bleve"), fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m := &schema.Meeting{Council: "Kent County Council", CouncilSlug: "kent", Committee: "Governance Committee",
		CommitteeSlug: "governance-committee", Date: "2025-03-13", SourcePath: "kent/governance-committee/2025-03-13.pdf",
		Items: []schema.Item{
			{Title: "Committee structure", Text: "The cross-cutting Committee would hear the non-executive voice on self-assessment."},
			{Title: "Adoption support", Text: "Postadoption support and the preproceedings work were reviewed."},
			{Title: "Budget", Text: "The 2024-25 budget and the crossing at Cutting Lane."},
		}}
	m.AssignIDs()
	if err := ix.Apply(context.Background(), []FileChange{{Path: m.SourcePath, Hash: "h", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query  string
		titles string // the titles found, in any order, joined by "|"
		mark   string // a marked word in the first hit's snippets, if not ""
	}{
		{"crosscutting", "Committee structure", "<mark>cross-cutting</mark>"},
		{"cross-cutting", "Committee structure", "<mark>cross-cutting</mark>"},
		{`"cross-cutting committee"`, "Committee structure", ""},
		{"nonexecutive", "Committee structure", "<mark>non-executive</mark>"},
		{"selfassessment", "Committee structure", "<mark>self-assessment</mark>"},
		{"self-assessment", "Committee structure", ""},
		{"assessment", "Committee structure", ""},
		{"post-adoption", "Adoption support", "<mark>Postadoption</mark>"},
		{"pre-proceedings", "Adoption support", "<mark>preproceedings</mark>"},
		{"202425", "", ""}, // a number range is not run together
		{"2024-25", "Budget", ""},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), Request{Query: tt.query, Highlight: true})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		var titles []string
		for _, h := range res.Hits {
			titles = append(titles, h.Title)
		}
		if got := strings.Join(titles, "|"); got != tt.titles {
			t.Errorf("%s: found %q, want %q", tt.query, got, tt.titles)
			continue
		}
		if tt.mark != "" && !strings.Contains(strings.Join(res.Hits[0].Snippets, " "), tt.mark) {
			t.Errorf("%s: snippets %q, want %s", tt.query, res.Hits[0].Snippets, tt.mark)
		}
	}
}
