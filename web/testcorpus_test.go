package web

import (
	"cmp"
	"strings"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/schema"
)

// The test corpus: five meetings of four councils, written into a real
// index by testindex_test.go. Kent, Luton and Cheshire East are in the
// test register; Middlesbrough stands for a council outside it, and one of
// its meetings has no date.

// testMeeting is a meeting as extraction would hand it to the index: from
// the text file <council>/<committee>/<date>.txt, with IDs assigned.
func testMeeting(council, committee, date string, items ...schema.Item) schema.Meeting {
	m := schema.Meeting{Council: council, CouncilSlug: schema.Slug(strings.TrimSuffix(strings.TrimSuffix(council, " Council"), " County")),
		Committee: committee, CommitteeSlug: schema.Slug(committee), Date: date, DateSource: schema.DateFromText,
		Venue: "Council Chamber", Present: []string{"Cllr A Smith", "Cllr B Jones"}, Apologies: []string{"Cllr C Brown"},
		Format: "text", Items: items}
	m.SourcePath = m.CouncilSlug + "/" + m.CommitteeSlug + "/" + cmp.Or(date, "agenda-and-minutes") + ".txt"
	if date == "" {
		m.DateSource = schema.DateUnknown
	}
	m.AssignIDs()
	return m
}

func item(number, title, text string, topics []string, decisions ...string) schema.Item {
	return schema.Item{Number: number, Title: title, Text: text, Topics: topics, Decisions: decisions}
}

// testMeetings is the test corpus. Each call returns fresh values, so a
// test may change its copy before building an index of its own.
func testMeetings() []schema.Meeting {
	ms := []schema.Meeting{
		testMeeting("Kent County Council", "Corporate Parenting Panel", "2013-12-13",
			item("65", "Ofsted inspection of children's services", "The Panel considered the Ofsted inspection report.\n\nFollowing the Ofsted inspection in March 2013, services were judged inadequate. Members asked about the inspection findings on care leavers.", []string{"ofsted"}, "RESOLVED that the Ofsted inspection report be noted."),
			item("66", "Care leavers and housing", "Housing for care leavers was discussed at length.", []string{"care-leavers"}, "AGREED to receive a housing update."),
			item("67", "Script <script>alert(1)</script> test", "A minute containing <script>alert('x')</script> and <b>bold</b> & more.", nil)),
		testMeeting("Cheshire East Council", "Corporate Parenting Committee", "2018-05-09",
			item("48", "Ofsted monitoring visit", "The Committee received the letter from the Ofsted monitoring visit.", []string{"ofsted"}, "RESOLVED – that the letter be noted."),
			item("49", "Fostering recruitment", "Recruitment of foster carers remained a challenge.", []string{"fostering"})),
		testMeeting("Luton Borough Council", "Scrutiny Children Services Review Group", "2021-03-02",
			item("12", "Apology for absence", "Apologies were received.", nil),
			item("13", "Ofsted focused visit", "The focused visit by Ofsted found improvements in care planning.", []string{"ofsted"}, "Resolved: (i) that the findings be noted.")),
		testMeeting("Middlesbrough Council", "Corporate Parenting Board", "2021-09-01",
			item("21/15", "Ofsted improvement plan", "Progress on the improvement plan after the Ofsted inspection.", []string{"ofsted"}),
			item("21/16", "Ofsted inspection outcome", "The Board considered the Ofsted inspection report and its findings on care leavers with the Ofsted lead.", []string{"ofsted"}, "AGREED to monitor progress."),
			item("21/17", "Care leavers' offer", "The care leavers' local offer was refreshed.", []string{"care-leavers"}),
			item("21/18", "Care leavers' hub", "A hub for care leavers opened in the town centre.", []string{"care-leavers"}),
			item("21/19", "Care leavers: feedback", "Care leavers gave feedback on the offer.", []string{"care-leavers"}, "NOTED the feedback from care leavers.")),
		// minutes whose date could not be read
		testMeeting("Middlesbrough Council", "Corporate Parenting Board", "",
			item("21/30", "Permanence action plan", "The Board reviewed the permanence action plan.\n\nThe plan sets out a) stability, b) review and c) support.", nil,
				"AGREED that a) the permanence action plan be endorsed; b) progress be reported to the Board; c) the Board thank the team.")),
	}
	ms[1].SourceURL = cheshireEastMinutes // fetched from the council's site: links go there
	return ms
}

// cheshireEastMinutes is where Cheshire East publishes its meeting's minutes.
const cheshireEastMinutes = "https://moderngov.cheshireeast.gov.uk/ieListDocuments.aspx?CId=1&MId=7"

// testTopicLabels are the topics' display labels, as topics.json gives them.
var testTopicLabels = map[string]string{"ofsted": "Ofsted", "care-leavers": "Care leavers", "fostering": "Fostering"}

// testAuthorities is an invented register of three of the test councils:
// Middlesbrough is left out, to stand for a council outside it.
func testAuthorities() []inspections.Authority {
	a := func(slug, name, region, typ string, pop int, neighbours ...string) inspections.Authority {
		return inspections.Authority{Slug: slug, Name: name, Region: region, Type: typ, Population0to25: pop,
			Neighbours: neighbours, Source: "invented for tests"}
	}
	return []inspections.Authority{
		a("kent", "Kent", "South East", "County", 470000, "luton-borough", "cheshire-east"),
		a("luton-borough", "Luton", "East of England", "Unitary Authority", 80000, "kent"),
		a("cheshire-east", "Cheshire East", "North West", "Unitary Authority", 107000, "kent"),
	}
}

// testInspections are invented inspections of the test councils; Cheshire
// East and Middlesbrough have none.
var testInspections = []inspections.Inspection{
	{Council: "kent", Kind: inspections.KindFull, StartDate: "2013-02-04", PublicationDate: "2013-03-15",
		Judgement: inspections.JudgementInadequate, ReportURL: "https://example.org/kent-report", Source: "invented for tests"},
	{Council: "luton-borough", Kind: inspections.KindFull, PublicationDate: "2020-02-26",
		Judgement: inspections.JudgementInadequate, Source: "invented for tests"},
}
