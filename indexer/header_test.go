package indexer

import (
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestReadHeaderCouncil checks the council named by a line of the header:
// councils, authorities that sit as one, and councils named in Welsh,
// where a line in English wins.
func TestReadHeaderCouncil(t *testing.T) {
	tests := []struct {
		name, text, council string
	}{
		{"county council", "HALDERSHIRE COUNTY COUNCIL\nCABINET\n", "Haldershire County Council"},
		{"combined authority", "Northvale Combined Authority\nCombined Authority Board\n", "Northvale Combined Authority"},
		{"fire authority", "MARLSHIRE AND BRACKLEY COMBINED FIRE AUTHORITY\n", "Marlshire and Brackley Combined Fire Authority"},
		{"national park", "Dunmoor National Park Authority\nPlanning Committee\n", "Dunmoor National Park Authority"},
		{"not an authority's name", "The local planning authority\n", ""},
		{"Welsh only", "CYNGOR TREF LLANARTHEN\nCofnodion\n", "Cyngor Tref Llanarthen"},
		{"Welsh then English", "CYNGOR CYMUNED LLANGYNFELYN A'R BORTH FACH\nLLANGYNFELYN AND BORTH FACH COMMUNITY COUNCIL\n",
			"Llangynfelyn and Borth Fach Community Council"},
		{"a sentence about a council", "Cyngor Sir Ceredigion has not replied about the pothole near the bridge on the main road\n", ""},
		{"a parish meeting (a parish with no council)", "HOLBECK MAGNA PARISH MEETING\nMINUTES OF THE ANNUAL PARISH MEETING\n", "Holbeck Magna Parish Meeting"},
		{"a parish meeting's kind is no name", "Annual Parish Meeting\n", ""},
		{"a printed web page's title after the browser's stamp", "05/11/2024, 09:12 Minutes for Planning Committee on Monday, 4th November, 2024, 7.00 pm - Ellerby District Council\nMinutes\n", "Ellerby District Council"},
		{"a running header naming the sitting", "Minutes of the Town Council - 18 September 2024\nMARSTON TOWN COUNCIL\n", "Marston Town Council"},
		{"a sitting named by its kind is no council", "Minutes\nFull Council\nJune 27, 2024 — Penhallow Town Council\n", ""},
		{"a minutes line naming the full council names no council", "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 3 MARCH 2025\nPresent: Cllr Ash\n", ""},
		{"a name with its letters spaced out", "      B R A C K L E Y    P A R I S H    C O U N C I L\n\n            M I N U T E S\n", "Brackley Parish Council"},
		{"a joint panel named by its host", "Eastvale Police and Crime Panel\nMembers: Cllr Ash (Eastvale County Council), Cllr Birch (Marram District Council)\nThe Panel is hosted by Eastvale County Council.\n", "Eastvale County Council"},
		{"a host that is not a council", "The event was hosted by the Rotary Club of Eastvale.\n", ""},
		{"a name wrapped after 'of'", "LONDON BOROUGH OF\n\nEASTMERE\n\nCORPORATE PARENTING BOARD\n", "London Borough of Eastmere"},
		{"a wrapped name is not joined to a label", "ROYAL BOROUGH OF\nPresent: Cllr Ash\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if h := readHeader(readLines(tt.text)); h.Council != tt.council {
				t.Errorf("council %q, want %q", h.Council, tt.council)
			}
		})
	}
}

