package indexer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// TestTopicTagging checks the bundled taxonomy on items built to show
// each rule: title hits, enough hits in the text, word senses that must
// not count, children's services only in a children's context, family
// slugs carried with their topics, and housekeeping kept to procedure.
func TestTopicTagging(t *testing.T) {
	ts, err := corpus.LoadTopics("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	tm := newTopicMatcher(ts)
	tests := []struct {
		name      string
		committee string
		item      schema.Item
		want      []string // slugs that must be there
		wantNot   []string // slugs that must not
	}{
		{"title hit carries its family", "Corporate Parenting Panel",
			schema.Item{Title: "Fostering Service Annual Report", Text: "The report was noted."},
			[]string{"childrens-services", "fostering"}, []string{"adoption"}},
		{"plurals meet in the text", "Corporate Parenting Panel",
			schema.Item{Title: "Update", Text: "Two placements broke down. Placement stability is a concern."},
			[]string{"placements"}, nil},
		{"one passing word is not enough", "",
			schema.Item{Title: "Youth Club Grant", Text: "The grant was agreed. Ofsted had visited the nursery last year."},
			nil, []string{"ofsted-improvement", "childrens-services"}},
		{"placement without a children's context", "Metropolitan District",
			schema.Item{Title: "Notice of Motion", Text: "That the Council consider the placement of bins on the quays. The placement of more bins would reduce litter. Residential areas nearby."},
			[]string{"environment", "waste-recycling"}, []string{"childrens-services", "placements"}},
		{"the committee gives the context", "Corporate Parenting Committee",
			schema.Item{Title: "Sufficiency", Text: "Residential placements out of area rose; two placements ended."},
			[]string{"childrens-services", "placements"}, nil},
		{"adoption of the minutes is not adoption", "Children's Services Scrutiny",
			schema.Item{Title: "Matters arising", Text: "Following the adoption of the minutes, members asked about the adoption of the strategy and the children in care report. Adoption of the minutes was agreed."},
			nil, []string{"adoption"}},
		{"a police inspector is not Ofsted", "Joint Policing Committee",
			schema.Item{Title: "Policing Issues", Text: "Inspector Cullen said burglaries fell; the inspection of the station was done. Gardaí patrols rose and anti-social behaviour fell."},
			[]string{"community-safety", "policing-crime"}, []string{"ofsted-improvement", "childrens-services"}},
		{"bait boxes are pest control", "Parish Council",
			schema.Item{Title: "Pest control", Text: "The inspection of the bait boxes found rats near the pond."},
			[]string{"environment", "environmental-health"}, []string{"ofsted-improvement"}},
		{"planning permission", "",
			schema.Item{Title: "Question", Text: "Has planning permission been granted for the houses? The planning application was lodged in May."},
			[]string{"planning", "planning-applications"}, []string{"childrens-services"}},
		{"parking is not a park", "",
			schema.Item{Title: "Car parking", Text: "Parking charges in the car park will rise; parking permits for residents."},
			[]string{"roads", "traffic-parking"}, []string{"parks-open-spaces"}},
		{"an acronym in capitals only", "",
			schema.Item{Title: "Report", Text: "Please send the report to the clerk, who will send it on."},
			nil, []string{"send", "education"}},
		{"SEND in capitals", "Schools Forum",
			schema.Item{Title: "High needs", Text: "SEND pupils: EHCP numbers rose and SEND transport costs grew."},
			[]string{"education", "send"}, nil},
		{"housekeeping keeps to procedure", "Corporate Parenting Panel",
			schema.Item{Title: "Apologies for Absence", Procedural: true, Text: "Apologies from the foster carer representative."},
			[]string{"governance", "procedural"}, []string{"fostering", "childrens-services"}},
		{"housekeeping that dwells on something", "Children's Services Scrutiny",
			schema.Item{Title: "Minutes", Procedural: true,
				Text: "Matters arising: the Ofsted inspection report, the Ofsted action plan, the Ofsted monitoring visit, the Ofsted letter, the inspection findings and the improvement plan. " +
					strings.Repeat("Members asked how the service would know that the changes had reached the front line and were told that audits would show it. ", 8)},
			[]string{"procedural", "ofsted-improvement"}, nil},
		{"a procedural title on an unflagged item", "",
			schema.Item{Title: "Date, time and place of next meeting", Text: "To be arranged."},
			[]string{"governance", "procedural"}, nil},
		{"accents fold", "",
			schema.Item{Title: "Tourism", Text: "Fáilte Ireland and Failte Ireland backed the Wild Atlantic Way."},
			[]string{"economic-development", "tourism"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tm.tag(tt.item, tt.committee)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("topics %q lack %q", got, w)
				}
			}
			for _, w := range tt.wantNot {
				if slices.Contains(got, w) {
					t.Errorf("topics %q have %q", got, w)
				}
			}
		})
	}
}

