package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// splitOf reads text as the extractor's lines and returns the numbers and
// titles of the items found.
func splitOf(text string) (method string, numbers, titles []string) {
	res := splitItems(readLines(text))
	for _, r := range res.Items {
		it, _ := buildItem(r)
		numbers = append(numbers, it.Number)
		titles = append(titles, it.Title)
	}
	return res.Method, numbers, titles
}

// TestBareNumberTabHeadings checks Word's bold heading line that opens
// with a bare number, a tab and a title ending in a full stop
// ("**1<tab>Title.**", the tab before the number dropped with the
// paragraph's leading space), and that a plain paragraph opening so
// ("2<tab>members attended") is left alone.
func TestBareNumberTabHeadings(t *testing.T) {
	body := "The Committee considered a report by the Executive Director on the matter and agreed the recommendations.\n\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
	}{
		{
			name: "bold bare number and tab, title with a stop",
			text: "KINLOCHARD COUNCIL\n\nMINUTE of MEETING of the LOCH VIEW AREA COMMITTEE held on Tuesday 4 March 2025\n\n" +
				"**1\tApologies.**\n\n" + body +
				"**2\tDeclarations of Interest.**\n\n" + body +
				"**3\tRoads – Winter Gritting Routes – Approval.**\n\n" + body +
				"**4\tCommunity Grants – Award.**\n\n" + body,
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Apologies", "Declarations of Interest", "Roads – Winter Gritting Routes – Approval", "Community Grants – Award"},
		},
		{
			name: "bold bare number and tab, titles without a stop",
			text: "ARDMORE COUNCIL\n\nMinute of the Harbour Committee held on 12 May 2025\n\n" +
				"**7\tMinute of Previous Meeting**\n\n" + body +
				"**8\tHarbour Dues**\n\n" + body +
				"**9\tPier Repairs**\n\n" + body,
			numbers: []string{"7", "8", "9"},
			titles:  []string{"Minute of Previous Meeting", "Harbour Dues", "Pier Repairs"},
		},
		{
			name: "plain lines opening with a tab, a bare number and a tab",
			text: "BRAEMOUNT COUNCIL\n\nMinutes of the Glen Area Committee held on 6 June 2025\n\n" +
				"\t12\tMinute of Previous Meeting.\n\n" + body +
				"\t13\tHousing Allocations – Quarterly Report.\n\n" + body +
				"\t14\tCommon Good Fund – Applications for Grant.\n\n" + body,
			numbers: []string{"12", "13", "14"},
			titles:  []string{"Minute of Previous Meeting", "Housing Allocations – Quarterly Report", "Common Good Fund – Applications for Grant"},
		},
		{
			name: "sentences after a bare number and a tab are no titles",
			text: "BRAEMOUNT COUNCIL\n\nMinutes of the Glen Area Committee held on 6 June 2025\n\n" +
				"**21\tRoads Maintenance**\n\n" +
				"1\tThe Committee noted the report on the condition of the roads.\n\n" +
				"2\tMembers asked that the gritting routes be reviewed before winter.\n\n" +
				"**22\tHousing Allocations**\n\n" + body,
			numbers: []string{"21", "22"},
			titles:  []string{"Roads Maintenance", "Housing Allocations"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, numbers, titles := splitOf(tt.text)
			checkNumbersTitles(t, numbers, titles, tt.numbers, tt.titles)
		})
	}
}