// TestReadHeaderCommittee checks the body that met, read from header
// lines: a decision notice's heading, a page headed "Council", and the
// parish, town or community council that names no committee.
func TestReadHeaderCommittee(t *testing.T) {
	tests := []struct {
		name, text, committee string
	}{
		{"decision notice after the body", "NORTH PELLINGHAM DISTRICT COUNCIL\nCABINET DECISION NOTICE\n", "Cabinet"},
		{"decision notice before the body", "Decision Notice – Licensing Sub-Committee\n", "Licensing Sub-Committee"},
		{"a decision notice of no body", "DECISION NOTICE\n", ""},
		{"a heading that is the council", "# Council\n\nMinutes of the meeting held on Wednesday 28 June 2023\n", "Council"},
		{"the word in a sentence is no heading", "Council\n", ""},
		{"a parish council's own meeting", "KELDON PARISH COUNCIL\nMINUTES OF MEETING HELD 5.3.24\n", "Parish Council"},
		{"a parish council's committee", "BRAMFORD REGIS PARISH COUNCIL\nPLANNING COMMITTEE\n", "Planning Committee"},
		{"a Welsh town council", "CYNGOR TREF LLANARTHEN\n", "Town Council"},
		{"a district council names its committee", "RYEDALE VALE DISTRICT COUNCIL\nMINUTES\n", ""},
		{"a printed web page's title after the browser's stamp", "05/11/2024, 09:12 Minutes for Planning Committee on Monday, 4th November, 2024, 7.00 pm - Ellerby District Council\nMinutes\n", "Planning Committee"},
		{"a running header naming the council and the committee", "Marston Town Council - Planning and Highways Committee\n", "Planning and Highways Committee"},
		{"a label and its value in a table's row", "MOORHAMPTON DISTRICT COUNCIL\nCommittee: | Standards Committee\nDate: | 7 March 2023\n", "Standards Committee"},
		{"an executive named by a heading alone", "KINGSMERE BOROUGH COUNCIL\nEXECUTIVE\nMinutes of the meeting held at the Civic Offices on Monday, 4 November 2024\n", "Executive"},
		{"a chief executive is no body that met", "Chief Executive\n", ""},
		{"a web page's title: body, minutes, date", "Page last updated: 2 May 2024\nCorporate Parenting Panel: minutes, 25 April 2024\n", "Corporate Parenting Panel"},
		{"a title naming no body before 'minutes'", "March: minutes, 25 April 2024\n", ""},
		{"a Welsh committee's name alone", "Agenda a chofnodion\nPwyllgor Craffu Addysg a Phlant\nDydd Mawrth, 15fed Hydref, 2024 2.00 pm\n", "Pwyllgor Craffu Addysg a Phlant"},
		{"a committee named in Welsh, then in English on the next line", "PWYLLGOR CRAFFU GOFAL CYMDEITHASOL A IECHYD\nSOCIAL CARE AND HEALTH SCRUTINY COMMITTEE\nCOFNODION / MINUTES\n", "Social Care and Health Scrutiny Committee"},
		{"a Welsh sentence about a committee", "Pwyllgor yn cytuno i nodi'r adroddiad a diolch i'r swyddogion am eu gwaith caled eleni\n", ""},
		{"a Welsh ModernGov page's heading", "Pwyllgor Craffu Addysg a Phlant - Dydd Mawrth, 15fed Hydref, 2024 2.00 pm\n", "Pwyllgor Craffu Addysg a Phlant"},
		{"an area committee, its area in brackets", "HOLLINBURY DISTRICT COUNCIL\nPlanning Committee (North)\n", "Planning Committee (North)"},
		{"a panel in capitals is no venue", "SOUTH TEMPLE METROPOLITAN BOROUGH COUNCIL\nPLACE SCRUTINY PANEL\n", "Place Scrutiny Panel"},
		{"a title whose 'minutes' wrapped", "Environment and Communities Scrutiny Panel –\nminutes\n", "Environment and Communities Scrutiny Panel"},
		{"a label without its colon in a table's row", "City of Yarrow Council\nMeeting | Decision Session – Executive Member for Transport\nDate | 14 January 2025\n", "Decision Session – Executive Member for Transport"},
		{"a meeting's label holding a date is no body", "Meeting: 14 January 2025\n", ""},
		{"a web title: minutes, the body's meeting, the date", "Lower Bix Parish Council\nMinutes – Parish Council Meeting – Tuesday 4th March 2025\n", "Parish Council"},
		{"a web title: a committee's meeting, then the date", "Draft minutes – Planning Committee Meeting – 11 March 2025\n", "Planning Committee"},
		{"a committee's meeting in capitals under the council", "OAKHANGER PARISH COUNCIL\nPLANNING COMMITTEE MEETING\nMonday 3rd March 2025\n", "Planning Committee"},
		{"a list of other meetings above the heading", "- Planning Committee – 3 February 2025\n- Planning Committee – 6 January 2025\nLicensing Committee – 3 March 2025\n", "Licensing Committee"},
		{"an annual parish meeting keeps its name", "Annual Parish Meeting – Tuesday 22nd April 2025\n", "Annual Parish Meeting"},
		{"the council's annual meeting", "CITY OF EASTLING COUNCIL\nANNUAL MEETING OF THE COUNCIL\n", "Council"},
		{"a town council's annual meeting", "PENWORTH TOWN COUNCIL\nANNUAL MEETING OF THE TOWN COUNCIL\n", "Town Council"},
		{"a kind of meeting in a running header is no body", "Penworth Town Council – Annual Meeting – Tuesday 20th May 2025\nANNUAL MEETING OF THE TOWN COUNCIL\n", "Town Council"},
		{"a time range's dash after the date is no body's", "Minutes of the meeting held on Thursday 27 March 2025, 4.00pm – 6.00pm, Room 2\n", ""},
		{"an advisory council on a subject, its acronym in brackets", "Tolbury Standing Advisory Council on Religious Education (SACRE)\nMinutes of the meeting held on 3 July 2025\n", "Tolbury Standing Advisory Council on Religious Education (SACRE)"},
		{"a council is no advisory council", "Tolbury City Council\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if h := readHeader(readLines(tt.text)); h.Committee != tt.committee {
				t.Errorf("committee %q, want %q", h.Committee, tt.committee)
			}
		})
	}
}

