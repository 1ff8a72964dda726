package indexer

import (
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestSplitItems checks the item splitter on the numbering styles met in
// practice, and that sub-paragraphs do not start items.
func TestSplitItems(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
		method  string
	}{
		{
			name: "capitals headings with the number opening the paragraph below",
			text: "PRESENT: Mrs Lockwood (Chairman).\n\nAPOLOGIES FOR ABSENCE\n\n23.\tApologies were received from Mr Yates and Mrs Zeal, who were on council business.\n\n" +
				"DECLARATIONS OF INTEREST\n\n24.\tMrs Quennell declared an interest in minute 27 as a foster carer.\n\n" +
				"SCHOOL PLACES PLANNING\n\n25.\tThe Head of Education Access presented the plan for school places to 2030.\n",
			numbers: []string{"23", "24", "25"}, titles: []string{"Apologies for Absence", "Declarations of Interest", "School Places Planning"}, method: "headings",
		},
		{
			name: "capitals headings over paragraphs numbered through the minutes: no numbers",
			text: "PRESENT: Mrs Lockwood (Chairman).\n\nAPOLOGIES FOR ABSENCE\n\n1.\tApologies were received from Mr Yates and Mrs Zeal, who were on council business.\n\n" +
				"INVESTMENT PERFORMANCE\n\n2.\tThe Committee considered the report of the Director of Finance on the fund.\n\n3.\tThe Adviser explained the shortfall against the benchmark.\n\n" +
				"TRAINING PLAN\n\n4.\tThe Committee agreed the training plan for members of the pension fund.\n",
			numbers: []string{"", "", ""}, titles: []string{"Apologies for Absence", "Investment Performance", "Training Plan"}, method: "headings",
		},
		{
			name: "capitals headings over lists that restart: no numbers",
			text: "PRESENT: Mrs Lockwood (Chairman).\n\nSCHOOL PLACES PLANNING\n\n1.\tThat the plan for school places be endorsed by the committee.\n\n" +
				"FOSTERING RECRUITMENT\n\n1.\tThat the report on foster carers be noted by the committee.\n\n" +
				"HOME EDUCATION\n\n1.\tThat the annual report on children educated at home be noted.\n",
			numbers: []string{"", "", ""}, titles: []string{"School Places Planning", "Fostering Recruitment", "Home Education"}, method: "headings",
		},
		{
			name: "a part's heading between two minutes is no item",
			text: "## 55. SEND Transport Review\n\nThe Chair presented the report of the task group.\n\n## Recommendations to Cabinet\n\n1. that journeys be shorter;\n\n2. that budgets be offered.\n\n" +
				"## 56. Early Help Performance\n\nThe report was noted.\n\n## 57. Work Programme\n\nAgreed.\n",
			numbers: []string{"55", "56", "57"}, titles: []string{"SEND Transport Review", "Early Help Performance", "Work Programme"}, method: "numbered",
		},
		{
			name: "an unnumbered section between two minutes is an item",
			text: "## 55. SEND Transport Review\n\nThe Chair presented the report of the task group.\n\n## Public Question Time\n\nA resident asked about school buses.\n\n" +
				"## 56. Early Help Performance\n\nThe report was noted.\n\n## 57. Work Programme\n\nAgreed.\n",
			numbers: []string{"55", "", "56", "57"}, titles: []string{"SEND Transport Review", "Public Question Time", "Early Help Performance", "Work Programme"}, method: "numbered",
		},
		{
			name: "the public's session above the first minute is an item",
			text: "**Present:** Cllr Ash (Chairman), Cllr Birch\n\n**Public participation**\n\nA resident asked about the footpath.\n\n" +
				"**24/117 Apologies**\n\nNone.\n\n**24/118 Minutes**\n\nApproved.\n\n**24/119 Finance**\n\nPaid.\n",
			numbers: []string{"", "24/117", "24/118", "24/119"}, titles: []string{"Public participation", "Apologies", "Minutes", "Finance"}, method: "numbered",
		},
		{
			name: "an attendance heading or a part's heading above the first minute is no item",
			text: "## Present\n\nCouncillors Ash and Birch.\n\n## Part I - Unrestricted items\n\nThe items below were taken in public.\n\n" +
				"## 24/117 Apologies\n\nNone.\n\n## 24/118 Minutes\n\nApproved.\n\n## 24/119 Finance\n\nPaid.\n",
			numbers: []string{"24/117", "24/118", "24/119"}, titles: []string{"Apologies", "Minutes", "Finance"}, method: "numbered",
		},
		{
			name:    "a title over the minutes with no text of its own is no item",
			text:    "Present: Cllr Ash.\n\n**Business of the meeting**\n\n**24/117 Apologies**\n\nNone.\n\n**24/118 Minutes**\n\nApproved.\n\n**24/119 Finance**\n\nPaid.\n",
			numbers: []string{"24/117", "24/118", "24/119"}, titles: []string{"Apologies", "Minutes", "Finance"}, method: "numbered",
		},
		{
			name:    "number on its own line",
			text:    "Items\n\n29.\n\nMinutes\n\nText.\n\n30.\n\nMembers' Interests\n\nNone.\n",
			numbers: []string{"29", "30"}, titles: []string{"Minutes", "Members' Interests"}, method: "numbered",
		},
		{
			name:    "number and title, sub-paragraphs ignored",
			text:    "12 Apology for Absence\nNone.\n13 Minutes (Ref: 2.1)\n1. The minutes were agreed.\n2. Matters arising:\n14 Chair's Update\na) The chair spoke.\n(i) First point\n",
			numbers: []string{"12", "13", "14"}, titles: []string{"Apology for Absence", "Minutes", "Chair's Update"}, method: "numbered",
		},
		{
			name:    "markdown headings and bold numbers",
			text:    "## 65. Minutes (*Item A2*)\nRESOLVED that.\n# **66.** Chairman's Announcements (*Item A3*)\nText\n### 3. RESOLVED that:-\na) noted\n- 2. Mrs Whittle said\n",
			numbers: []string{"65", "66"}, titles: []string{"Minutes", "Chairman's Announcements"}, method: "numbered",
		},
		{
			name:    "item labels",
			text:    "Item 1: Apologies\nNone.\nItem 2: Budget Monitoring\nThe budget.\n",
			numbers: []string{"1", "2"}, titles: []string{"Apologies", "Budget Monitoring"}, method: "numbered",
		},
		{
			name:    "dotted numbers",
			text:    "5.1 Apologies\nNone\n5.2 Minutes\nAgreed\n6.1 Fostering Report\n1. Points\n",
			numbers: []string{"5.1", "5.2", "6.1"}, titles: []string{"Apologies", "Minutes", "Fostering Report"}, method: "numbered",
		},
		{
			name:    "slash references",
			text:    "CPP/17/22 Chairman's Announcements\nText\nCPP/17/23 Adoption Report\nText\n",
			numbers: []string{"CPP/17/22", "CPP/17/23"}, titles: []string{"Chairman's Announcements", "Adoption Report"}, method: "numbered",
		},
		{
			name:    "parish minute numbers",
			text:    "Minute 23/045 Apologies\nNone\nMinute 23/046 Finance\nRESOLVED\n",
			numbers: []string{"23/045", "23/046"}, titles: []string{"Apologies", "Finance"}, method: "numbered",
		},
		{
			name:    "minute numbers with the year last",
			text:    "101/24 Apologies for Absence\nNone.\n102/24 Declarations of Interest\nNone.\n103/24 Play Area\nText.\n",
			numbers: []string{"101/24", "102/24", "103/24"}, titles: []string{"Apologies for Absence", "Declarations of Interest", "Play Area"}, method: "numbered",
		},
		{
			name:    "letters and digits before the slash",
			text:    "PC23/045 Apologies\nNone.\nPC23/046 Finance\nText.\n",
			numbers: []string{"PC23/045", "PC23/046"}, titles: []string{"Apologies", "Finance"}, method: "numbered",
		},
		{
			name:    "roman numerals",
			text:    "I. Apologies\nNone.\nII. Minutes\nAgreed.\nIII. Care Leavers\n1. Points made.\nIV. Any Other Business\nNone.\n",
			numbers: []string{"I", "II", "III", "IV"}, titles: []string{"Apologies", "Minutes", "Care Leavers", "Any Other Business"}, method: "numbered",
		},
		{
			name:    "dates and sentences are not items",
			text:    "Minutes\n2 March 2021 at 6.00 pm\n12 Apologies\nNone\n13 Minutes\n16 and 17 year olds were housed.\n40 young people attended.\nChairman\n14 February 2014\n",
			numbers: []string{"12", "13"}, titles: []string{"Apologies", "Minutes"}, method: "numbered",
		},
		{
			name:    "flattened table rows",
			text:    "No. | Item |\n---|---|\nDeclarations of Interest To receive\nany declarations. Minutes: None. |\n|\nCovid 19 Update The Director will report. Minutes: Noted. |\n|\n",
			numbers: []string{"", ""}, titles: []string{"Declarations of Interest", "Covid 19 Update"}, method: "table",
		},
		{
			name:    "a hearing's sub-headings between items numbered one after the other are not items",
			text:    "**LSC/7 Appointment of Chair**\n\nCllr A.\n\n**LSC/8 Application for a Premises Licence**\n\nThe application.\n\n**Representations**\n\nThe police objected.\n\n**Determination**\n\nGranted.\n\n**Reasons**\n\nThe objectives.\n\n**LSC/9 Exclusion of the Public**\n\nResolved.\n",
			numbers: []string{"LSC/7", "LSC/8", "LSC/9"}, titles: []string{"Appointment of Chair", "Application for a Premises Licence", "Exclusion of the Public"}, method: "numbered",
		},
		{
			name:    "unnumbered sections where the numbering skips are items",
			text:    "**1. Apologies**\n\nNone.\n\n**2. Mayor's Announcements**\n\nThe Mayor spoke.\n\n**Highways**\n\nPotholes.\n\n**Correspondence**\n\nLetters.\n\n**5. Finance**\n\nPaid.\n",
			numbers: []string{"1", "2", "", "", "5"}, titles: []string{"Apologies", "Mayor's Announcements", "Highways", "Correspondence", "Finance"}, method: "numbered",
		},
		{
			name:    "a sub-heading repeated in item after item is not an item",
			text:    "**1. Apologies**\n\nNone.\n\n**2. Housing Strategy**\n\nReport.\n\n**Alternative Options Considered**\n\nNone.\n\n**3. Budget**\n\nReport.\n\n**Alternative Options Considered**\n\nNone.\n\n**4. Date of Next Meeting**\n\nMay.\n",
			numbers: []string{"1", "2", "3", "4"}, titles: []string{"Apologies", "Housing Strategy", "Budget", "Date of Next Meeting"}, method: "numbered",
		},
		{
			name:    "a hearing's run of sub-headings, one long, one standing again in the last case, is not items",
			text:    "**LSH/9 Declarations of Interest**\n\nNone.\n\n**LSH/10 Review of a Driver's Licence**\n\nThe driver attended.\n\n**Summary of the Licensing Officer's report**\n\nA penalty.\n\n**Questions from Members**\n\nWhy?\n\n**Reasons**\n\nThe policy.\n\n**LSH/11 Grant of a Driver's Licence**\n\nThe applicant attended.\n\n**Reasons**\n\nFit and proper.\n",
			numbers: []string{"LSH/9", "LSH/10", "LSH/11"}, titles: []string{"Declarations of Interest", "Review of a Driver's Licence", "Grant of a Driver's Licence"}, method: "numbered",
		},
		{
			name:    "a sub-heading standing again only in the last item is not an item",
			text:    "**1. Apologies**\n\nNone.\n\n**2. Housing Strategy**\n\nReport.\n\n**Alternative Options Considered**\n\nNone.\n\n**3. Budget**\n\nReport.\n\n**Alternative Options Considered**\n\nNone.\n",
			numbers: []string{"1", "2", "3"}, titles: []string{"Apologies", "Housing Strategy", "Budget"}, method: "numbered",
		},
		{
			name:    "sub-items numbered with the item's number and a letter are items",
			text:    "1. Apologies\n\nNone.\n\n2. Minutes\n\nConfirmed.\n\n3. Planning applications\n\nThe Committee considered the applications below.\n\n3a 24/03318/FUL - 41 Riverside Parade\n\nRefused.\n\n3b 25/00140/HOU - 12 Chestnut Walk\n\nApproved.\n\n4. Appeals\n\nNoted.\n",
			numbers: []string{"1", "2", "3", "3a", "3b", "4"}, titles: []string{"Apologies", "Minutes", "Planning applications", "24/03318/FUL - 41 Riverside Parade", "25/00140/HOU - 12 Chestnut Walk", "Appeals"}, method: "numbered",
		},
		{
			name:    "one lettered line under an item is no run of sub-items",
			text:    "1. Apologies\n\nNone.\n\n2. Minutes\n\nConfirmed.\n\n3. Planning applications\n\nThe Committee considered the application below.\n\n3a 24/03318/FUL - 41 Riverside Parade\n\nRefused.\n\n4. Appeals\n\nNoted.\n",
			numbers: []string{"1", "2", "3", "4"}, titles: []string{"Apologies", "Minutes", "Planning applications", "Appeals"}, method: "numbered",
		},
		{
			name:    "a table's bold head row over bold unnumbered titles is no item",
			text:    "**Item / discussion | Action**\n\n**Welcome and introductions**\n\nThe Chair welcomed everyone to the meeting.\n\n**Police update**\n\nBurglaries had fallen since the summer.\n\n**Any other business**\n\nThe bus shelter on Gate Street was raised.\n",
			numbers: []string{"", "", ""}, titles: []string{"Welcome and introductions", "Police update", "Any other business"}, method: "headings",
		},
		{
			name:    "headings deeper than the items' are not items",
			text:    "## 1. Apologies\n\nNone.\n\n## 2. Temporary Accommodation\n\nReport.\n\n### Reasons for the decision\n\nCosts.\n\n## 3. Budget\n\nNoted.\n",
			numbers: []string{"1", "2", "3"}, titles: []string{"Apologies", "Temporary Accommodation", "Budget"}, method: "numbered",
		},
		{
			name:    "a page's heading is a title however long",
			text:    "## 4. Procedure\n\nExplained.\n\n## 5. Application for a new premises licence: Night Owl Convenience Store, 45 Deptford High Street, SE8 4AD\n\nWithdrawn.\n",
			numbers: []string{"4", "5"}, titles: []string{"Procedure", "Application for a new premises licence: Night Owl Convenience Store, 45 Deptford High Street, SE8 4AD"}, method: "numbered",
		},
		{
			name:    "a long bold line before plain text is a title, not a wrapped paragraph",
			text:    "**10. Exclusion of the Public**\nAgreed.\n**11. Review of a Private Hire Driver's Licence following a Conviction - Driver PH/0412**\nThe licence was suspended for 28 days.\n",
			numbers: []string{"10", "11"}, titles: []string{"Exclusion of the Public", "Review of a Private Hire Driver's Licence following a Conviction - Driver PH/0412"}, method: "numbered",
		},
		{
			name:    "HTML headings left in Markdown",
			text:    "<!-- wp:heading -->\n<h3 class=\"wp-block-heading\">24/101 Apologies</h3>\n<!-- /wp:heading -->\n\nNone.\n\n<h3>24/102 Declarations of Interest</h3>\n\nNone.\n\n### 24/103 Planning\n\nNo objection.\n",
			numbers: []string{"24/101", "24/102", "24/103"}, titles: []string{"Apologies", "Declarations of Interest", "Planning"}, method: "numbered",
		},
		{
			name:    "upper-case headings without numbers",
			text:    "KENT COUNTY COUNCIL\nCORPORATE PARENTING PANEL\nMINUTES\nPRESENT: Mr A\n\nAPOLOGIES FOR ABSENCE\nNone.\n\nPLACEMENT STABILITY\nReport.\n",
			numbers: []string{"", ""}, titles: []string{"Apologies for Absence", "Placement Stability"}, method: "headings",
		},
		{
			name:    "upper-case title with text on the same line",
			text:    "23/045 APOLOGIES FOR ABSENCE: Cllr Marsh sent apologies.\n23/046 CHILDREN'S PLAY AREA – The Clerk reported on the play area.\nMore text.\n",
			numbers: []string{"23/045", "23/046"}, titles: []string{"Apologies for Absence", "Children's Play Area"}, method: "numbered",
		},
		{
			name:    "minute no. labels",
			text:    "Minute No. 45 – Apologies\nNone.\nMinute No. 46 – Fostering Report\nText.\n",
			numbers: []string{"45", "46"}, titles: []string{"Apologies", "Fostering Report"}, method: "numbered",
		},
		{
			name:    "county council paragraphs numbered under items",
			text:    "PRESENT Councillors Field (Chair)\n34. MINUTES OF THE PREVIOUS MEETING\n34.1 RESOLVED to agree the minutes.\n35. APOLOGIES FOR ABSENCE\n35.1 Apologies were received from Councillor Ali.\n36. LOOKED AFTER CHILDREN ANNUAL REPORT\n36.1 The Committee considered a report.\n36.2 Placement stability\n36.3 Members asked about costs.\n",
			numbers: []string{"34", "35", "36"}, titles: []string{"Minutes of the Previous Meeting", "Apologies for Absence", "Looked After Children Annual Report"}, method: "numbered",
		},
		{
			name:    "no structure",
			text:    "The committee met and talked about things. Nothing was decided.\n",
			numbers: []string{""}, titles: []string{""}, method: "whole",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := splitItems(readLines(normaliseText(tt.text)))
			if res.Method != tt.method {
				t.Errorf("method = %q; want %q", res.Method, tt.method)
			}
			var numbers, titles []string
			for _, r := range res.Items {
				it, _ := buildItem(r)
				numbers = append(numbers, it.Number)
				titles = append(titles, it.Title)
			}
			if strings.Join(numbers, "|") != strings.Join(tt.numbers, "|") {
				t.Errorf("numbers = %q; want %q", numbers, tt.numbers)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles = %q; want %q", titles, tt.titles)
			}
		})
	}
}