// TestTopicLimits checks that an item that mentions everything keeps at
// most three families and four topics, each family before its topics.
func TestTopicLimits(t *testing.T) {
	ts, err := corpus.LoadTopics("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	family := map[string]string{}
	for _, tp := range ts {
		family[tp.Slug] = tp.Family
	}
	text := strings.Repeat("Flooding and drainage; traffic calming and parking; the housing waiting list and homelessness; "+
		"the library and the festival; planning permission and the development plan; the budget and council tax. ", 3)
	got := newTopicMatcher(ts).tag(schema.Item{Title: "Chief Executive's Report", Text: text}, "Full Council")
	fams, topics := 0, 0
	seen := map[string]bool{}
	for _, s := range got {
		if family[s] == "" {
			fams++
		} else {
			topics++
			if !seen[family[s]] {
				t.Errorf("%s comes before its family %s in %q", s, family[s], got)
			}
		}
		seen[s] = true
	}
	if fams > maxFamilies || topics > maxTopics || fams == 0 {
		t.Errorf("tagged %q: %d families, %d topics; want 1 to %d and at most %d", got, fams, topics, maxFamilies, maxTopics)
	}
}

// TestFlatTaxonomy checks that a topics.json in the older flat format
// (no families) still tags: each entry is a family of its own.
func TestFlatTaxonomy(t *testing.T) {
	tm := newTopicMatcher([]corpus.Topic{
		{Slug: "fostering", Label: "Fostering", Terms: []string{"foster carers", "fostering"}},
		{Slug: "procedural", Label: "Procedural", Terms: []string{"apologies"}, Procedural: true},
	})
	if got := tm.tag(schema.Item{Title: "Fostering report"}, ""); !slices.Equal(got, []string{"fostering"}) {
		t.Errorf("fostering item: %q", got)
	}
	if got := tm.tag(schema.Item{Title: "Apologies", Procedural: true, Text: "From two foster carers."}, ""); !slices.Equal(got, []string{"procedural"}) {
		t.Errorf("apologies: %q", got)
	}
}

func TestFoldWord(t *testing.T) {
	groups := [][]string{
		{"placement", "placements", "Placements"},
		{"policy", "policies"},
		{"children", "children's", "childrens", "Children’s"},
		{"failte", "Fáilte"},
		{"bus", "bus"},
		{"access", "access"},
	}
	for _, g := range groups {
		for _, w := range g[1:] {
			if got, want := foldWord(w), foldWord(g[0]); got != want {
				t.Errorf("foldWord(%q) = %q; want %q like %q", w, got, want, g[0])
			}
		}
	}
	for _, pair := range [][2]string{{"parking", "parks"}, {"planned", "planning"}, {"adopted", "adopters"}} {
		if foldWord(pair[0]) == foldWord(pair[1]) {
			t.Errorf("%q and %q fold together", pair[0], pair[1])
		}
	}
}

func TestCapsTitleKeepsText(t *testing.T) {
	res := splitItems(readLines("23/045 APOLOGIES FOR ABSENCE: Cllr Marsh sent apologies.\n23/046 FINANCE – Payments approved.\n"))
	if len(res.Items) != 2 {
		t.Fatalf("%d items; want 2", len(res.Items))
	}
	it, _ := buildItem(res.Items[0])
	if !strings.Contains(it.Text, "Cllr Marsh sent apologies.") {
		t.Errorf("text %q lost the words after the title", it.Text)
	}
}

// BenchmarkTopicTag tags the items of the five seed minutes.
func BenchmarkTopicTag(b *testing.B) {
	ts, err := corpus.LoadTopics("../corpus")
	if err != nil {
		b.Fatal(err)
	}
	tm := newTopicMatcher(ts)
	var items []schema.Item
	for _, f := range fixtureFiles(b) {
		m, err := Extract(context.Background(), f, testOptions(b))
		if err != nil {
			b.Fatal(err)
		}
		items = append(items, m.Items...)
	}
	b.ResetTimer()
	for range b.N {
		for _, it := range items {
			tm.tag(it, "Corporate Parenting Panel")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(items)), "µs/item")
}
