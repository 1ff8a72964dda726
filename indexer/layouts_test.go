package indexer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// debate is n numbered paragraphs "1) Mr A said …" as a debate in a full
// Council's minutes, each wrapped over two lines.
func debate(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d) Member %d spoke about the devolution white paper and the plans that the government\nhad set out for the county and its districts.\n\n", i, i)
	}
	return b.String()
}

// TestStructureLayouts checks the item structure chosen for the layouts
// real minutes use, including those where numbered paragraphs inside the
// items outnumber the items.
func TestStructureLayouts(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		method  string
		numbers []string
		titles  []string
	}{
		{
			name: "capitals titles run into their text, a decision's word after the title and a dash inside it",
			text: "MERESHIRE COUNTY COUNCIL\n\nMINUTES of a meeting of the PLANNING COMMITTEE held on Monday, 3 February 2025.\n\n" +
				"07/25 DECLARATIONS OF INTEREST Councillor Collier declared a personal interest in the next item as a member of the town council.\n\n" +
				"08/25 MINUTES RESOLVED that the minutes of the meeting held on 6 January 2025 be confirmed as a correct record.\n\n" +
				"09/25 COUNTY MATTER – VARIATION OF CONDITION 4 The Committee considered a report on the extension of operating hours.\n\n" +
				"10/25 PLANNING APPEAL – EXEMPT The Committee received an exempt update on an appeal.\n",
			method:  MethodNumbered,
			numbers: []string{"07/25", "08/25", "09/25", "10/25"},
			titles:  []string{"Declarations of Interest", "Minutes", "County Matter – Variation of Condition 4", "Planning Appeal – Exempt"},
		},
		{
			name: "unnumbered bold headings over paragraphs numbered through the minutes, 'Minutes' among them",
			text: "ASHBOURNE VALE COUNCIL\n\nPENSIONS COMMITTEE\n\n**Apologies for absence**\n\n1. Apologies were received from Councillor Yvonne Hart.\n\n" +
				"**Declarations of interest**\n\n2. Councillors Carrick and Dent declared that they were members of the scheme.\n\n" +
				"**Minutes**\n\n3. The minutes of the meeting held on 6th December, 2024 were agreed.\n\n" +
				"**Investment performance**\n\n4. The Committee considered a report of the Director of Finance.\n\n5. The Adviser explained the shortfall.\n",
			method:  MethodHeadings,
			numbers: []string{"", "", "", ""},
			titles:  []string{"Apologies for absence", "Declarations of interest", "Minutes", "Investment performance"},
		},
		{
			name: "references holding the municipal year: OS.24/25.31",
			text: "WEALDHAM DISTRICT COUNCIL\n\nMinutes of a meeting of the Overview and Scrutiny Committee held on Thursday, 5th December, 2024.\n\n" +
				"OS.24/25.31\tApologies for absence\n\nApologies were received from Cllr N. Wyatt.\n\n" +
				"OS.24/25.32\tMinutes of the previous meeting\n\nThe Minutes of the meeting held on 10th October, 2024 were approved.\n\n" +
				"OS.24/25.33\tHousing Register and Allocations\n\nThe Committee considered a report of the Head of Housing.\n",
			method:  MethodNumbered,
			numbers: []string{"OS.24/25.31", "OS.24/25.32", "OS.24/25.33"},
			titles:  []string{"Apologies for absence", "Minutes of the previous meeting", "Housing Register and Allocations"},
		},
		{
			name: "printed minutes: number, tab, title, (Item N) below, title wrapped",
			text: "KENT COUNTY COUNCIL\n\nCABINET\n\nMINUTES of a meeting of the Cabinet held on Thursday, 9 January 2025.\n\nPRESENT: Mr A (Chairman)\n\n" +
				"76.\tApologies\n(Item 1)\n\nNo apologies were received.\n\n" +
				"77.\tDeclarations of Interest\n(Item 2)\n\n1. Mr B declared an interest in the item about the budget as a member of a body\nthat would receive funds.\n\n" +
				"78.\tMinutes of the meeting held on 28 November 2024, if in order, to be\napproved as a correct record\n(Item 3)\n\nRESOLVED that the minutes be approved.\n",
			method:  MethodNumbered,
			numbers: []string{"76", "77", "78"},
			titles:  []string{"Apologies", "Declarations of Interest", "Minutes of the meeting held on 28 November 2024, if in order, to be approved as a correct record"},
		},
		{
			name: "a table read cell by cell: reference and title wrapped in a narrow cell, a blank line, the wide text",
			text: "HOLMBY TOWN COUNCIL\n\nMinutes of the meeting of the Town Council held on Wednesday 5 March 2025\n\n" +
				"TC/24/61 Minutes of the\nmeeting held on 5\nFebruary 2025\n\nRESOLVED that the minutes of the meeting held on 5 February 2025\nbe approved as a correct record.\n\n" +
				"TC/24/62 Budget and reserves\npolicy for\n2025/26\n\nThe Council considered the report of the Finance Committee and\nthe recommended budget for the year.\n\n" +
				"TC/24/63 Public question time\n\nA resident asked when the toilets in Station Road would reopen after the\nwinter closure.\n",
			method:  MethodNumbered,
			numbers: []string{"TC/24/61", "TC/24/62", "TC/24/63"},
			titles:  []string{"Minutes of the meeting held on 5 February 2025", "Budget and reserves policy for 2025/26", "Public question time"},
		},
		{
			name: "full Council: debate paragraphs 1)-20) outnumber the minutes",
			text: "MINUTES of a meeting of the County Council held on Thursday, 19 December 2024.\n\n" +
				"270. | Apologies for Absence\n(Item 1)\n\nApologies were reported.\n\n" +
				"271. | Report by Leader of the Council\n(Item 2)\n\n" + debate(20) +
				"272. | Local Transport Plan\n(Item 3)\n\n" + debate(6),
			method:  MethodNumbered,
			numbers: []string{"270", "271", "272"},
			titles:  []string{"Apologies for Absence", "Report by Leader of the Council", "Local Transport Plan"},
		},
		{
			name: "unnumbered headings with (Item N), numbered paragraphs inside",
			text: "Minutes of the Health Panel held on 5 March 2024\n\nPresent: Cllr A\n\n" +
				"Apologies\n(Item 1)\n\nNone were received.\n\n" +
				"Minutes of the last meeting\n(Item 2)\n\n1. The minutes of the meeting held on 2 January were agreed as a correct record\nof that meeting.\n\n" +
				"Budget Monitoring\n(Item 4)\n\n1. The Head of Finance introduced the report on the position at the end of the second\nquarter of the year.\n\n2. Members asked about the overspend on placements and the reasons for\nit.\n",
			method:  MethodReferences,
			numbers: []string{"", "", ""},
			titles:  []string{"Apologies", "Minutes of the last meeting", "Budget Monitoring"},
		},
		{
			name:    "parish 1.0 items with 1.1 sub-paragraphs",
			text:    "1.0 APOLOGIES\n1.1 Cllr Ash sent apologies, which were accepted.\n2.0 MINUTES\n2.1 The minutes of 4 February were approved.\n2.2 There were no matters arising.\n3.0 PLANNING\n3.1 No objection to 23/0412.\n",
			method:  MethodNumbered,
			numbers: []string{"1.0", "2.0", "3.0"},
			titles:  []string{"Apologies", "Minutes", "Planning"},
		},
		{
			name:    "year, month, item references",
			text:    "19.03.1 Apologies\nNone.\n19.03.2 Minutes\nApproved.\n19.03.3 Finance\nPayments were approved.\n",
			method:  MethodNumbered,
			numbers: []string{"19.03.1", "19.03.2", "19.03.3"},
			titles:  []string{"Apologies", "Minutes", "Finance"},
		},
		{
			name:    "Markdown: escaped numbers, bold items, an unnumbered bold section between",
			text:    "---\ntitle: Minutes\ndate: 2022-03-01\n---\n\n**1\\. Apologies**\n\nNone.\n\n**Public Forum**\n\nA resident spoke about speeding.\n\n**2\\. Minutes**\n\nApproved.\n\n**3\\. Highways**\n\nThe potholes were reported.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "", "2", "3"},
			titles:  []string{"Apologies", "Public Forum", "Minutes", "Highways"},
		},
		{
			name: "agenda pack: the agenda of the next meeting, then the minutes of the last",
			text: "AGENDA\n\n1. Apologies\n2. Minutes of the last meeting\n3. Budget\n\n" +
				"MINUTES of a meeting of the Cabinet held on 1 May 2024\n\nPRESENT: Cllr A (Chair), Cllr B\n\n" +
				"45. Apologies\nNone.\n46. Minutes\nAgreed.\n47. Budget\nThe budget was noted.\n",
			method:  MethodNumbered,
			numbers: []string{"45", "46", "47"},
			titles:  []string{"Apologies", "Minutes", "Budget"},
		},
		{
			name: "bilingual minutes: each item printed twice with one number",
			text: "1. Croeso ac ymddiheuriadau\nCroesawodd y Cadeirydd bawb.\n1. Welcome and apologies\nThe Chair welcomed everyone.\n\n" +
				"2. Cofnodion\nCymeradwywyd y cofnodion.\n2. Minutes\nThe minutes were approved.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "2"},
			titles:  []string{"Croeso ac ymddiheuriadau / Welcome and apologies", "Cofnodion / Minutes"},
		},
		{
			name:    "sub-items (a), (i) inside the one numbered item",
			text:    "1.\nSupport Services Directorate\n(a)\nFilling of Casual Vacancies\nA report was circulated.\n\n(i)\nCasual Vacancy – Councillor A\nCouncillor B was co-opted.\n\n(ii)\nCasual Vacancy – Councillor C\nCouncillor D was co-opted.\n\n(iii)\nCasual Vacancy – Councillor E\nCouncillor F was co-opted.\n",
			method:  MethodNumbered,
			numbers: []string{"1"},
			titles:  []string{"Support Services Directorate"},
		},
		{
			name:    "page numbers after a page rule are not items",
			text:    "1. Apologies\nNone.\n\n---\n\n2\n\nThe meeting went on with the apologies.\n\n2. Minutes\nAgreed.\n\n---\n\n3\n\nMore text.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "2"},
			titles:  []string{"Apologies", "Minutes"},
		},
		{
			name: "OCR's comma for a full stop fills the sequence's gap; an address with a comma does not",
			text: "1. Adoption of Minutes\nThe minutes were adopted.\n\n2, Deputation from the Residents Association\nThe residents spoke.\n\n" +
				"3. Housing Report\nThe report was noted. The house at\n36, Lee Estate, Island Road\nwas let.\n\n4. Correspondence\nNone.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Adoption of Minutes", "Deputation from the Residents Association", "Housing Report", "Correspondence"},
		},
		{
			name: "titles run into their text, a sentence where the number fits",
			text: "201. Apologies. Councillor A sent apologies.\n\n202. Declarations of interest. None.\n\n" +
				"203. The minutes of the last meeting were approved.\n\n204. Planning. Two applications; no objection.\n\n205. Finance - payments approved.\n\n" +
				"206. Question submitted by Councillor L.M. Sheehy\nThe reply was circulated.\n",
			method:  MethodNumbered,
			numbers: []string{"201", "202", "203", "204", "205", "206"},
			titles: []string{"Apologies", "Declarations of interest", "The minutes of the last meeting were approved", "Planning", "Finance",
				"Question submitted by Councillor L.M. Sheehy"},
		},
		{
			name:    "item and year, year and item: a year's running count is not sub-numbers",
			text:    "01.23 Apologies. None.\n02.23 Minutes. Agreed.\n03.23 Planning. No objection.\n04.23 Finance. Approved.\n",
			method:  MethodNumbered,
			numbers: []string{"01.23", "02.23", "03.23", "04.23"},
			titles:  []string{"Apologies", "Minutes", "Planning", "Finance"},
		},
		{
			name: "a table row read as a line: an Action cell beside the title, a run-in title wrapping on",
			text: "Min | Minute | Action\n\n" +
				"31/25 | Apologies - Cllr Moss (holiday). Accepted.\n\n" +
				"32/25 | Allotments - The water supply to the lower plots had failed twice since March and the | Clerk\n" +
				"tenants asked for a new standpipe, to be costed by the clerk.\n\n" +
				"33/25 | Village Hall - The trustees reported the roof works were finished. | Cllr Dean\n\n" +
				"34/25 | Finance - The council approved payments of £412.50 listed in the schedule to these\n" +
				"minutes, and the bank reconciliation to 31 May was signed by the chairman.\n\n" +
				"35/25 | Date of next meeting - 8 July 2025.\n",
			method:  MethodNumbered,
			numbers: []string{"31/25", "32/25", "33/25", "34/25", "35/25"},
			titles:  []string{"Apologies", "Allotments", "Village Hall", "Finance", "Date of next meeting"},
		},
		{
			name: "capitals titles wrapped onto a second capitals line, one ending in a number",
			text: "1.      APOLOGIES FOR ABSENCE\n\n        None.\n\n" +
				"2.      HOUSING REVENUE ACCOUNT - RENT SETTING AND SERVICE CHARGES FOR\n        2025/26 AND THE GARAGE RENTS REVIEW\n\n" +
				"        RESOLVED: That the rents be increased by 2.7%.\n\n" +
				"3.      SCHOOL PLACES - SECONDARY PROVISION FOR PUPILS AGED 11\n        AND 16 IN THE NORTH OF THE BOROUGH\n\n" +
				"        RESOLVED: That the report be noted.\n\n" +
				"4.      MINUTES\n        RESOLVED:\n        That the minutes be approved.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "2", "3", "4"},
			titles: []string{"Apologies for Absence", "Housing Revenue Account - Rent Setting and Service Charges for 2025/26 and the Garage Rents Review",
				"School Places - Secondary Provision for Pupils Aged 11 and 16 in the North of the Borough", "Minutes"},
		},
		{
			name: "a typed text with no numbers: short title-cased lines, each with its text right below",
			text: "UPPER ASHFORD PARISH COUNCIL\n\nMinutes of the meeting held on Monday 2 June 2025 at 7.30pm in the Village Hall\n\n" +
				"Present: Cllrs Abbott (Chair), Brook, Carey\n\n" +
				"Apologies\nCllr Dunn (holiday).\n\n" +
				"Declarations of Interest\nCllr Brook declared an interest in the planning item.\n\n" +
				"Minutes of the Last Meeting\nThe minutes of 12 May 2025 were agreed and signed.\n\n" +
				"Village Green\nThe mowing contract was renewed for two years at the same price.\n" +
				"The bench by the pond is to be repaired.\n\n" +
				"Footpaths\nThe stile on footpath 4 was reported broken.\n\n" +
				"Planning\nNo applications had been received since the last meeting.\n\n" +
				"Finance\nPayments of £312.40 were approved and the bank statement checked.\n\n" +
				"Correspondence\nA letter from the rural housing trust was noted.\n\n" +
				"Date of Next Meeting\nMonday 7 July 2025.\n",
			method:  MethodHeadings,
			numbers: []string{"", "", "", "", "", "", "", "", ""},
			titles: []string{"Apologies", "Declarations of Interest", "Minutes of the Last Meeting", "Village Green", "Footpaths", "Planning",
				"Finance", "Correspondence", "Date of Next Meeting"},
		},
		{
			name: "bold headings, one naming the minutes it approves and the matters arising",
			text: "**Tollbridge Schools Forum**\n\n**Thursday 6 March 2025, 8.30am**\n\nMembers present: Mrs A (Chair), Mr B, Ms C\n\n" +
				"**Welcome and apologies**\nApologies were received from two members.\n\n" +
				"**Minutes of the meeting held on 23 January 2025 and matters arising**\nThe minutes were agreed; there were no matters arising.\n\n" +
				"**Dedicated Schools Grant 2025/26**\nThe forum agreed the funding formula for maintained schools.\n\n" +
				"**High Needs Block**\nThe forum noted the deficit management plan and its risks.\n\n" +
				"**Date of next meeting**\nThursday 15 May 2025.\n",
			method:  MethodHeadings,
			numbers: []string{"", "", "", "", ""},
			titles: []string{"Welcome and apologies", "Minutes of the meeting held on 23 January 2025 and matters arising", "Dedicated Schools Grant 2025/26",
				"High Needs Block", "Date of next meeting"},
		},
		{
			name: "bilingual minutes read column by column (the second indented): each item is its Welsh and English titles",
			text: "CYNGOR CYMUNED PENRHOS\n\n" +
				"21. Ymddiheuriadau\nCyng. A. Jones.\n\n22. Cofnodion\nCadarnhawyd y cofnodion.\n\n23. Cyllid\nTalwyd y clerc.\n\n24. Gohebiaeth\nDim.\n\n" +
				"        PENRHOS COMMUNITY COUNCIL\n\n" +
				"        21. Apologies\n        Cllr A. Jones.\n\n        22. Minutes\n        The minutes were confirmed.\n\n" +
				"        23. Finance\n        The clerk was paid.\n\n        24. Correspondence\n        None.\n",
			method:  MethodNumbered,
			numbers: []string{"21", "22", "23", "24"},
			titles:  []string{"Ymddiheuriadau / Apologies", "Cofnodion / Minutes", "Cyllid / Finance", "Gohebiaeth / Correspondence"},
		},
		{
			name: "minutes then a report numbered alike: no translation",
			text: "1. Apologies\nNone.\n\n2. Minutes\nAgreed.\n\n3. Finance\nPayments approved.\n\n" +
				"Report to the Council\n\n1. Introduction\n" + strings.Repeat("The report sets out the options for the playing field and their costs. ", 8) +
				"\n\n2. Background\n" + strings.Repeat("The lease of the field ends next year and the owner wishes to sell it. ", 8) +
				"\n\n3. Recommendation\nThat the council buys the field.\n",
			method:  MethodNumbered,
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Minutes", "Finance"},
		},
		{
			name: "typed capitals titles ending in a full stop",
			text: "BRAMPTON LEES TOWN COUNCIL\n\nMINUTES OF THE FINANCE COMMITTEE HELD ON 6 MARCH 2024\n\n" +
				"FGP/23/58 APOLOGIES.\nCllr D Grundy.\n\nFGP/23/59 DECLARATIONS OF INTEREST.\nNone.\n\n" +
				"FGP/23/60 MINUTES.\nResolved that the minutes be approved.\n\nFGP/23/61 BANK RECONCILIATION\nThe reconciliation was signed.\n",
			method:  MethodNumbered,
			numbers: []string{"FGP/23/58", "FGP/23/59", "FGP/23/60", "FGP/23/61"},
			titles:  []string{"Apologies", "Declarations of Interest", "Minutes", "Bank Reconciliation"},
		},
		{
			name: "stray short lines of an OCR'd text head no sections",
			text: strings.Repeat("The members discussed the proposal at length and the votes were recorded as follows in the register.\n", 4) +
				"\nFor Councillor Ahern\n" + strings.Repeat("seven votes were cast in favour of the nomination by the members. ", 6) + "\n\n" +
				"For Councillor Brady\n" + strings.Repeat("six votes were cast in favour of the nomination by the members present. ", 6) + "\n\n" +
				"For Councillor Casey\n" + strings.Repeat("four votes were cast and the chair declared the result of the vote. ", 6) + "\n",
			method:  MethodWhole,
			numbers: []string{""},
			titles:  []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := splitItems(readLines(tt.text))
			if res.Method != tt.method {
				t.Errorf("method = %q; want %q", res.Method, tt.method)
			}
			var items []schema.Item
			for _, r := range res.Items {
				it, _ := buildItem(r)
				items = append(items, it)
			}
			checkItems(t, items, tt.numbers, tt.titles)
		})
	}
}

