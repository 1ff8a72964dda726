package indexer

import (
	"strings"
	"testing"
)

// TestTrailingNumbers checks minutes whose numbers are printed after
// their titles, in every place a layout puts them: each number is read
// as the item's and taken out of its title; a reference in the text, an
// agenda's page numbers and numbers printed before the titles are left
// alone.
func TestTrailingNumbers(t *testing.T) {
	const head = "NORTHMOOR DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm.\n\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
	}{
		{
			name: "references in brackets after capitals titles, one wrapped, one alone under its title",
			text: head +
				"**APOLOGIES (24/101)**\n\nApologies were received from Cllr Pike.\n\n" +
				"**MINUTES (24/102)**\n\nThe minutes of the last meeting were signed.\n\n" +
				"**LAND AT HOLLY FARM – OUTLINE APPLICATION FOR TWENTY**\n**DWELLINGS AND ACCESS (24/103)**\n\nThe officer presented the report.\n\n" +
				"**TREE PRESERVATION ORDER – CHURCH LANE**\n**(24/104)**\n\nRESOLVED that the order be confirmed.\n",
			numbers: []string{"24/101", "24/102", "24/103", "24/104"},
			titles:  []string{"Apologies", "Minutes", "Land at Holly Farm – Outline Application for Twenty Dwellings and Access", "Tree Preservation Order – Church Lane"},
		},
		{
			name: "a labelled reference at a right-hand tab, after dot leaders, after the last word, alone below a long title",
			text: head +
				"**Chair's Welcome | Minute 7/25**\n\nThe Chair welcomed the new Clerk.\n\n" +
				"**Declarations of Interest ........ Minute 8/25**\n\nNone were made.\n\n" +
				"**Highways and Footpaths Minute 9/25**\n\nThe Clerk reported on the potholes in Mill Road.\n\n" +
				"**Budget Monitoring Report for the Third Quarter and the Forecast Outturn for the Year**\n**Minute 10/25**\n\nThe Treasurer presented the report.\n",
			numbers: []string{"7/25", "8/25", "9/25", "10/25"},
			titles:  []string{"Chair's Welcome", "Declarations of Interest", "Highways and Footpaths", "Budget Monitoring Report for the Third Quarter and the Forecast Outturn for the Year"},
		},
		{
			name: "typed minutes: references in a right-hand margin read at the end of each capitals line, one heading wrapped",
			text: head +
				"  APOLOGIES                                            P.12\n\n  Apologies were received from Councillor Dent.\n\n" +
				"  MINUTES                                              P.13\n\n  The minutes were approved.\n\n" +
				"  TOWN AND COUNTRY PLANNING ACT 1990 - ENFORCEMENT\n  AT LOW BARNS                                         P.14\n\n  The Committee noted the report.\n\n" +
				"  ANY OTHER BUSINESS                                   P.15\n\n  There was none.\n\n" +
				"  HIGHWAYS ACT 1980 - STOPPING UP ORDER\n  No. 4 (EAST WARD)                                    P.16\n\n  RESOLVED - That the order be made.\n",
			numbers: []string{"P.12", "P.13", "P.14", "P.15", "P.16"},
			titles:  []string{"Apologies", "Minutes", "Town and Country Planning Act 1990 - Enforcement at Low Barns", "Any Other Business", "HIGHWAYS ACT 1980 - STOPPING UP ORDER No. 4 (EAST WARD)"},
		},
		{
			name: "a reference that reads as a year among references counting on from one year",
			text: head +
				"**Apologies (25/24)**\n\nNone.\n\n**Minutes (25/25)**\n\nSigned.\n\n**Allotments (25/26)**\n\nThe rents were agreed.\n\n**Footpaths (25/27)**\n\nNoted.\n",
			numbers: []string{"25/24", "25/25", "25/26", "25/27"},
			titles:  []string{"Apologies", "Minutes", "Allotments", "Footpaths"},
		},
		{
			name: "a margin column of numbers read after each title's cell",
			text: head +
				"**APOLOGIES FOR ABSENCE | 31.**\nApologies were received from Councillor Hale.\n\n" +
				"**DECLARATIONS OF INTEREST | 32.**\nNone.\n\n" +
				"**LIBRARY SERVICE REVIEW | 33.**\nThe Head of Libraries introduced the review.\n\n" +
				"**ANY OTHER BUSINESS 34.**\nThere was none.\n",
			numbers: []string{"31", "32", "33", "34"},
			titles:  []string{"Apologies for Absence", "Declarations of Interest", "Library Service Review", "Any Other Business"},
		},
		{
			name: "a small capitals title with its labelled number on the line below",
			text: head +
				"APOLOGIES FOR ABSENCE\nMinute 21/25\n\nApologies were received from Mr Cole.\n\n" +
				"DECLARATIONS OF INTEREST\nMinute 22/25\n\nThere were none.\n\n" +
				"WOODLAND GRANTS SCHEME\n\nMinute 23/25\n\nThe Woodland Officer reported on the grants made this year.\n",
			numbers: []string{"21/25", "22/25", "23/25"},
			titles:  []string{"Apologies for Absence", "Declarations of Interest", "Woodland Grants Scheme"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := parseLines(readLines(tt.text))
			checkItems(t, m.Items, tt.numbers, tt.titles)
		})
	}
}

