package indexer

import "testing"

// TestRunningDate checks the meeting's date read from a page's running
// header or footer, and the closing lines it must not be read from.
func TestRunningDate(t *testing.T) {
	tests := []struct {
		name      string
		lines     []string
		committee string
		want      string // "" when no date is to be read
	}{
		{"footer with the page", []string{"Licensing and Regulatory Committee – 17 June 2025 – Page 1 of 2"}, "", "2025-06-17"},
		{"header naming the committee", []string{"Cabinet\t\t4 March 2025"}, "Cabinet", "2025-03-04"},
		{"repeated footers agree", []string{"Planning Committee 2.9.25 Page 1", "Planning Committee 2.9.25 Page 2"}, "", "2025-09-02"},
		{"footers disagree", []string{"Minutes 2.9.25 Page 1", "Minutes 3.9.25 Page 2"}, "", ""},
		{"next meeting's date, no page or committee", []string{"Date of next meeting: 8 July 2025"}, "Planning Committee", ""},
		{"a signature line", []string{"Signed ..................... Chairman   Date 8 July 2025"}, "", ""},
		{"a sentence, not a running line", []string{"The Committee agreed to meet again on 8 July 2025 at 10am in the Council Chamber of the Civic Centre on page 4 of the plan"}, "", ""},
	}
	for _, tt := range tests {
		d, ok := runningDate(tt.lines, tt.committee)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFooterDate checks that minutes whose body never prints their date
// take it from the footer on their last line, and that a date in the
// heading still wins over a footer's.
func TestFooterDate(t *testing.T) {
	body := "ASHBY DISTRICT COUNCIL\n\nHOUSING COMMITTEE\n\nMINUTES\n\n" +
		"Item 1 – Apologies\n\nNone.\n\nItem 2 – Minutes\n\nThe minutes of 8 April 2025 were agreed.\n\n" +
		"Item 3 – Rents\n\nRESOLVED that rents rise by 2.7%.\n\n"
	tests := []struct{ text, want string }{
		{body + "Housing Committee – 17 June 2025 – Page 1 of 1\n", "2025-06-17"},
		{"Minutes of the meeting held on 10 June 2025\n\n" + body + "Housing Committee – 17 June 2025 – Page 1 of 1\n", "2025-06-10"},
	}
	for _, tt := range tests {
		_, h, _ := parseLines(readLines(tt.text))
		if got := h.Date.Format("2006-01-02"); !h.HasDate || got != tt.want {
			t.Errorf("date %s (%v), want %s, of\n%s", got, h.HasDate, tt.want, tt.text)
		}
	}
}
