package indexer

import "testing"

// TestWrapTitleAfterDash checks a bold title broken after a dash: its end
// on the next line, set alike, is part of the title; a line set otherwise
// (the text below a heading) or a sentence is not.
func TestWrapTitleAfterDash(t *testing.T) {
	bold := func(s string) line { l := parseLine(s); l.Bold, l.Size, l.Page = true, 1, 1; return l }
	plain := func(s string) line { l := parseLine(s); l.Size, l.Page = 1, 1; return l }
	tests := []struct {
		name  string
		lines []line
		title string
	}{
		{"a bold title's end after the dash",
			[]line{bold("Review of a Private Hire Driver's Licence –"), bold("Driver Ref. PH/0392"), plain("The Licensing Manager reported that the driver had points.")},
			"Review of a Private Hire Driver's Licence – Driver Ref. PH/0392"},
		{"the text under a bold title is no part of it",
			[]line{bold("Budget Monitoring –"), plain("Quarter 3 figures"), plain("The Director reported.")},
			"Budget Monitoring –"},
		{"a bold sentence is no part of it",
			[]line{bold("Budget Monitoring –"), bold("The report was noted."), plain("Text.")},
			"Budget Monitoring –"},
		{"a bold title wrapped over three lines of a narrow column",
			[]line{bold("Minute 15(a) Recommendation"), bold("from Cabinet – Council Tax Reduction"), bold("Scheme 2025/26"), plain("The Leader moved the recommendation of the Cabinet.")},
			"Minute 15(a) Recommendation from Cabinet – Council Tax Reduction Scheme 2025/26"},
		{"a bold label under a bold title is no part of it",
			[]line{bold("Rolling Actions Log"), bold("Decision"), plain("To note the log.")},
			"Rolling Actions Log"},
		{"a bold labelled sub-heading under a bold title is no part of it",
			[]line{bold("Planning"), bold("Item 6(a) – DC/24/0871/HH, Rose Cottage"), plain("No objection.")},
			"Planning"},
		{"a page set wholly in bold runs on into no title",
			[]line{bold("Budget Monitoring"), bold("Quarter 3 figures were"), bold("presented by the Director"), bold("and the members asked"), bold("about the overspend"), bold("in children's services")},
			"Budget Monitoring"},
		{"a bold title wrapped in a side heading, a year alone on its last line",
			[]line{bold("Treasury Management"), bold("Strategy Statement"), bold("2025/26"), plain("The Director presented the strategy.")},
			"Treasury Management Strategy Statement 2025/26"},
		{"a bold title and a year set alike but plain text's count under it",
			[]line{bold("Capital Programme"), plain("2025/26"), plain("The Director presented the programme.")},
			"Capital Programme"},
		{"a title without typography is left as it was",
			[]line{plain("Budget Monitoring –"), plain("Quarter 3 figures"), plain("The Director reported.")},
			"Budget Monitoring –"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := wrapTitle(tt.lines, 0, len(tt.lines), tt.lines[0].Text); got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
		})
	}
}

// TestTitleLikeReferredRecommendation checks that a full council's item
// bringing another body's recommendations reads as a title, while a
// decision that starts "Recommendation" or "RESOLVED" still does not.
func TestTitleLikeReferredRecommendation(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Recommendation from Cabinet – Leisure Centre Decarbonisation", true},
		{"Recommendations of the Audit and Standards Committee", true},
		{"Recommendation: that the report be noted", false},
		{"Recommendation to Council", false},
		{"Recommendation of the committee be agreed", false},
		{"RESOLVED that the report be noted", false},
	}
	for _, tt := range tests {
		if got := titleLike(tt.s, 15, false); got != tt.want {
			t.Errorf("titleLike(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
