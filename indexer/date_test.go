package indexer

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when no date
	}{
		{"Friday, 13 December 2013", "2013-12-13"},
		{"Corporate Parenting Committee - Wednesday, 9th May, 2018 4.00 pm", "2018-05-09"},
		{"2 March 2021 at 6.00 pm", "2021-03-02"},
		{"13/12/2013", "2013-12-13"},
		{"13.12.13", "2013-12-13"},
		{"ddydd Iau, 12fed Hydref 2023 am 7 o'r gloch", "2023-10-12"},
		{"nos Fawrth, 27 Chwefror 2024", "2024-02-27"},
		{"Dydd Mawrth 2il Ebrill 2024", "2024-04-02"},
		{"21ain Rhagfyr 2022", "2022-12-21"},
		{"held on Tuesday 26th June 2OO1 at 8.0O p.m.", "2001-06-26"}, // OCR: O for 0
		{"Thursday 4th March l999", "1999-03-04"},
		{"on Thursday l4th March 2019", "2019-03-14"},
		{"held on the 3rd day of March 2016", "2016-03-03"},
		{"Date of meeting: 16th-March-2021", "2021-03-16"},
		{"held on the twelfth day of March 2025, commencing", "2025-03-12"},
		{"on the Twenty-First day of June, 2024", "2024-06-21"},
		{"the thirty first of January 2023", "2023-01-31"},
		{"the thirtieth day of February 2023", ""},
		{"the second of the month", ""},
		{"held on Mon 3 Mar 25 at 7.30pm", "2025-03-03"},
		{"Tuesday 4th March 25", "2025-03-04"},
		{"Thurs. 6 Feb '25", "2025-02-06"},
		{"Tue 3 Mar 25", ""},            // 3 March 2025 was a Monday
		{"on 3 March 25 residents", ""}, // no weekday: a count, not a year
		{"2013-12-13", "2013-12-13"},
		{"December 13, 2013", "2013-12-13"},
		{"13th Dec 2013", "2013-12-13"},
		{"Tuesday 4th February 2020", "2020-02-04"},
		{"held on the 1st of March 2021", "2021-03-01"},
		{"Sept 3rd, 2019", "2019-09-03"},
		{"03-04-2019", "2019-04-03"}, // day first
		{"31 February 2020", ""},
		{"32/01/2020", ""},
		{"13/13/2013", ""},
		{"Item 5.1", ""},
		{"2021/22 budget", ""},
		{"", ""},
		{"May 2020", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := ParseDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateInFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2013-12-13.pdf", "2013-12-13"},
		{"13-12-2013.txt", "2013-12-13"},
		{"20131213.pdf", "2013-12-13"},
		{"minutes_13.12.13.docx", "2013-12-13"},
		{"agenda-and-minutes.txt", ""},
		{"000_fc41dadad03eceb3.txt", ""},
		{"report-12345678.pdf", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := dateInFileName(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("dateInFileName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Wednesday, 9th May, 2018 4.00 pm", "4.00 pm"},
		{"2 March 2021 at 6.00 pm", "6.00 pm"},
		{"at 7.30pm in the Village Hall", "7.30pm"},
		{"10:30 a.m. start", "10:30 a.m."},
		{"3rd June 2022, 10am, Room 4", "10am"},
		{"at noon", "noon"},
		{"13 December 2013", ""},
		{"25 pm", ""},
	}
	for _, tt := range tests {
		if got := findTime(tt.in); got != tt.want {
			t.Errorf("findTime(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"14 February 2014", true},
		{"March 2021 at 6.00 pm", true},
		{"Friday, 13 December 2013", true},
		{"Minutes of the meeting held on 25 October 2013", false},
		{"Apologies for Absence", false},
	}
	for _, tt := range tests {
		if got := isDateLine(tt.in); got != tt.want {
			t.Errorf("isDateLine(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
