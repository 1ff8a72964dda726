package search

import "testing"

func TestSplitRouting(t *testing.T) {
	for _, c := range []struct{ title, subject, routing string }{
		{"Notice of Motion submitted by Councillor E. Byrne (to be referred to the Climate Change and Environment Strategic Policy Committee)",
			"Notice of Motion submitted by Councillor E. Byrne", "(to be referred to the Climate Change and Environment Strategic Policy Committee)"},
		{"Notice of Motion submitted by Councillor T. Neville (To be referred to Travel and Transportation SPC)",
			"Notice of Motion submitted by Councillor T. Neville", "(To be referred to Travel and Transportation SPC)"},
		// cut at the end of a line: no closing bracket
		{"Notice of Motion submitted by Councillor J. Leddin (to be referred to the Home and",
			"Notice of Motion submitted by Councillor J. Leddin", "(to be referred to the Home and"},
		{"Housing Strategy (referred from Cabinet)", "Housing Strategy", "(referred from Cabinet)"},
		// not a referral, or not at the end: the whole title is the subject
		{"Climate Change (Adaptation) Plan", "Climate Change (Adaptation) Plan", ""},
		{"Motions referred to the SPC", "Motions referred to the SPC", ""},
		{"Report (to be referred to Cabinet) on Libraries", "Report (to be referred to Cabinet) on Libraries", ""},
		{"", "", ""},
	} {
		subject, routing := splitRouting(c.title)
		if subject != c.subject || routing != c.routing {
			t.Errorf("splitRouting(%q) = %q, %q; want %q, %q", c.title, subject, routing, c.subject, c.routing)
		}
	}
}
