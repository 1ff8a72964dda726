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
