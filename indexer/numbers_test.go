package indexer

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadNumber checks the item numbers read at the start of a line, in
// every style minutes print, and the lines that only look numbered.
func TestReadNumber(t *testing.T) {
	tests := []struct {
		line           string
		number, family string
		key            int
		sub, label     bool
		gap            bool
		rest           string
	}{
		{"286.\tApologies for Absence", "286", "n.", 286 * 30, false, false, true, "Apologies for Absence"},
		{"286. | A pologies for Absence", "286", "n.", 286 * 30, false, false, true, "A pologies for Absence"},
		{"12 Apology for Absence", "12", "n ", 360, false, false, false, "Apology for Absence"},
		{"12a Late item", "12a", "n ", 361, false, false, false, "Late item"},
		{"10) The Chairman thanked", "10", "n)", 300, false, false, false, "The Chairman thanked"},
		{"(3) Decisions", "3", "(n)", 90, false, false, false, "Decisions"},
		{"1.0 Apologies", "1.0", "n.n", 1000, false, false, false, "Apologies"},
		{"5.2 Minutes", "5.2", "n.n", 5002, true, false, false, "Minutes"},
		{"19.03.4 Finance", "19.03.4", "n.n.n:19.03", 4, false, false, false, "Finance"},
		{"23/045 Apologies", "23/045", "slash:23", 45, false, false, false, "Apologies"},
		{"P/23/12 Planning", "P/23/12", "slash:P/23", 12, false, false, false, "Planning"},
		{"CPP/17/22 Minutes", "CPP/17/22", "slash:CPP/17", 22, false, false, false, "Minutes"},
		{"OS.24/25.31\tApologies for absence", "OS.24/25.31", "yearref:OS.24/25", 31, false, false, true, "Apologies for absence"},
		{"24/25.7 Minutes", "24/25.7", "yearref:24/25", 7, false, false, false, "Minutes"},
		{"Item 5: Budget", "5", "item", 150, false, true, false, "Budget"},
		{"ITEM 1 – Adoption of Minutes", "1", "item", 30, false, true, false, "Adoption of Minutes"},
		{"Minute No. 45 – Apologies", "45", "item", 1350, false, true, false, "Apologies"},
		{"IV. Finance", "IV", "roman.", 4, false, false, false, "Finance"},
		{"(b) the report", "b", "letter()", 1, true, false, false, "the report"},
		{"(ii) a condition", "ii", "roman-lower()", 2, true, false, false, "a condition"},
		{"A2 Minutes", "A2", "A1:A", 2, false, false, false, "Minutes"},
		// a number and a letter in brackets, read in the place of "15a"
		{"Minute 15(a) Recommendation from Cabinet", "15(a)", "item", 451, false, true, false, "Recommendation from Cabinet"},
		{"Minute 15(c)Recommendation from Audit", "15(c)", "item", 453, false, true, false, "Recommendation from Audit"},
		{"15(b)\tLeisure Centre Decarbonisation", "15(b)", "n ", 452, false, false, true, "Leisure Centre Decarbonisation"},
		{"1.Apologies", "1", "n.", 30, false, false, false, "Apologies"},
		{"29.", "29", "n.", 870, false, false, false, ""},
		{"HWB 21 Apologies for Absence", "HWB 21", "pfx:HWB", 21, false, false, false, "Apologies for Absence"},
		{"FGP 47.\tApologies", "FGP 47", "pfx:FGP", 47, false, false, true, "Apologies"},
		{"CAB 12/23 | APOLOGIES", "CAB 12/23", "slash:CAB 12", 23, false, false, true, "APOLOGIES"},
		{"DNP/P 24/31 | APOLOGIES", "DNP/P 24/31", "slash:DNP/P 24", 31, false, false, true, "APOLOGIES"},
		{"P 87\tApologies and Substitutions", "P 87", "pfx:P", 87, false, false, true, "Apologies and Substitutions"},
		{"C 12 DECLARATIONS OF INTEREST", "C 12", "pfx:C", 12, false, false, false, "DECLARATIONS OF INTEREST"},
		{"P&R 12 Budget", "P&R 12", "pfx:P&R", 12, false, false, false, "Budget"},
		{"P.123 | MINUTES", "P.123", "pfx:P", 123, false, false, true, "MINUTES"},
		{"EX.45 DECLARATIONS OF INTEREST", "EX.45", "pfx:EX", 45, false, false, false, "DECLARATIONS OF INTEREST"},
		{"P.R.101\tAPOLOGIES FOR ABSENCE", "P.R.101", "pfx:P.R", 101, false, false, true, "APOLOGIES FOR ABSENCE"},
		{"D.C.45 Planning applications", "D.C.45", "pfx:D.C", 45, false, false, false, "Planning applications"},
		{"(23/24) 41 Apologies", "(23/24) 41", "pfx:(23/24)", 41, false, false, false, "Apologies"},
		{"1618 APOLOGIES", "1618", "n ", 1618 * 30, false, false, false, "APOLOGIES"},
		{"Min No. 1201 Apologies", "1201", "item", 1201 * 30, false, true, false, "Apologies"},
		{"Minute 2024 Budget", "2024", "item", 2024 * 30, false, true, false, "Budget"},
		{"5/l4 Highways", "5/l4", "slash:5", 14, false, false, false, "Highways"},
		{"Item 34 (25/26) – Declarations of interest", "34 (25/26)", "item", 34 * 30, false, true, false, "Declarations of interest"},
		{"41 (2025/26) Apologies", "41 (2025/26)", "pfx:(2025/26)", 41, false, false, false, "Apologies"},
		{"7. (24/25) Planning", "7", "n.", 210, false, false, false, "(24/25) Planning"},
		{"Item 1: Ado) es", "1", "item", 30, false, true, false, "Ado) es"},
		{"Item 1 – | Apologies for absence", "1", "item", 30, false, true, true, "Apologies for absence"},
		{"Item 2 –\tDeclarations", "2", "item", 60, false, true, true, "Declarations"},
		{"Eitem 3 / Item 3: Cofnodion / Minutes", "3", "item", 90, false, true, false, "Cofnodion / Minutes"},
		{"1O .   DATE OF NEXT MEETING", "1O", "n.", 300, false, false, true, "DATE OF NEXT MEETING"},
		{"41 . | APOLOGIES FOR ABSENCE", "41", "n.", 41 * 30, false, false, true, "APOLOGIES FOR ABSENCE"},
		{"7 .    PLANNING", "7", "n.", 7 * 30, false, false, true, "PLANNING"},
		{"CYP(25)14\tApologies for Absence", "CYP(25)14", "pfx:CYP(25)", 14, false, false, true, "Apologies for Absence"},
		{"EX(2025)7 Budget", "EX(2025)7", "pfx:EX(2025)", 7, false, false, false, "Budget"},
		{"2025/26-014\tApologies", "2025/26-014", "yearspan:2025/26", 14, false, false, true, "Apologies"},
		{"Minute 24/25-7: Planning", "24/25-7", "yearspan:24/25", 7, false, true, false, "Planning"},
		{"FC 2024/25-112 Minutes", "FC 2024/25-112", "yearspan:FC 2024/25", 112, false, false, false, "Minutes"},
		{"P.25.033\tAPOLOGIES FOR ABSENCE", "P.25.033", "pfx:P.25", 33, false, false, true, "APOLOGIES FOR ABSENCE"},
		{"FGP.2025.14 Budget", "FGP.2025.14", "pfx:FGP.2025", 14, false, false, false, "Budget"},
		{"44/24-25 Apologies", "44/24-25", "countyear:/24-25", 44, false, false, false, "Apologies"},
		{"Min 112/2024-25\tFinance", "112/2024-25", "countyear:/2024-25", 112, false, true, true, "Finance"},
		{"Minute 2025-041\tApologies", "2025-041", "yearcount:2025", 41, false, true, true, "Apologies"},
		{"24-25/041\tApologies", "24-25/041", "yearspan:24-25", 41, false, false, true, "Apologies"},
		{"FC/2024-25/112 Finance", "FC/2024-25/112", "yearspan:FC/2024-25", 112, false, false, false, "Finance"},
		{"2025-142 Planning", "2025-142", "yearcount:2025", 142, false, false, false, "Planning"},
		{"| 04/187 | APOLOGIES      |     |", "04/187", "slash:04", 187, false, false, true, "APOLOGIES      |     |"},
	}
	for _, tt := range tests {
		n, ok := readNumber(tt.line)
		if !ok {
			t.Errorf("readNumber(%q): no number", tt.line)
			continue
		}
		if n.Number != tt.number || n.Family != tt.family || n.Key != tt.key || n.Sub != tt.sub || n.Label != tt.label ||
			n.Gap != tt.gap || n.Rest != tt.rest {
			t.Errorf("readNumber(%q) = %+v; want number %q family %q key %d sub %v label %v gap %v rest %q",
				tt.line, n, tt.number, tt.family, tt.key, tt.sub, tt.label, tt.gap, tt.rest)
		}
	}
	for _, line := range []string{"7.30pm start", "2nd item", "1,000 homes", "50% of children", "Apologies were received",
		"Noted.", "No apologies", "Minutes of the meeting", "2019 was a good year", "MP 2.5 million",
		"(2023) 45 Title", "1500 people came", "No 2019 Budget", "Item 2024 was", "A/ 12 items", "ABC/DEF/G 4 things",
		"A 12 Month Lease", "I 5 think", "B 4 of the report", "Q 3 £400",
		"2025/26-018 (b), neighbour", "12 . the end", "2 ) of the Act", "24/26-3 Title", "CYP(25) Report", "2024/25-2026 figures",
		"C.12.1 The Committee noted", "2025-26 Budget", "24-26/041 Title", "2025-26/ Budget", "2025-35 Capital Programme", "Minute 2025-41 Title", "2024-2025 Accounts", "2025-03-03 Minutes", "2025-041pm Title",
		"12/24-26 Title", "3/24-25 was", "2019 AT 3.30 P.M.", "**2019 AT 3.30 P.M.**", "2024, 7.00 pm", "2023 At 18:30", "2022 COMMENCING AT 10.00AM", "2021 – 2.00 p.m.",
		"J. Delaney), Meetings Administrator (Mr. J. Clune)", "4. Smith) and the Clerk"} {
		if n, ok := readNumber(line); ok {
			t.Errorf("readNumber(%q) = %+v; want no item number", line, n)
		}
	}
}