func TestDecisionMarker(t *testing.T) {
	res := splitItems(readLines("4.\n\nPimlico District Heating\n\nTo consider expenditure.\n\nDecision:\n\nThat additional expenditure of £2m be approved.\n\n5.\n\nBudget\n\nMinutes:\n\nThe budget was discussed.\n"))
	if len(res.Items) != 2 {
		t.Fatalf("%d items; want 2", len(res.Items))
	}
	it, _ := buildItem(res.Items[0])
	if it.Agenda != "To consider expenditure." || len(it.Decisions) != 1 || it.Decisions[0] != "That additional expenditure of £2m be approved." {
		t.Errorf("agenda %q decisions %q", it.Agenda, it.Decisions)
	}
	if it, _ := buildItem(res.Items[1]); len(it.Decisions) != 0 {
		t.Errorf("minutes without a decision got decisions %q", it.Decisions)
	}
}

// TestMinutesMarkerKept checks that ModernGov's "Minutes:" label, which
// parts an item's agenda text from its minute, is kept as the item's text
// (at the end of the agenda text), never dropped and never in the title:
// every word of the page is searchable.
func TestMinutesMarkerKept(t *testing.T) {
	for _, src := range []string{
		"5.\n\nBudget\n\nTo agree the budget.\n\nMinutes:\n\nThe budget was discussed.\n",
		"5.\n\nBudget\n\nMinutes: The budget was discussed.\n",
	} {
		res := splitItems(readLines(src))
		if len(res.Items) != 1 {
			t.Fatalf("%q: %d items; want 1", src, len(res.Items))
		}
		it, _ := buildItem(res.Items[0])
		if !strings.HasSuffix(it.Agenda, "Minutes:") || it.Text != "The budget was discussed." || strings.Contains(it.Title, "Minutes") {
			t.Errorf("%q: title %q agenda %q text %q; want the agenda to end with the label", src, it.Title, it.Agenda, it.Text)
		}
	}
}