// TestStructureConfidence checks that a clear numbered sequence is
// trusted and that text with no structure is not.
func TestStructureConfidence(t *testing.T) {
	clear := "MINUTES of a meeting of the Cabinet held on 1 May 2024\n\n45. Apologies\n\nNone.\n\n46. Minutes\n\nAgreed.\n\n47. Budget\n\nThe budget was noted.\n\n48. Date of next meeting\n\n3 June 2024.\n"
	ls := readLines(clear)
	if st := assess(splitItems(ls), ls); st.Method != MethodNumbered || st.Confidence < 0.8 || len(st.Reasons) < 3 {
		t.Errorf("clear numbered minutes: %+v; want numbered, confidence 0.8 or more, with reasons", st)
	}
	prose := strings.Repeat("The committee talked about the roads and the library at length and agreed nothing. ", 30)
	ls = readLines(prose)
	if st := assess(splitItems(ls), ls); st.Method != MethodWhole || st.Confidence >= 0.5 {
		t.Errorf("prose: %+v; want whole, low confidence", st)
	}
}

// TestPageRuleIsNoUnderline checks that a Markdown rule under a short
// line is read as a page break, not a setext heading's underline, when
// the line ends a sentence or a page number follows (Markdown made from
// PDFs), and as an underline otherwise.
func TestPageRuleIsNoUnderline(t *testing.T) {
	tests := []struct {
		text    string
		heading bool
	}{
		{"Text.\n\nBeirut.\n---\nMore text.\n", false},
		{"Text.\n\nPublic Forum\n---\n2\n\nMore text.\n", false},
		{"Text.\n\nPublic Forum\n---\nA resident spoke.\n", true},
	}
	for _, tt := range tests {
		ls := readLines(tt.text)
		if got := ls[2].Heading; got != tt.heading {
			t.Errorf("%q: line %q heading = %v; want %v", tt.text, ls[2].Text, got, tt.heading)
		}
	}
}