// TestCommitteeNameSlips checks a committee's name cleared of a heading's
// words before it ("MINUTE of MEETING of the …") and of OCR's digit one
// for an l in "Council"; names without them are left alone.
func TestCommitteeNameSlips(t *testing.T) {
	tests := []struct{ in, council, want string }{
		{"MINUTE of MEETING of the PLANNING AND ROADS COMMITTEE", "", "Planning and Roads Committee"},
		{"Minute of Meeting of the Harbour Board", "", "Harbour Board"},
		{"Minutes of a meeting of the Licensing Sub-Committee", "", "Licensing Sub-Committee"},
		{"Ashgrove Parish Counci1", "", "Ashgrove Parish Council"},
		{"ASHGROVE TOWN COUNCI1", "", "ASHGROVE TOWN COUNCIL"},
		{"Minute Book Working Group", "", "Minute Book Working Group"},
		{"Planning Committee", "", "Planning Committee"},
		{"Meeting of the Minds Forum", "", "Meeting of the Minds Forum"},
	}
	for _, tt := range tests {
		if got := committeeOf(tt.in, tt.council); got != tt.want {
			t.Errorf("committeeOf(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestLetteredHeadingSubItems checks sub-items "24a", "24b" printed as a
// web page's lower headings under item "24.", their titles whole across a
// dash, and that a single lettered heading or run-in text is left alone.
func TestLetteredHeadingSubItems(t *testing.T) {
	body := "The Committee received the report of the Head of Service and noted it.\n\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
	}{
		{
			name: "h3 sub-items with dashes under h2 items",
			text: "# Minutes of the Licensing Committee, 3 April 2025\n\n## 11. Apologies for Absence\n\n" + body +
				"## 12. Reports of the Sub-Committees\n\n" + body +
				"### 12a Premises licence review – The Mill, Quay Street\n\n" + body +
				"### 12b Street trading consent – Market Square\n\n" + body +
				"## 13. Taxi Fares Review\n\n" + body,
			numbers: []string{"11", "12", "12a", "12b", "13"},
			titles:  []string{"Apologies for Absence", "Reports of the Sub-Committees", "Premises licence review – The Mill, Quay Street", "Street trading consent – Market Square", "Taxi Fares Review"},
		},
		{
			name: "one lettered heading alone is no run",
			text: "# Minutes of the Licensing Committee, 3 April 2025\n\n## 11. Apologies for Absence\n\n" + body +
				"## 12. Reports of the Sub-Committees\n\n" + body +
				"### 12a Premises licence review – The Mill, Quay Street\n\n" + body +
				"## 13. Taxi Fares Review\n\n" + body,
			numbers: []string{"11", "12", "13"},
			titles:  []string{"Apologies for Absence", "Reports of the Sub-Committees", "Taxi Fares Review"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, numbers, titles := splitOf(tt.text)
			checkNumbersTitles(t, numbers, titles, tt.numbers, tt.titles)
		})
	}
}

// TestGroupHeadingSubItems checks reports sub-numbered "4.1", "4.2" under
// a capitals group heading "4. REPORTS FOR APPROVAL", made items after
// their group, and that paragraphs numbered "4.1", "4.2" inside an item
// (sentences, not titles) are left alone.
func TestGroupHeadingSubItems(t *testing.T) {
	body := "The Committee considered the report of the Director and it was AGREED – on the proposal of Alderman Boyd, seconded by Councillor Kerr, that the recommendation be adopted.\n\n"
	head := "LOUGHVALE BOROUGH COUNCIL\n\nMinutes of the meeting of the Leisure Committee held on Monday 7 April 2025 at 7.00 pm\n\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
	}{
		{
			name: "bold sub-numbered reports under capitals group headings",
			text: head + "**1.\tAPOLOGIES**\n\nApologies were received from Councillor Reid.\n\n" +
				"**2.\tDECLARATIONS OF INTEREST**\n\nNone.\n\n" +
				"**3.\tREPORTS FOR APPROVAL**\n\n" +
				"**3.1\tLeisure Centre Charges 2025/26**\n\n" + body +
				"**3.2\tPlay Park Refurbishment Programme**\n\n" + body +
				"**4.\tREPORTS FOR NOTING**\n\n" +
				"**4.1\tSports Development Update**\n\nNOTED.\n\n" +
				"**4.2\tEvents Programme**\n\nNOTED.\n\n" +
				"**5.\tANY OTHER BUSINESS**\n\nThere was no other business.\n\n",
			numbers: []string{"1", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "5"},
			titles:  []string{"Apologies", "Declarations of Interest", "Reports for Approval", "Leisure Centre Charges 2025/26", "Play Park Refurbishment Programme", "Reports for Noting", "Sports Development Update", "Events Programme", "Any Other Business"},
		},
		{
			name: "mixed-case group headings naming a kind of business",
			text: head + "**1.\tApologies**\n\nApologies were received from Councillor Reid.\n\n" +
				"**2.\tReports for Decision**\n\n" +
				"**2.1\tLeisure Centre Charges 2025/26**\n\n" + body +
				"**2.2\tPlay Park Refurbishment Programme**\n\n" + body +
				"**3.\tAny Other Business**\n\nThere was no other business.\n\n",
			numbers: []string{"1", "2", "2.1", "2.2", "3"},
			titles:  []string{"Apologies", "Reports for Decision", "Leisure Centre Charges 2025/26", "Play Park Refurbishment Programme", "Any Other Business"},
		},
		{
			name: "a topic's sub-headings stay in its item",
			text: "# Minutes of the Parish Council Meeting held on Monday 2 June 2025\n\n## 1. Apologies\n\nNone.\n\n" +
				"## 2. Finance\n\n### 2.1 Payments\n\nThe payments listed were approved.\n\n### 2.2 Bank reconciliation\n\nThe reconciliation was signed.\n\n" +
				"## 3. Planning\n\nNo applications had been received.\n\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Finance", "Planning"},
		},
		{
			name: "a resolution's numbered list straight under a capitals heading",
			text: head + "**1.\tAPOLOGIES**\n\nApologies were received from Councillor Reid.\n\n" +
				"**2.\tLEISURE STRATEGY**\n\n" +
				"2.1\tThat the draft strategy be approved for consultation.\n\n" +
				"2.2\tThat the Director report the responses to the Committee in the autumn.\n\n" +
				"**3.\tANY OTHER BUSINESS**\n\nThere was no other business.\n\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Leisure Strategy", "Any Other Business"},
		},
		{
			name: "numbered paragraphs inside an item",
			text: head + "**1.\tAPOLOGIES**\n\nApologies were received from Councillor Reid.\n\n" +
				"**2.\tLEISURE CENTRE CHARGES**\n\n" +
				"2.1\tThe Director reported that charges had not risen since 2023 and proposed a rise of four per cent.\n\n" +
				"2.2\tMembers asked whether concessions would continue for those on benefits and were told they would.\n\n" +
				"**3.\tANY OTHER BUSINESS**\n\nThere was no other business.\n\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Leisure Centre Charges", "Any Other Business"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, numbers, titles := splitOf(tt.text)
			checkNumbersTitles(t, numbers, titles, tt.numbers, tt.titles)
		})
	}
}

