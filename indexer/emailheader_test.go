package indexer

import (
	"strings"
	"testing"
)

// TestCoveringEmail checks minutes pasted or forwarded under a covering
// e-mail: the meeting's date and committee are read from the minutes'
// own heading, not from the e-mail's sent date or its note.
func TestCoveringEmail(t *testing.T) {
	tests := []struct {
		name, text, date, committee string
	}{
		{
			name: "an Outlook header block, the sent date month first, the note naming the meeting by its weekday",
			text: "Dear all,\n\nPlease find below the draft minutes of Monday's meeting of the Leisure Committee for your comments.\n\nKind regards,\n\nSam\n\n" +
				"From: Sam Cole <clerk@ashwell.example>\nSent: Wednesday, April 9, 2025 10:12 AM\nTo: Leisure Committee <leisure@ashwell.example>\nSubject: Draft minutes 7.4.25\n\n" +
				"ASHWELL TOWN COUNCIL\n\nRECREATION AND LEISURE COMMITTEE\n\nMinutes of the meeting held on Monday 7 April 2025 at 7.30pm\n\n" +
				"1. Apologies\n\nNone.\n\n2. Minutes\n\nSigned.\n\n3. Play Areas\n\nThe inspection report was noted.\n",
			date:      "2025-04-07",
			committee: "Recreation and Leisure Committee",
		},
		{
			name: "a forwarded message's header, Date before Subject",
			text: "Minutes attached below as promised.\n\n---------- Forwarded message ---------\nFrom: Clerk <clerk@upton.example>\nDate: Fri, 14 Feb 2025 at 16:03\nSubject: Minutes\nTo: <chair@upton.example>\n\n" +
				"UPTON PARISH COUNCIL\n\nMinutes of the meeting of the Planning Committee held on Tuesday 11 February 2025\n\n" +
				"1. Apologies\n\nNone.\n\n2. Applications\n\nNo objection to 25/0042.\n\n3. Correspondence\n\nNone.\n",
			date:      "2025-02-11",
			committee: "Planning Committee",
		},
		{
			name: "a covering note and no header block: a weekday is no committee",
			text: "Please find below the minutes of Tuesday's meeting of the Finance Committee.\n\n" +
				"BROOKLEY TOWN COUNCIL\n\nMinutes of the meeting held on Tuesday 4 March 2025\n\n" +
				"1. Apologies\n\nNone.\n\n2. Budget\n\nNoted.\n\n3. Grants\n\nAgreed.\n",
			date:      "2025-03-04",
			committee: "Finance Committee",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, h, _ := parseLines(readLines(tt.text))
			if got := h.Date.Format("2006-01-02"); !h.HasDate || got != tt.date {
				t.Errorf("date %s (%v); want %s", got, h.HasDate, tt.date)
			}
			if h.Committee != tt.committee {
				t.Errorf("committee %q; want %q", h.Committee, tt.committee)
			}
		})
	}
}

// TestAfterEmailHeader checks where a covering e-mail's header block
// ends: after three fields or more with From among them, and only when
// text follows it.
func TestAfterEmailHeader(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"no header", "Minutes\n\nTo: be signed\nFrom: the Chair\n\n1. Apologies\n", 0},
		{"a header then the minutes", "Note.\n\nFrom: A\nSent: 1 May\nTo: B\nSubject: C\n\nMINUTES\n", 6},
		{"two fields only", "From: A\nTo: B\n\nMINUTES\n", 0},
		{"a header and nothing after it", "Note.\n\nFrom: A\nSent: 1 May\nTo: B\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(strings.TrimSuffix(tt.text, "\n"))
			if got := afterEmailHeader(ls, 0, len(ls)); got != tt.want {
				t.Errorf("afterEmailHeader = %d; want %d", got, tt.want)
			}
		})
	}
}