// TestHeadingKindOfMeeting checks that "MINUTES OF THE ORDINARY MEETING
// HELD ON …" names a kind of meeting, not a committee "Ordinary".
func TestHeadingKindOfMeeting(t *testing.T) {
	text := "DENHOLM PARISH COUNCIL\n\nMINUTES OF THE ORDINARY MEETING HELD ON MONDAY 6TH MAY 2024 AT 7PM\n"
	if h := readHeading(readLines(text), 0, 3); h.Committee != "" || !h.HasDate {
		t.Errorf("committee %q, date %v; want none and the date", h.Committee, h.HasDate)
	}
}

// TestHeadingSittingAtAMeeting checks "Minutes of the proceedings of the
// County Council at the Annual Budget Meeting": the body that met ends
// before "at the … Meeting".
func TestHeadingSittingAtAMeeting(t *testing.T) {
	text := "Minutes of the proceedings of the County Council at the Annual Budget Meeting held at County Hall, Wexholme, on Thursday, 20 February 2025\n"
	if h := readHeading(readLines(text), 0, 1); h.Committee != "County Council" || !h.HasDate {
		t.Errorf("committee %q, date %v; want County Council and the date", h.Committee, h.HasDate)
	}
}

// TestHeadingGluedMeeting checks a kind of meeting run into "meeting"
// by a lost space ("ANNUALMEETING"): the council sat, no committee
// "Annualmeeting".
func TestHeadingGluedMeeting(t *testing.T) {
	text := "MINUTES OF PROCEEDINGS AT ANNUALMEETING OF DUNMORE CITY AND COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER ON FRIDAY, 7TH JUNE, 2019\n"
	h := readHeading(readLines(text), 0, 1)
	if strings.Contains(strings.ToLower(h.Committee), "annual") || h.Council != "Dunmore City and County Council" {
		t.Errorf("committee %q, council %q; want no 'Annualmeeting' and Dunmore City and County Council", h.Committee, h.Council)
	}
}

// TestReadHeaderDate checks that a page's posting or update date is not
// taken for the meeting's.
func TestReadHeaderDate(t *testing.T) {
	for _, text := range []string{
		"Minutes – March 2024\nPosted on 9 April 2024 by Clerk\nHOLLOWELL PARISH COUNCIL\nMinutes of the meeting held on Tuesday 5th March 2024 at 7.30pm\n",
		"Last updated: 19 March 2024\nMinutes of the meeting held on Tuesday 5th March 2024\n",
		"Minutes\n- Minutes 6 February 2024\n- Minutes 9 January 2024\nMinutes of the meeting held 5.3.24\n",
	} {
		h := readHeader(readLines(text))
		if got := h.Date.Format("2006-01-02"); !h.HasDate || got != "2024-03-05" {
			t.Errorf("%q: date %s (%v), want 2024-03-05", text, got, h.HasDate)
		}
	}
}