// TestStepSize checks how far a step between two numbers of a family
// moves on.
func TestStepSize(t *testing.T) {
	tests := []struct {
		family string
		a, b   int
		want   int
	}{
		{"n.", 29 * 30, 30 * 30, 1},
		{"n.", 12 * 30, 12*30 + 1, 1}, // 12 to 12a
		{"n.", 10 * 30, 14 * 30, 4},
		{"n.n", 5001, 5002, 1},
		{"n.n", 5003, 6001, 1},
		{"slash:23", 45, 46, 1},
		{"ref", 3, 4, 1},
	}
	for _, tt := range tests {
		if got := stepSize(tt.family, tt.a, tt.b); got != tt.want {
			t.Errorf("stepSize(%q, %d, %d) = %d; want %d", tt.family, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestWrappedHeadingYear checks that a heading whose date and time wrap
// so that the second line starts with the year ("… 25TH FEBRUARY," /
// "2019 AT 3.30 P.M.") gives no item numbered with the year, whether the
// minutes' own items are numbered or headed in bold, and that the
// attendance label "OFFICIALS IN ATTENDANCE" above them heads no item.
func TestWrappedHeadingYear(t *testing.T) {
	bodies := map[string]string{
		"numbered": "1. Apologies\n\nApologies were received from Councillor Doyle.\n\n" +
			"2. Draft Development Plan\n\nThe Members considered the draft plan and it was agreed to adopt it.\n",
		"bold": "**Draft Regional Strategy**\n\nThe Mayor thanked the Members for attending the Special Meeting. " +
			"He outlined the growth projected for the county by 2030 and the Members discussed the submission.\n\n" +
			"It was proposed by Councillor Doyle, seconded by Councillor Walsh and agreed to make the submission.\n",
	}
	for _, second := range []string{"**2019 AT 3.30 P.M.**", "2019 at 7.00 pm", "2019, AT 18:30"} {
		for name, body := range bodies {
			text := "**MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF ANYTOWN COUNTY COUNCIL**\n\n" +
				"**HELD IN THE COUNCIL CHAMBER, ANYTOWN, ON MONDAY, 25TH FEBRUARY,**\n\n" + second + "\n\n" +
				"**PRESENT IN THE CHAIR:** Councillor A. Byrne, Mayor.\n\n" +
				"**OFFICIALS IN ATTENDANCE**\n\nChief Executive (Mr. P. Ryan), Director of Services (Ms. M. Walsh).\n\n" + body
			m, _, _ := parseLines(readLines(text))
			if len(m.Items) == 0 {
				t.Errorf("%s, second line %q: no items", name, second)
			}
			for _, it := range m.Items {
				if it.Number == "2019" || strings.Contains(it.Title, "P.M") || strings.Contains(strings.ToLower(it.Title), "at ") || strings.Contains(strings.ToLower(it.Title), "attendance") {
					t.Errorf("%s, second line %q: item %q %q from the heading's year and time", name, second, it.Number, it.Title)
				}
			}
		}
	}
}

// TestYearAfterNumber checks minutes whose numbers carry the council year
// after them, "Item 34 (25/26) – Title" and "41 (2025/26) Title": the year
// is part of the number, never the start of the title.
func TestYearAfterNumber(t *testing.T) {
	for _, style := range []string{"**Item %d (25/26) – %s**", "%d (2025/26)\t%s"} {
		titles := []string{"Declarations of interest", "Minutes of the last meeting", "Open forum", "Accounts for payment"}
		text := "Anyfold Parish Council\n\nMinutes of the meeting held on Monday 21st July 2025\n\n"
		for k, title := range titles {
			text += fmt.Sprintf(style, 34+k, title) + "\nThe Council noted the matter and agreed to act on it.\n\n"
		}
		m, _, _ := parseLines(readLines(text))
		if len(m.Items) != len(titles) {
			t.Errorf("%q: %d items; want %d", style, len(m.Items), len(titles))
			continue
		}
		for k, it := range m.Items {
			if it.Title != titles[k] || !strings.HasPrefix(it.Number, fmt.Sprint(34+k)+" (") {
				t.Errorf("%q: item %q %q; want %d (…) %q", style, it.Number, it.Title, 34+k, titles[k])
			}
		}
	}
}
