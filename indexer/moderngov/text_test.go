package moderngov

import (
	"strings"
	"testing"
	"time"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs kept", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"line break", "<p>a<br>b</p>", "a\nb"},
		{"list items", "<ul><li>x</li><li>y</li></ul>", "• x\n\n• y"},
		{"entities", "<p>Children&#39;s &amp; young people</p>", "Children's & young people"},
		{"double encoded", "<p>Children&amp;#39;s</p>", "Children's"},
		{"nbsp and spaces", "<p>a&nbsp;&nbsp; b\n  c</p>", "a b c"},
		{"plain text", "no  markup &amp;#39;here", "no markup 'here"},
		{"script dropped", "<p>a</p><script>x()</script>", "a"},
		{"empty", "  ", ""},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlToText(tt.in); got != tt.want {
				t.Errorf("htmlToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindDecisions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"resolved with list", "Intro.\n\nRESOLVED that:\n\n(i) a; and\n\n(ii) b.\n\nAfter.", []string{"RESOLVED that:\n(i) a; and\n(ii) b."}},
		{"resolved dash", "RESOLVED – that the report be noted.", []string{"RESOLVED – that the report be noted."}},
		{"inside a paragraph", "After debate it was RESOLVED to defer.", []string{"RESOLVED to defer."}},
		{"agreed lower case start", "Agreed: to write to the minister.", []string{"Agreed: to write to the minister."}},
		{"it was agreed", "It was agreed that officers report back.", []string{"It was agreed that officers report back."}},
		{"noted label", "NOTED the update.", []string{"NOTED the update."}},
		{"prose noted is no decision", "The Panel noted the shortage.", nil},
		{"two decisions", "RESOLVED a.\n\nText.\n\nAGREED b.", []string{"RESOLVED a.", "AGREED b."}},
		{"bare heading", "RESOLVED\n\nthat the plan be approved.\n\nOther.", []string{"RESOLVED\nthat the plan be approved."}},
		{"none", "Nothing decided.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findDecisions(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("findDecisions = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMentionsDate(t *testing.T) {
	tests := []struct {
		text, date string
		want       bool
	}{
		{"Minutes 5 March 2018", "2018-03-05", true},
		{"Printed minutes 05th-Mar-2018 10.00", "2018-03-05", true},
		{"Minutes of 13 November 2017", "2017-11-13", true},
		{"Minutes 02.07.19.pdf", "2019-07-02", true},
		{"minutes_2019-07-02.pdf", "2019-07-02", true},
		{"Minutes 13/11/2017", "2017-11-13", true},
		{"Minutes 13 November 2017", "2017-11-14", false},
		{"Minutes 11/13/2017", "2017-11-13", false},
		{"Minutes of Previous Meeting", "2018-03-05", false},
		{"Minutes 5 Sept 2018", "2018-09-05", true},
	}
	for _, tt := range tests {
		if got := mentionsDate(tt.text, tt.date); got != tt.want {
			t.Errorf("mentionsDate(%q, %s) = %v, want %v", tt.text, tt.date, got, tt.want)
		}
	}
}

func TestParseServiceDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"13/11/2017", "2017-11-13"},
		{"5/3/2018", "2018-03-05"},
		{"2018-01-15T00:00:00", "2018-01-15"},
		{"13/11/2017 10:00:00", "2017-11-13"},
		{"Wednesday, 9th May, 2018", "2018-05-09"},
		{"31/06/2018", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		got, err := parseServiceDate(tt.in)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("parseServiceDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseWindow(t *testing.T) {
	today := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	tests := []struct{ from, to, want, err string }{
		{"", "", "2000-01-01..2026-11-28", ""},
		{"2017", "2018", "2017-01-01..2018-12-31", ""},
		{"2018-02", "2018-02", "2018-02-01..2018-02-28", ""},
		{"2018-02-03", "2018-02-04", "2018-02-03..2018-02-04", ""},
		{"18", "", "", "--from"},
		{"", "2018-1", "", "--to"},
		{"2019", "2018", "", "after"},
	}
	for _, tt := range tests {
		w, err := parseWindow(tt.from, tt.to, today)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseWindow(%q, %q) error = %v, want %q", tt.from, tt.to, err, tt.err)
			}
			continue
		}
		if got := w.from + ".." + w.to; err != nil || got != tt.want {
			t.Errorf("parseWindow(%q, %q) = %s, %v; want %s", tt.from, tt.to, got, err, tt.want)
		}
	}
}