func TestDecisionPassages(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Text.\n\nRESOLVED – That the report be noted.", []string{"RESOLVED – That the report be noted."}},
		{"RESOLVED\n\n1. that A.\n\n2. that B.\n\nThe meeting ended.", []string{"RESOLVED\n1. that A.\n2. that B."}},
		{"NOTED\n\nthe report.", []string{"NOTED\nthe report."}},
		{"Text. Resolved: (i) That thanks be recorded.\n\n(ii) That the report be noted.\n\n(Note: the meeting ended 7.12 pm)", []string{"Resolved: (i) That thanks be recorded.\n(ii) That the report be noted."}},
		{"The update was given. AGREED- that the update be noted.", []string{"AGREED- that the update be noted."}},
		{"This met with general support and was\n\nAgreed without a vote", []string{"Agreed without a vote"}},
		{"- 3. RESOLVED that the work be noted.", []string{"RESOLVED that the work be noted."}},
		{"It was agreed that the group would meet. The report was noted.", nil},
		{"After discussion it was noted. It was RESOLVED that the report be approved.", []string{"It was RESOLVED that the report be approved."}},
		{"DECISION: approved.\nRECOMMENDED to Cabinet that X.", []string{"DECISION: approved.", "RECOMMENDED to Cabinet that X."}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range decisionPassages(strings.Split(tt.text, "\n")) {
			got = append(got, p.text)
		}
		if strings.Join(got, "\n||\n") != strings.Join(tt.want, "\n||\n") {
			t.Errorf("decisionPassages(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestIsProcedural(t *testing.T) {
	tests := []struct {
		title, text string
		want        bool
	}{
		{"Apologies for Absence", "", true},
		{"Members' Interests", "None received.", true},
		{"Disclosure of Interest", "", true},
		{"Minutes of Previous meeting", "", true},
		{"Minutes", "Agreed.", true},
		{"Exclusion of the Press and Public", "", true},
		{"Date of Next Meeting", "", true},
		{"Any other urgent items", "No items.", true},
		{"Urgent Business", "The chair agreed to take an urgent report on the Ofsted visit, which found...", false},
		{"Chairman's Announcements", "", false},
		{"Adoption Fund", "", false},
	}
	for _, tt := range tests {
		if got := isProcedural(tt.title, tt.text); got != tt.want {
			t.Errorf("isProcedural(%q, %q) = %v; want %v", tt.title, tt.text, got, tt.want)
		}
	}
}

// checkItems reports items whose numbers or titles differ from those wanted.
func checkItems(t *testing.T, items []schema.Item, numbers, titles []string) {
	t.Helper()
	var gotNumbers, gotTitles []string
	for _, it := range items {
		gotNumbers = append(gotNumbers, it.Number)
		gotTitles = append(gotTitles, it.Title)
	}
	checkNumbersTitles(t, gotNumbers, gotTitles, numbers, titles)
}

// checkNumbersTitles reports items' numbers and titles that differ from
// those wanted.
func checkNumbersTitles(t *testing.T, gotNumbers, gotTitles, numbers, titles []string) {
	t.Helper()
	if strings.Join(gotNumbers, "|") != strings.Join(numbers, "|") || strings.Join(gotTitles, "|") != strings.Join(titles, "|") {
		t.Errorf("items %q %q; want %q %q", gotNumbers, gotTitles, numbers, titles)
	}
}
