package indexer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestSeeds checks by hand-read expectations what the five seed minutes
// give without a manifest entry: item numbers and titles, and the date
// only where the minutes print it.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file       string
		council    string
		committee  string
		date       string
		dateSource string
		numbers    []string
		titles     map[int]string // index: title
		truncated  []int
	}{
		{
			file: "000_fc41dadad03eceb3.txt", council: "central-bedfordshire", committee: "corporate-parenting-panel",
			dateSource: schema.DateUnknown,
			numbers:    []string{"29", "30", "31", "32", "33", "34", "35", "36", "37"},
			titles:     map[int]string{0: "Minutes", 1: "Members' Interests", 5: "LAC Social Worker 'Churn'", 8: "Work Programme"},
			truncated:  []int{3, 5},
		},
		{
			file: "001_e9e32952ed0201e2.txt", council: "middlesbrough", committee: "corporate-parenting-board",
			dateSource: schema.DateUnknown,
			numbers:    []string{"", "", "", "", "", "21/13", "", "21/15", "", "", ""},
			titles: map[int]string{0: "Declarations of Interest", 3: "Covid 19 Update", 5: "Review of the Permanence action plan",
				9: "Corporate Reference Group"},
			truncated: []int{5, 7},
		},
		{
			file: "002_4d8d5d562c30f0f4.txt", council: "cheshire-east", committee: "corporate-parenting-committee",
			date: "2018-05-09", dateSource: schema.DateFromText,
			numbers: []string{"48", "49", "50", "51", "52", "53", "54"},
			titles:  map[int]string{0: "Apologies for Absence", 4: "Staffing and Infrastructure", 6: "Corporate Parenting Update"},
		},
		{
			file: "003_8be5532615bc3ab7.txt", council: "kent", committee: "corporate-parenting-panel",
			date: "2013-12-13", dateSource: schema.DateFromText,
			numbers: []string{"65", "66", "67", "68", "69", "70", "71"},
			titles: map[int]string{0: "Minutes of the meeting held on 25 October 2013", 1: "Chairman's Announcements",
				3: "The Dartford 'Crash pad'", 6: "Performance Scorecard for Children in Care"},
		},
		{
			file: "004_e8740f46709c5b46.txt", council: "", committee: "scrutiny-children-services-review-group",
			date: "2021-03-02", dateSource: schema.DateFromText,
			numbers: []string{"12", "13", "14", "15", "16", "17", "18"},
			titles:  map[int]string{0: "Apology for Absence", 1: "Minutes", 6: "Draft CSRG Work Programme 2021/22 and Executive Forward Plan"},
		},
	}
	opts := testOptions(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m, err := Extract(context.Background(), filepath.Join("testdata", "seeds", tt.file), opts)
			if err != nil {
				t.Fatal(err)
			}
			if m.CouncilSlug != tt.council || m.CommitteeSlug != tt.committee {
				t.Errorf("council, committee = %q, %q; want %q, %q", m.CouncilSlug, m.CommitteeSlug, tt.council, tt.committee)
			}
			if m.Date != tt.date || m.DateSource != tt.dateSource {
				t.Errorf("date = %q (%s); want %q (%s)", m.Date, m.DateSource, tt.date, tt.dateSource)
			}
			var numbers []string
			for _, it := range m.Items {
				numbers = append(numbers, it.Number)
			}
			if strings.Join(numbers, ",") != strings.Join(tt.numbers, ",") {
				t.Errorf("item numbers = %q; want %q", numbers, tt.numbers)
			}
			for i, title := range tt.titles {
				if i < len(m.Items) && m.Items[i].Title != title {
					t.Errorf("item %d title = %q; want %q", i, m.Items[i].Title, title)
				}
			}
			for _, i := range tt.truncated {
				if i < len(m.Items) && !m.Items[i].Truncated {
					t.Errorf("item %d not marked truncated", i)
				}
			}
			for _, it := range m.Items {
				if strings.Contains(it.Text, "view the full minutes text") {
					t.Errorf("item %s keeps the truncation notice", it.Number)
				}
			}
		})
	}
}

// TestSeedDecisions checks decisions and procedural flags found by hand.
func TestSeedDecisions(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		file       string
		item       int
		decisions  int
		first      string // prefix of the first decision
		procedural bool
	}{
		{"000_fc41dadad03eceb3.txt", 0, 0, "", true},
		{"000_fc41dadad03eceb3.txt", 6, 2, "NOTED\nthe report outlining", false},
		{"000_fc41dadad03eceb3.txt", 8, 1, "RESOLVED\nthat the Corporate Parenting Panel work programme", false},
		{"001_e9e32952ed0201e2.txt", 2, 1, "AGREED- that the update be noted.", false},
		{"001_e9e32952ed0201e2.txt", 10, 0, "", true},
		{"002_4d8d5d562c30f0f4.txt", 2, 1, "RESOLVED – That the minutes", true},
		{"002_4d8d5d562c30f0f4.txt", 6, 1, "RESOLVED\n1. That the updates be noted.", false},
		{"003_8be5532615bc3ab7.txt", 1, 1, "Agreed without a vote", false},
		{"003_8be5532615bc3ab7.txt", 4, 1, "RESOLVED that:-\na) the content of the action plan", false},
		{"004_e8740f46709c5b46.txt", 3, 0, "", true},
		{"004_e8740f46709c5b46.txt", 4, 1, "Resolved: (i) That the Committee's thanks", false},
		{"004_e8740f46709c5b46.txt", 5, 1, "Resolved: (i) That the committee's thanks to the Officer be recorded.\n(ii)", false},
	}
	cache := map[string]schema.Meeting{}
	for _, tt := range tests {
		m, ok := cache[tt.file]
		if !ok {
			var err error
			if m, err = Extract(context.Background(), filepath.Join("testdata", "seeds", tt.file), opts); err != nil {
				t.Fatal(err)
			}
			cache[tt.file] = m
		}
		it := m.Items[tt.item]
		if len(it.Decisions) != tt.decisions {
			t.Errorf("%s item %s: %d decisions %q; want %d", tt.file, it.Number, len(it.Decisions), it.Decisions, tt.decisions)
			continue
		}
		if tt.first != "" && !strings.HasPrefix(it.Decisions[0], tt.first) {
			t.Errorf("%s item %s: first decision %q; want prefix %q", tt.file, it.Number, it.Decisions[0], tt.first)
		}
		if it.Procedural != tt.procedural {
			t.Errorf("%s item %s %q: procedural = %v; want %v", tt.file, it.Number, it.Title, it.Procedural, tt.procedural)
		}
	}
}
