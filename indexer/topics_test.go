package indexer

import (
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// TestTopicTagging checks that items get the topics they are about: a
// title hit, or enough hits in the text, stems matched, passing words
// ignored, and procedural items kept procedural.
func TestTopicTagging(t *testing.T) {
	ts, err := corpus.LoadTopics("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) < 15 {
		t.Fatalf("corpus/topics.json has %d topics; want at least 15", len(ts))
	}
	tm := newTopicMatcher(ts)
	tests := []struct {
		name    string
		item    schema.Item
		want    []string // topics that must be there
		wantNot []string // topics that must not
	}{
		{"title hit", schema.Item{Title: "Fostering Service Annual Report", Text: "The report was noted."},
			[]string{"fostering"}, []string{"adoption"}},
		{"stems in the text", schema.Item{Title: "Update", Text: "Two placements broke down. Placement stability is a concern."},
			[]string{"placements"}, nil},
		{"one passing word is not enough", schema.Item{Title: "Youth Club Grant", Text: "Funding was agreed. Ofsted had visited the nursery last year."},
			nil, []string{"ofsted-improvement"}},
		{"procedural keeps to procedural", schema.Item{Title: "Apologies for Absence", Procedural: true, Text: "Apologies from the foster carer representative."},
			[]string{"procedural"}, []string{"fostering"}},
		{"procedural with a strong signal", schema.Item{Title: "Minutes", Procedural: true,
			Text: "Matters arising: the Ofsted inspection report, the Ofsted action plan, the Ofsted monitoring visit, the Ofsted letter, the inspection findings and the improvement plan."},
			[]string{"procedural", "ofsted-improvement"}, nil},
		{"case and word boundaries", schema.Item{Title: "Report", Text: "CAMHS waiting times and camhs referrals; scamhs is not a word."},
			[]string{"health-camhs"}, nil},
		{"phrases", schema.Item{Title: "Update", Text: "Unaccompanied asylum seeking children arrived; the national transfer scheme applies."},
			[]string{"unaccompanied-asylum-seekers"}, nil},
		{"covid", schema.Item{Title: "COVID-19 Arrangements", Text: "Visits moved online."},
			[]string{"covid-19"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tm.tag(tt.item)
			set := map[string]bool{}
			for _, g := range got {
				set[g] = true
			}
			for _, w := range tt.want {
				if !set[w] {
					t.Errorf("topics %q lack %q", got, w)
				}
			}
			for _, w := range tt.wantNot {
				if set[w] {
					t.Errorf("topics %q have %q", got, w)
				}
			}
		})
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"placement", "placements"},
		{"foster", "fostering", "fostered"},
		{"leaver", "leavers", "leaving"},
		{"agency", "agencies"},
		{"inspection", "inspections"},
	}
	for _, g := range groups {
		want := stem(stem(g[0]))
		for _, w := range g[1:] {
			if got := stem(stem(w)); got != want {
				t.Errorf("stem(%q) = %q; want %q like %q", w, got, want, g[0])
			}
		}
	}
}

func TestCapsTitleKeepsText(t *testing.T) {
	res := splitItems(splitLines("23/045 APOLOGIES FOR ABSENCE: Cllr Marsh sent apologies.\n23/046 FINANCE – Payments approved.\n"))
	if len(res.Items) != 2 {
		t.Fatalf("%d items; want 2", len(res.Items))
	}
	it, _ := buildItem(res.Items[0])
	if !strings.Contains(it.Text, "Cllr Marsh sent apologies.") {
		t.Errorf("text %q lost the words after the title", it.Text)
	}
}