// decisionPage is an invented ModernGov "Decision details" page of a
// delegated decision: no meeting, the council named only in the page's
// title, the crest's alt text and the footer, three labelled dates.
const decisionPage = `<!DOCTYPE html>
<html lang="en"><head><title>Decision - Bus shelter renewal, High Street - Borough of Wexcombe</title></head>
<body><div id="header"><img src="crest.gif" alt="Borough of Wexcombe" /><ul id="nav"><li><a href="mgCalendarMonthView.aspx">Meetings</a></li><li><a href="mgDelegatedDecisions.aspx">Decisions</a></li></ul></div>
<div id="content">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Bus shelter renewal, High Street</h2>
<p><strong>Decision Maker:</strong> <a href="mgRole.aspx">Cabinet Member for Environment</a></p>
<p><strong>Decision status:</strong> Implemented</p>
<p><strong>Purpose:</strong></p><p>To decide on the renewal of four bus shelters on the High Street.</p>
<h2 class="mgSubSubTitleTxt">Decision:</h2>
<p>That the four shelters be replaced by the supplier under the framework contract at a cost of £48,000.</p>
<h2 class="mgSubSubTitleTxt">Reasons for the decision:</h2>
<p>The shelters are over thirty years old and two were damaged in storms in the winter.</p>
<h2 class="mgSubSubTitleTxt">Alternative options considered:</h2>
<p>Repairing the shelters was considered but would cost nearly as much and last only five years.</p>
<p><strong>Publication date:</strong> 07/03/2025</p>
<p><strong>Date of decision:</strong> 05/03/2025</p>
<p><strong>Effective from:</strong> 15/03/2025</p>
</div>
<div id="footer">Borough of Wexcombe, Civic Centre, Wexcombe WX1 2AB</div>
</body></html>
`

