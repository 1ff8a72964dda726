package indexer

import (
	"strings"
	"testing"
)

// TestMinutesStart checks where the printed minutes start in an agenda
// pack: after the front sheet, at a minutes heading that a date and the
// attendance follow, however the heading names the meeting.
func TestMinutesStart(t *testing.T) {
	front := "Public Document Pack\n\nOldbury Vale District Council\n\nLicensing Committee\n\nDate: Monday, 9 June 2025\n\n" +
		"AGENDA\n\n1. Apologies\n\n2. Minutes (Pages 3 - 6)\n\n"
	tests := []struct {
		name, minutes string
		want          int // the line the minutes start at; 0 for none found
	}{
		{"a meeting of the body", "MINUTES of a meeting of the Licensing Committee held on Monday, 12 May 2025\n\nPresent: Councillors A and B\n", 14},
		{"the body held, no 'meeting'", "MINUTES of the LICENSING COMMITTEE held on Monday, 12 May 2025 at 10.00 am\n\nPresent: Councillors A and B\n", 14},
		{"an agenda item's mark over the body and a date alone", "Agenda Item 2\n\nLICENSING COMMITTEE\n\n12th May, 2025\n\nPresent: Councillors A and B\n", 15},
		{"an agenda item's mark over a report", "Agenda Item 2\n\nReport to the Licensing Committee\n\nDate of meeting: 9 June 2025\n\n1. Purpose of the report\n", 0},
		{"an agenda item's mark over a short report, then the minutes", "Agenda Item 2\n\nReport to the Licensing Committee - 9 June 2025\n\n1. Purpose\n\n1.1 To note the fees.\n\nOLDBURY VALE DISTRICT COUNCIL\n\nMinutes of the meeting held on Monday 12 May 2025\n\nPresent: Councillors A and B\n", 22},
		{"minutes named in the agenda are no heading", "To confirm the minutes of the meeting held on 12 May 2025.\n\nPresent is a word here.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := minutesStart(readLines(front + tt.minutes)); got != tt.want {
				t.Errorf("minutes start at line %d, want %d", got, tt.want)
			}
		})
	}
}

// TestPackPapersAfterMinutes checks that an agenda pack's papers printed
// after the minutes (a report's numbered sections, a table of numbered
// rows) are no items of the minutes, and that their words are kept as
// text outside the items; and that minutes which start the document are
// read to their end, "Agenda Item" lines and all.
func TestPackPapersAfterMinutes(t *testing.T) {
	front := "Public Document Pack\n\nOldbury Vale District Council\n\nLicensing Committee\n\nDate: Monday, 9 June 2025\n\n" +
		"AGENDA\n\n1. Apologies\n\n2. Minutes (Pages 3 - 6)\n\n3. Fees Report (Pages 7 - 12)\n\n"
	minutes := "MINUTES of a meeting of the Licensing Committee held on Monday, 12 May 2025\n\n" +
		"Present: Councillors A. Able and B. Baker\n\n" +
		"10 Apologies for Absence\n\nNone were received.\n\n" +
		"11 Declarations of Interest\n\nThere were none.\n\n" +
		"12 Taxi Licensing Policy\n\nRESOLVED - That the policy be adopted.\n\n" +
		"The meeting closed at 8.05 pm.\n\nChair ..........\n\n"
	report := "Agenda Item 3\n\nReport to: Licensing Committee\n\n1. Purpose of the Report\n\n1.1 To set the fees.\n\n" +
		"2. Background\n\n2.1 The fees were last set in 2019.\n\n3. Recommendation\n\n3.1 That the fees be approved.\n\n" +
		"4. Zebra crossings\n\n4.1 Unrelated words.\n"
	m, _, _ := parseLines(readLines(front + minutes + report))
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number+" "+it.Title)
	}
	if want := []string{"10 Apologies for Absence", "11 Declarations of Interest", "12 Taxi Licensing Policy"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("items %q, want %q", got, want)
	}
	if last := m.Items[len(m.Items)-1].Text; strings.Contains(last, "Zebra") {
		t.Errorf("the report's text is in the last minute: %q", last)
	}
	if !strings.Contains(m.Header, "Zebra crossings") || !strings.Contains(m.Header, "Purpose of the Report") {
		t.Errorf("the report's words are lost from the text outside the items: %q", m.Header)
	}

	// Minutes that end at the chair's signature, with no closing time.
	signed := strings.Replace(minutes, "The meeting closed at 8.05 pm.\n\n", "", 1)
	m, _, _ = parseLines(readLines(front + signed + report))
	if n := len(m.Items); n != 3 || strings.Contains(m.Items[2].Text, "Zebra") {
		t.Errorf("signed minutes: %d items, last %q", n, m.Items[n-1].Text)
	}
	for _, s := range []string{"Chair ..........", "CHAIRMAN", "Signed: Chairman ………… Date …………", "Chairman ....... Date ......."} {
		if !chairSigns.MatchString(s) {
			t.Errorf("%q is no signature", s)
		}
	}
	for _, s := range []string{"Chairman's announcements", "The Chair thanked members."} {
		if chairSigns.MatchString(s) {
			t.Errorf("%q read as a signature", s)
		}
	}

	// No front sheet: the minutes are the whole document, and a closing
	// line and an "Agenda Item" line inside them end nothing.
	if end := minutesEnd(readLines(minutes+report), 0); end != len(readLines(minutes+report)) {
		t.Errorf("minutes without a front sheet end at line %d", end)
	}
}
