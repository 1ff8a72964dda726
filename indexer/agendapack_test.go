package indexer

import "testing"

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
