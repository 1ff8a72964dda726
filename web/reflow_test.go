package web

import (
	"reflect"
	"testing"
)

func TestReflow(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hard line breaks joined", "The Panel received the report, which had been\nprepared at its request, and noted\nthe progress made.",
			[]string{"The Panel received the report, which had been prepared at its request, and noted the progress made."}},
		{"list items apart", "Points raised:\n\na) the first point,\nwhich ran on;\n\nb) the second; and\n\nc) the third.",
			[]string{"Points raised:", "a) the first point, which ran on;", "b) the second; and", "c) the third."}},
		{"items in one block", "Members noted:\n1. one thing\n2. another thing\n(iv) a fourth\n• a bullet",
			[]string{"Members noted:", "1. one thing", "2. another thing", "(iv) a fourth", "• a bullet"}},
		{"a page break mid-sentence", "the length of time a child spends in care and the number\n\nof re-referrals was discussed.",
			[]string{"the length of time a child spends in care and the number of re-referrals was discussed."}},
		{"a new paragraph after a stop", "The item ended.\n\nthe next one starts in lower case.",
			[]string{"The item ended.", "the next one starts in lower case."}},
		{"a heading then text", "Care leavers\n\nThe offer was refreshed.", []string{"Care leavers", "The offer was refreshed."}},
		{"table rows kept", "Measure | 2019 | 2020\nPlacements | 12 | 14\nThe table shows growth.",
			[]string{"Measure | 2019 | 2020", "Placements | 12 | 14", "The table shows growth."}},
		{"CRLF and spaces", "one  line\r\ntwo\r\n\r\n\r\nThree.", []string{"one line two", "Three."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		if got := reflow(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestDecisionParts(t *testing.T) {
	tests := []struct {
		name, decision, intro string
		parts                 []string
	}{
		{"parts on lines, one marker lost", "RESOLVED that:-\na) the plan be noted;\nthe work be supported;\nc) the strategy be\nupdated:\nd) practice be discussed; and\ne) the data be recorded.",
			"RESOLVED that:-", []string{"a) the plan be noted; the work be supported;", "c) the strategy be updated:", "d) practice be discussed; and", "e) the data be recorded."}},
		{"parts inline", "AGREED that a) the plan be endorsed; b) progress be reported; and c) the team be thanked.",
			"AGREED that", []string{"a) the plan be endorsed;", "b) progress be reported; and", "c) the team be thanked."}},
		{"no parts", "RESOLVED that the report\nbe noted.", "RESOLVED that the report be noted.", nil},
		{"a lone letter is no list", "NOTED the report of the (a) team.", "NOTED the report of the (a) team.", nil},
		{"roman parts, the first on the opening line", "Resolved: (i) That the thanks be recorded.\n(ii) That the reports\nbe noted.\n(iii) That a report come back.",
			"Resolved:", []string{"(i) That the thanks be recorded.", "(ii) That the reports be noted.", "(iii) That a report come back."}},
		{"roman parts inline", "RESOLVED (i) that the plan be noted. (ii) that it be published.",
			"RESOLVED", []string{"(i) that the plan be noted.", "(ii) that it be published."}},
		{"numbered, no opening words", "1. the report be noted\n2. the plan be agreed", "", []string{"1. the report be noted", "2. the plan be agreed"}},
	}
	for _, tt := range tests {
		intro, parts := decisionParts(tt.decision)
		if intro != tt.intro || !reflect.DeepEqual(parts, tt.parts) {
			t.Errorf("%s:\n got %q %q\nwant %q %q", tt.name, intro, parts, tt.intro, tt.parts)
		}
	}
}

func FuzzReflow(f *testing.F) {
	for _, s := range []string{"a\nb\n\nc) d", "x | y\n\n", "1.\n\n(", "•"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range reflow(s) {
			if p == "" {
				t.Fatalf("reflow(%q) gives an empty paragraph", s)
			}
		}
		decisionParts(s)
	})
}