// TestDecisionDetailsPage checks a ModernGov decision page: the date of
// decision, not the publication or effective date; the council from the
// page's title or footer ("Borough of …").
func TestDecisionDetailsPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "decision.html")
	if err := os.WriteFile(path, []byte(decisionPage), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := Extract(context.Background(), path, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if m.Date != "2025-03-05" {
		t.Errorf("date = %q; want the date of decision, 2025-03-05", m.Date)
	}
	if m.Council != "Borough of Wexcombe" {
		t.Errorf("council = %q; want Borough of Wexcombe", m.Council)
	}
	var titles []string
	for _, it := range m.Items {
		titles = append(titles, it.Title)
	}
	if want := "Decision|Reasons for the decision|Alternative options considered"; strings.Join(titles, "|") != want {
		t.Errorf("items %q; want %q", titles, want)
	}
}

// TestLabelledDate checks the date of a line labelled as the decision's
// or the meeting's, and that other labelled dates are passed over.
func TestLabelledDate(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Publication date: 13/02/2025\nDate of decision: 11/02/2025\nEffective from: 21/02/2025", "2025-02-11"},
		{"Decision date: 3 March 2025", "2025-03-03"},
		{"Date of meeting: Tuesday, 4 March 2025", "2025-03-04"},
		{"Publication date: 13/02/2025\nEffective from: 21/02/2025", ""},
		{"The date of decision will be after 3 March 2025.", ""},
	}
	for _, tt := range tests {
		d, ok := labelledDate(readLines(tt.text))
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("labelledDate(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestCoveringReportThenMinutes checks an agenda pack whose agenda item
// is a covering report presenting the minutes as its appendix: the
// minutes start at their own heading (wrapped before "held on"), not at
// the report's title; a report alone and minutes with no report are read
// as before.
func TestCoveringReportThenMinutes(t *testing.T) {
	front := "Public Document Pack\n\nOldbury Vale District Council\n\nLicensing Committee\n\nDate: Monday, 9 June 2025\n\n" +
		"AGENDA\n\n1. Apologies\n\n2. Minutes (Pages 3 - 6)\n\n"
	report := "Agenda Item 2\n\nMinutes of the previous meeting\n\nReport of the Head of Democratic Services\n\n1. Purpose\n\n" +
		"1.1 To present the minutes of the meeting held on 12 May 2025 (Appendix A) for approval.\n\n2. Recommendation\n\n" +
		"2.1 That the minutes be approved as a correct record.\n\nAppendix A\n\n"
	tests := []struct {
		name, text string
		want       int
	}{
		{"a covering report, the minutes as its appendix", front + report +
			"OLDBURY VALE DISTRICT COUNCIL\n\nMINUTES OF THE LICENSING COMMITTEE\n\nheld on Monday, 12 May 2025 at 10.00 am\n\nPresent: Councillors A and B\n\n11. Apologies\n\nNone.\n", 30},
		{"a covering report, the minutes headed in one line", front + report +
			"Minutes of a meeting of the Licensing Committee held on Monday, 12 May 2025\n\nPresent: Councillors A and B\n\n11. Apologies\n\nNone.\n", 30},
		{"minutes under the agenda item's mark, no report", front +
			"Agenda Item 2\n\nMinutes of the meeting of the Licensing Committee held on Monday, 12 May 2025\n\nPresent: Councillors A and B\n", 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(tt.text)
			if got := minutesStart(ls); got != tt.want {
				t.Errorf("minutes start at line %d %q, want %d", got, ls[min(got, len(ls)-1)].Text, tt.want)
			}
		})
	}
}

// TestSecondMinutesInPack checks an agenda pack holding two sets of
// minutes, a committee's then its sub-committee's under the next agenda
// item's mark, each numbered in its own sequence: both sets' minutes are
// items, in order, and the report after them is none; a report under
// the next mark (no minutes heading) is left as text outside the items.
func TestSecondMinutesInPack(t *testing.T) {
	front := "Public Document Pack\n\nOldbury Vale District Council\n\nPlanning Committee\n\nDate: Monday, 9 June 2025\n\n" +
		"AGENDA\n\n1. Apologies\n\n2. Minutes (Pages 3 - 6)\n\n3. Minutes of the Footpaths Sub-Committee (Pages 7 - 8)\n\n"
	first := "Agenda Item 2\n\nOLDBURY VALE DISTRICT COUNCIL\n\nMinutes of a meeting of the Planning Committee held on Monday, 12 May 2025\n\n" +
		"Present: Councillors Abbot (Chair), Bell and Carr\n\n21 Apologies\n\nApologies were received from Councillor Dunn.\n\n" +
		"22 Minutes\n\nThe minutes of the meeting held on 14 April 2025 were approved.\n\n23 Land at Mill Lane\n\nThe Committee approved the application subject to conditions.\n\n" +
		"The meeting closed at 11.40 am.\n\n"
	second := "Agenda Item 3\n\nOLDBURY VALE DISTRICT COUNCIL\n\nFOOTPATHS SUB-COMMITTEE\n\nMinutes of the meeting held on Wednesday, 23 April 2025\n\n" +
		"Present: Councillors Evans (Chair) and Ford\n\n4 Apologies\n\nNone.\n\n5 Minutes\n\nThe minutes of 5 March 2025 were approved.\n\n" +
		"6 Diversion of Footpath 9, Hale Green\n\nThe Sub-Committee agreed to make the diversion order.\n\nThe meeting closed at 3.05 pm.\n\n"
	report := "Agenda Item 4\n\nPlanning appeals report\n\n1. Summary\n\n1.1 Two appeals were decided in the period.\n\n2. Recommendation\n\n2.1 That the report be noted.\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
	}{
		{"two sets of minutes then a report", front + first + second + report, []string{"21", "22", "23", "4", "5", "6"}},
		{"one set of minutes then a report", front + first + report, []string{"21", "22", "23"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := splitItems(readLines(tt.text))
			var numbers []string
			for _, r := range res.Items {
				it, _ := buildItem(r)
				numbers = append(numbers, it.Number)
			}
			if strings.Join(numbers, "|") != strings.Join(tt.numbers, "|") {
				t.Errorf("items %q; want %q", numbers, tt.numbers)
			}
			if tail := joinLines(res.Tail); !strings.Contains(tail, "Planning appeals report") || !strings.Contains(tail, "Two appeals were decided") {
				t.Errorf("the report is not kept outside the items: tail %q", tail)
			}
		})
	}
}
