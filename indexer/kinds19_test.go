package indexer

import (
	"slices"
	"testing"
)

// TestSentenceCaseHeadings checks minutes with no numbering and no
// typography whose items are headed by short sentence-case lines with
// their text on the very next line (a parish meeting's), and that prose
// and lists opening with short lines are left alone.
func TestSentenceCaseHeadings(t *testing.T) {
	head := "BRAMBLEFORD PARISH MEETING\n\nANNUAL PARISH MEETING\n\nHeld in the School Room, Brambleford on Thursday 9th May 2024 at 7 p.m.\n\nIn the Chair: Mrs R. Oldcastle\nAlso present: the Clerk and eleven electors of the parish.\n\n"
	tests := []struct {
		name   string
		text   string
		method string
		titles []string
	}{
		{
			name: "sentence-case headings, text on the next line",
			text: head +
				"Apologies for absence\nApologies were received from Mr T. Hale and Mrs P. Hale.\n\n" +
				"Minutes of the last meeting\nThe minutes of the meeting held on 11th May 2023 were approved and signed.\n\n" +
				"Report of the Chairman\nThe Chairman spoke of the year's work on the green and thanked the volunteers\nwho had cut the verges through the summer.\n\n" +
				"Accounts for 2023/24\nThe Clerk presented the accounts, which were accepted by a show of hands.\n\n" +
				"Open forum\nResidents asked about the bus shelter. The Clerk would ask the County Council.\n\n" +
				"The meeting closed at 8.10 p.m.\n",
			method: MethodHeadings,
			titles: []string{"Apologies for absence", "Minutes of the last meeting", "Report of the Chairman", "Accounts for 2023/24", "Open forum"},
		},
		{
			name: "only two such lines: left whole",
			text: head +
				"Apologies for absence\nApologies were received from Mr T. Hale and Mrs P. Hale.\n\n" +
				"The minutes of the meeting held on 11th May 2023 were approved and signed by the Chairman.\n\n" +
				"Open forum\nResidents asked about the bus shelter. The Clerk would ask the County Council.\n\n" +
				"The meeting closed at 8.10 p.m.\n",
			method: MethodWhole,
		},
		{
			name: "a list of short lines under short lines: left alone",
			text: head +
				"Grass cutting\nMr A. Brown\n\nHall hire\nThe Hall Trust\n\nInsurance\nZurich Municipal\n\nAudit\nMr P. Green\n\nThe meeting closed at 8.10 p.m.\n",
			method: MethodWhole,
		},
		{
			name: "numbered minutes with such lines inside items: numbers kept",
			text: head +
				"1. Apologies\n\nApologies were received from Mr T. Hale.\n\n" +
				"2. Reports\n\nReport of the Chairman\nThe Chairman spoke of the year's work on the green.\n\n" +
				"Report of the Clerk\nThe Clerk presented the accounts, which were accepted.\n\n" +
				"Report of the Tree Warden\nThe Tree Warden said two oaks had been planted.\n\n" +
				"Report of the Footpaths Officer\nThe Footpaths Officer said the stiles were mended.\n\n" +
				"3. Open forum\n\nResidents asked about the bus shelter.\n\n",
			method: MethodNumbered,
			titles: []string{"Apologies", "Reports", "Open forum"},
		},
		{
			name: "hard-wrapped prose paragraphs: left alone",
			text: head +
				"The Chairman welcomed everyone and said that the year had been a busy one for the\nparish, with the green and the footpaths kept by volunteers.\n\n" +
				"The Clerk presented the accounts for the year, which showed a small surplus carried\nforward to the next year; they were accepted.\n\n" +
				"Residents asked about the bus shelter on the main road, and the Clerk would write\nto the County Council about it.\n\n" +
				"Mr Hale raised the speed of traffic through the village, and a speed watch group\nwould be formed.\n\n" +
				"The meeting closed at 8.10 p.m.\n",
			method: MethodWhole,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method, _, titles := splitOf(tc.text)
			if method != tc.method {
				t.Fatalf("method %q, want %q (titles %q)", method, tc.method, titles)
			}
			if tc.titles != nil && !slices.Equal(titles, tc.titles) {
				t.Errorf("titles %q\nwant %q", titles, tc.titles)
			}
		})
	}
}