// TestCouncilIn checks the council read from a web page's banner or a
// PDF's running lines: part by part, a link after the name dropped, the
// English name before the Welsh.
func TestCouncilIn(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Cyngor Bwrdeistref Sirol Glyn Ebwy Fach | Glyn Ebwy Fach County Borough Council Cymraeg", "Contact us"}, "Glyn Ebwy Fach County Borough Council"},
		{[]string{"Cyngor Sir Dyffryn Tywi"}, "Cyngor Sir Dyffryn Tywi"},
		{[]string{"Home", "Bins and recycling", "Council tax", "Committees"}, ""},
		{[]string{"Stourmouth Borough Council - Development Control Committee"}, "Stourmouth Borough Council"},
		{[]string{"Ravensgate Borough Council\t\tPage 1 of 3"}, "Ravensgate Borough Council"},
		{[]string{"Thornbury Heath Council Home > Council and democracy > Meetings"}, "Thornbury Heath Council"},
	}
	for _, tt := range tests {
		if got := councilIn(tt.lines); got != tt.want {
			t.Errorf("councilIn(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestBannerCouncil checks that the council named only in a printed web
// page's banner or breadcrumb, above the minutes, is the meeting's.
func TestBannerCouncil(t *testing.T) {
	text := "Thornbury Heath Council Home > Council and democracy > Meetings\n\n" +
		"Corporate Parenting Panel: minutes, 25 April 2024\n\n" +
		"Item 1: Welcome and apologies\n\nApologies were received from Councillor Heseltine.\n\n" +
		"Item 2: Declarations of interest\n\nNone.\n\nItem 3: Virtual School report\n\nThe report was noted.\n"
	_, h, _ := parseLines(readLines(text))
	if h.Council != "Thornbury Heath Council" || h.Committee != "Corporate Parenting Panel" {
		t.Errorf("council %q, committee %q; want Thornbury Heath Council, Corporate Parenting Panel", h.Council, h.Committee)
	}
}

// TestClosingLinksCouncil checks a council named only in a web page's
// closing link bar, after the minutes, and that the last sentence of
// minutes naming a council is not read as one.
func TestClosingLinksCouncil(t *testing.T) {
	items := "Audit and Governance Committee\n\nDate: Thursday, 24 April 2025\n\n" +
		"62 APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Fir.\n\n" +
		"63 INTERNAL AUDIT OPINION\n\nThe opinion was noted.\n\n64 STRATEGIC RISK REGISTER\n\nThe register was noted.\n\n"
	tests := []struct{ name, end, council string }{
		{"a link bar", "The meeting closed at 15:47.\n\nWenford City Council | Privacy\n", "Wenford City Council"},
		{"a closing sentence", "The Chair thanked the officers of Wenford City Council for their work on the audit plan this year.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, h, _ := parseLines(readLines(items + tt.end)); h.Council != tt.council {
				t.Errorf("council %q, want %q", h.Council, tt.council)
			}
		})
	}
}

// TestCommitteeOf checks the council's name taken off the front of the
// body that met, and only when a committee's name is left.
func TestCommitteeOf(t *testing.T) {
	tests := []struct{ committee, council, want string }{
		{"North Brenshire Combined Authority Transport Sub-Committee", "North Brenshire Combined Authority", "Transport Sub-Committee"},
		{"Stourmouth Borough Council Development Control Committee", "Stourmouth Borough Council", "Development Control Committee"},
		{"Ashby Parish Council", "Ashby Parish Council", "Ashby Parish Council"},
		{"Kelby Council Chamber Works", "Kelby Council", "Kelby Council Chamber Works"},
		{"Cabinet", "", "Cabinet"},
		{"Thornleigh Health and Wellbeing Board Minutes", "", "Thornleigh Health and Wellbeing Board"},
		{"Harbour Board Draft Minutes", "", "Harbour Board"},
		{"Minutes", "", "Minutes"},
	}
	for _, tt := range tests {
		if got := committeeOf(tt.committee, tt.council); got != tt.want {
			t.Errorf("committeeOf(%q, %q) = %q, want %q", tt.committee, tt.council, got, tt.want)
		}
	}
}

// TestFullCouncilNames records how the heading of a council's full meeting
// names its committee, and the decision that these names keep their own
// slugs rather than share one ("full-council"): the slug is the display
// name slugged, as API.md has it everywhere, so a page showing "County
// Council" links to committee=county-council and finds it, and coverage,
// research and bench, which slug names themselves, agree with the index.
// Within a council one name is used for its full meeting, so nothing is
// split; across councils "County Council" and "Town Council" are told apart.
func TestFullCouncilNames(t *testing.T) {
	tests := []struct{ heading, committee, slug string }{
		{"Minutes of the Full Council meeting held on Monday 13 January 2025", "Full Council", "full-council"},
		{"Minutes of the meeting of Full Council held on Monday 13 January 2025", "Full Council", "full-council"},
		{"MINUTES of a meeting of the County Council held on Thursday, 19 December 2024", "County Council", "county-council"},
		{"Minutes of the meeting of the Council held on Tuesday 14 January 2025", "Council", "council"},
		{"MEETING OF THE COUNCIL - Tuesday, 14 January 2025", "Council", "council"},
		{"Extraordinary Meeting of the Town Council - Monday, 13 January 2025", "Town Council", "town-council"},
		{"Minutes of the Borough Council meeting held on Wednesday 15 January 2025", "Borough Council", "borough-council"},
		{"Minutes of the Town Council meeting held on Monday 13 January 2025", "Town Council", "town-council"},
		{"Minutes of the Parish Council meeting held on Monday 13 January 2025", "Parish Council", "parish-council"},
		{"Minutes of the Annual Meeting of the Parish Council held on Monday 12 May 2025", "Parish Council", "parish-council"},
		{"Minutes of the Full Town Council meeting held on Monday 3rd November 2025", "Town Council", "town-council"},
		{"Here are the draft minutes of the full Town Council meeting held on Monday 3rd November 2025 at the Corn Exchange.", "Town Council", "town-council"},
		{"Minutes of the full council meeting held on Monday 3rd November 2025", "Full Council", "full-council"},
	}
	for _, tt := range tests {
		text := "Anyshire Borough Council\n\n" + tt.heading + "\n\nPresent: Councillors A Smith, B Jones\n\n" +
			"1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
		_, h, _ := parseLines(readLines(text))
		if h.Committee != tt.committee || schema.Slug(h.Committee) != tt.slug {
			t.Errorf("%q: committee %q (%s); want %q (%s)", tt.heading, h.Committee, schema.Slug(h.Committee), tt.committee, tt.slug)
		}
	}
}

// TestCommitteeNamedWithCommas checks a committee whose name lists its
// subjects with commas, in a heading sentence and in a heading line, and
// a body named "the Executive" after "Minutes of".
func TestCommitteeNamedWithCommas(t *testing.T) {
	items := "\n\nPresent: Councillors A. Able and B. Baker\n\n1/25 APOLOGIES\n\nNone.\n\n2/25 MINUTES\n\nAgreed.\n\n3/25 WORK PROGRAMME\n\nNoted.\n"
	tests := []struct{ heading, want string }{
		{"MINUTES of the meeting of the CHILDREN, FAMILIES AND LIFELONG LEARNING SELECT COMMITTEE held at 10.00 am on 6 February 2025 at County Hall.",
			"Children, Families and Lifelong Learning Select Committee"},
		{"Minutes of a meeting of the Environment, Transport and Highways Committee held on Monday 3 March 2025",
			"Environment, Transport and Highways Committee"},
		{"Minutes of a meeting of the Planning Committee held on Monday 3 March 2025, in the Council Chamber",
			"Planning Committee"},
		{"Kelbrook Metropolitan Borough Council\n\nMinutes of the Executive\n\nDate: Monday, 7th April, 2025",
			"Executive"},
	}
	for _, tt := range tests {
		_, h, _ := parseLines(readLines(tt.heading + items))
		if got := committeeOf(h.Committee, h.Council); got != tt.want {
			t.Errorf("%q: committee %q, want %q", tt.heading, got, tt.want)
		}
	}
}