// TestTrailingNumbersAsBefore checks that minutes with their numbers
// after the titles give the items the same minutes give with their
// numbers before them, a meeting taking an item out of order among them:
// moving a number never reorders, fills or drops one.
func TestTrailingNumbersAsBefore(t *testing.T) {
	const head = "ASHWELL PARISH COUNCIL\n\nMinutes of the meeting held on Monday 10 March 2025.\n\n"
	minutes := []struct{ number, title, text string }{
		{"25/40", "Apologies", "None."},
		{"25/41", "Minutes", "Signed."},
		{"25/44", "Quarry Extension", "The Chair agreed to take this item next. Members discussed the lorries."},
		{"25/42", "Village Hall Lease", "Agreed."},
		{"25/43", "Allotments", "Noted."},
		{"25/45", "Correspondence", "The Clerk read a letter from the school."},
	}
	var before, after strings.Builder
	before.WriteString(head)
	after.WriteString(head)
	for _, m := range minutes {
		before.WriteString("**" + m.number + " " + m.title + "**\n\n" + m.text + "\n\n")
		after.WriteString("**" + m.title + " (" + m.number + ")**\n\n" + m.text + "\n\n")
	}
	items := func(text string) string {
		m, _, _ := parseLines(readLines(text))
		var out []string
		for _, it := range m.Items {
			out = append(out, it.Number+" "+it.Title)
		}
		return strings.Join(out, "|")
	}
	if a, b := items(after.String()), items(before.String()); a != b {
		t.Errorf("numbers after the titles: %q; before them: %q", a, b)
	}
}

// TestTrailingNumbersLeftAlone checks lines a trailing number must not
// be read from: a reference or two in the text, an agenda's page numbers
// at a right-hand tab, and agenda references under numbered titles.
func TestTrailingNumbersLeftAlone(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{
			name: "references in the text",
			text: "**Apologies**\n\nNone.\n\n**Planning**\n\nMembers noted the decision\nrecorded in Minute 19/25\n\nand the appeal under\nMinute 20/25\n\n**Finance**\n\nNoted.\n",
		},
		{
			name: "bold lines ending in a number and a full stop, no margin column",
			text: "**TOTAL SPEND IN 2024 WAS 12.**\n\nText.\n\n**THE VOTE WAS CARRIED BY 7.**\n\nText.\n\n**MEMBERS PRESENT 9.**\n\nText.\n",
		},
		{
			name: "financial years closing titles",
			text: "**Budget Monitoring (2023/24)**\n\nNoted.\n\n**Outturn Report (2024/25)**\n\nNoted.\n\n**Capital Strategy (2025/26)**\n\nNoted.\n\n**Treasury Plan (2026/27)**\n\nNoted.\n",
		},
		{
			name: "an agenda's page numbers",
			text: "AGENDA\n\nApologies for absence | 3\nMinutes of the last meeting | 5\nBudget Monitoring | 11\nAny other business | 17\n\nApologies were received.\n",
		},
		{
			name: "numbers before the titles, agenda references below",
			text: "76.\tApologies\n(Item 1)\n\nNone.\n\n77.\tMinutes\n(Item 2)\n\nAgreed.\n\n78.\tBudget\n(Item 3)\n\nNoted.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(tt.text)
			before := make([]string, len(ls))
			for i, l := range ls {
				before[i] = l.Text
			}
			moveTrailingNumbers(ls)
			for i, l := range ls {
				if l.Text != before[i] {
					t.Errorf("line %d %q became %q", i, before[i], l.Text)
				}
			}
		})
	}
}
