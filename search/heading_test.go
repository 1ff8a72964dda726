package search

import (
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

func TestIsHeading(t *testing.T) {
	for _, tt := range []struct {
		number, title string
		want          bool
	}{
		{"", "Newcastle West, Co. Limerick, on Tuesday, 20th", true},
		{"", "William Smith Obrien, Newcastle West, Co. Limerick, on", true},
		{"", "Municipal District of Newcastle West Held in Aras", true},
		{"", "Minutes of Proceedings at Special Meeting of the", true},
		{"", "Of the Municipal District of Cappamore-kilmallock Held", true},
		{"", "Held in the Council Chamber, Merchants Quay, Limerick, on", true},
		{"4", "Meeting of the Joint Policing Committee held on 3 May", false}, // numbered: business
		{"", "Flooding Issues in Askeaton", false},
		{"", "Renaming of The Square, Newcastle West", false},
		{"", "Notice of Motion submitted by Councillor J. Scanlan", false},
		{"", "Traffic calming on Monday Road", false},
	} {
		if got := isHeading(schema.Item{Number: tt.number, Title: tt.title}); got != tt.want {
			t.Errorf("isHeading(%q, %q) = %v, want %v", tt.number, tt.title, got, tt.want)
		}
	}
}

func TestIsVenueRequest(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Request to hold Meeting at Kilcornan Community Centre", true},
		{"Ballyhahill Development Association - Request to hold District Meeting in Ballyhahill", true},
		{"Venue for the next Meeting", true},
		{"Minutes of Environment SPC Meeting held on 3rd June, 2016", false},
		{"To elect a Cathaoirleach of the Municipal District of Adare-Rathkeale to hold office", false},
		{"Castlemahon Community Centre", false},
	} {
		if got := isVenueRequest(tt.title); got != tt.want {
			t.Errorf("isVenueRequest(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestIsMeetingTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Full Council, 26 January 2015", true},
		{"Municipal District of Cappamore-Kilmallock, 13 June 2019", true},
		{"Budget 2015", false},
		{"Update on the outcome of the Housing Workshop held on the 17th October 2018", false},
	} {
		if got := isMeetingTitle(tt.title); got != tt.want {
			t.Errorf("isMeetingTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestHeadingTitlesRankBelowItemText checks that an item whose title is
// its meeting's heading line ranks below an item about the place, and is
// still found and shown with its title.
func TestHeadingTitlesRankBelowItemText(t *testing.T) {
	ix := newFixtureIndex(t)
	m := &schema.Meeting{Council: "Test Council", CouncilSlug: "test", Committee: "Panel", CommitteeSlug: "panel", Date: "2020-01-01", SourcePath: "test/panel/2020-01-01.txt",
		Items: []schema.Item{
			{Title: "Held in the Town Hall, Glenbury, on Monday, 6th January", Text: "Present: Councillors A and B."},
			{Number: "5", Title: "Library opening hours", Text: "Members discussed the library in Glenbury, whose hours are to be extended."},
		}}
	m.AssignIDs()
	if err := ix.Apply(t.Context(), []FileChange{{Path: m.SourcePath, Hash: "h", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(t.Context(), Request{Query: "Glenbury"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 || res.Hits[0].ID != m.Items[1].ID || res.Hits[1].Title != m.Items[0].Title {
		t.Errorf("hits %+v: want the library item first, then the heading with its title", res.Hits)
	}
	if res, _ := ix.Search(t.Context(), Request{Query: "title:town"}); res.Total != 1 {
		t.Errorf("title:town finds %d items, want the heading", res.Total)
	}
}