// TestParishMeetingBody checks that a meeting's kind printed on its own
// line under the parish's name ("ANNUAL PARISH MEETING") is read as the
// body that met, and that a parish council's heading without it is read as before.
func TestParishMeetingBody(t *testing.T) {
	tests := []struct{ text, committee string }{
		{"HOLLOWMERE PARISH MEETING\n\nANNUAL PARISH MEETING\n\nHeld on Monday 13th May 2024 at 7 p.m.\n", "Annual Parish Meeting"},
		{"Hollowmere Parish Council\n\nAnnual Parish Meeting\n\nHeld on Monday 13th May 2024 at 7 p.m.\n", "Annual Parish Meeting"},
		{"KESTON TOWN COUNCIL\n\nEXTRAORDINARY TOWN MEETING\n\nHeld on Monday 13th May 2024 at 7 p.m.\n", "Extraordinary Town Meeting"},
		{"Hollowmere Parish Council\n\nHeld on Monday 13th May 2024 at 7 p.m.\n", "Parish Council"}, // as before: the council sat
	}
	for _, tt := range tests {
		if h := readHeader(readLines(tt.text)); h.Committee != tt.committee {
			t.Errorf("committee of %q = %q; want %q", tt.text, h.Committee, tt.committee)
		}
	}
}

// TestWrappedHeadingNames checks a committee's name whose kind wrapped
// onto a line of its own, and a capitals title whose year wrapped onto
// the next line, and that complete names and titles are left alone.
func TestWrappedHeadingNames(t *testing.T) {
	committees := []struct{ text, committee string }{
		{"Ashby and Corve Joint Transport Partnership\nCommittee\nMinutes of the meeting held on Thursday 5 December 2024\n", "Ashby and Corve Joint Transport Partnership Committee"},
		{"Ashby and Corve Shared Services Joint\nSub-Committee\nMinutes of the meeting held on Thursday 5 December 2024\n", "Ashby and Corve Shared Services Joint Sub-Committee"},
		{"Ashby Borough Council\nPlanning Committee\nMinutes of the meeting held on Thursday 5 December 2024\n", "Planning Committee"},
		{"Ashby Borough Council\nLicensing Panel\nThursday 5 December 2024\n", "Licensing Panel"},
	}
	for _, tt := range committees {
		if h := readHeader(readLines(tt.text)); h.Committee != tt.committee {
			t.Errorf("committee of %q = %q; want %q", tt.text, h.Committee, tt.committee)
		}
	}
	head := "ASHBY DISTRICT COUNCIL\n\nMINUTES of a Meeting of the Leisure Committee held on TUESDAY 3rd JUNE 2008\n\n"
	body := "The Head of Leisure reported on the year and the Committee noted the report.\n\n"
	titles := []struct {
		name, text string
		want       []string
	}{
		{"capitals title, its year on the next line",
			head + "XII.\tAPOLOGIES\n\n" + body + "XIII.\tLEISURE CENTRES – REVIEW\n2011/12\n\n" + body + "XIV.\tPLAY AREAS\n\n" + body,
			[]string{"Apologies", "Leisure Centres – Review 2011/12", "Play Areas"}},
		{"capitals title, its year run straight into the text",
			head + "XII.\tAPOLOGIES\n\n" + body + "XIII.\tLEISURE CENTRES – REVIEW\n2011/12 was a good year for the centres, the Head of Leisure said.\n\n" + body + "XIV.\tPLAY AREAS\n\n" + body,
			[]string{"Apologies", "Leisure Centres – Review", "Play Areas"}},
		{"a year over a table of capitals: left alone",
			head + "XII.\tAPOLOGIES\n\n" + body + "XIII.\tLEISURE CENTRES – REVIEW\n2011/12\nINCOME EXPENDITURE\n\n" + body + "XIV.\tPLAY AREAS\n\n" + body,
			[]string{"Apologies", "Leisure Centres – Review", "Play Areas"}},
	}
	for _, tc := range titles {
		t.Run(tc.name, func(t *testing.T) {
			_, _, got := splitOf(tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("titles %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestCouncilNames checks two councils' names printed on one line (a
// joint body's logos) read as the first council whole, a short name
// above the full one read as the full name, and names left alone.
func TestCouncilNames(t *testing.T) {
	tests := []struct{ text, council string }{
		{"Ashby Borough Council Corve District Council\nAshby and Corve Joint Planning Committee\n", "Ashby Borough Council"},
		{"ASHBY BOROUGH COUNCIL CORVE DISTRICT COUNCIL\nJoint Scrutiny Panel\n", "Ashby Borough Council"},
		{"Ashby and Corve Council\nPlanning Committee\n", "Ashby and Corve Council"},
		{"Minutes\nLicensing Panel\nAshby Council\n\nAshby Metropolitan Borough Council\nLicensing Panel\n", "Ashby Metropolitan Borough Council"},
		{"Ashby Council\n\nAshby City Council\n", "Ashby City Council"},
		{"Ashby Council\n\nAshby City and County Council\n", "Ashby Council"},
		{"Ashby District Council\n\nCorve District Council\n", "Ashby District Council"},
		{"Ashby Borough Council\n\nAshby Borough Council\n", "Ashby Borough Council"},
	}
	for _, tt := range tests {
		if h := readHeader(readLines(tt.text)); h.Council != tt.council {
			t.Errorf("council of %q = %q; want %q", tt.text, h.Council, tt.council)
		}
	}
}
