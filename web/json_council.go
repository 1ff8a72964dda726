package web

import (
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// CouncilJSON is one council of GET /api/councils, and GET
// /api/councils/{slug} with its meeting list. Register and
// LatestInspection are package inspections' values as its data files
// encode them.
type CouncilJSON struct {
	Slug             string                  `json:"slug"`
	Name             string                  `json:"name"`
	Meetings         int                     `json:"meetings"`
	Items            int                     `json:"items"`
	FirstDate        Date                    `json:"first_date"`
	LastDate         Date                    `json:"last_date"`
	Committees       []CommitteeJSON         `json:"committees"`
	MeetingList      []MeetingSummaryJSON    `json:"meeting_list,omitempty"`
	Register         *inspections.Authority  `json:"register,omitempty"`
	Inspections      int                     `json:"inspections"`
	LatestInspection *inspections.Inspection `json:"latest_inspection,omitempty"`
}

// CommitteeJSON is one committee of a council.
type CommitteeJSON struct {
	Slug     string `json:"slug"`
	Name     string `json:"name"`
	Meetings int    `json:"meetings"`
}

// MeetingSummaryJSON is one meeting of a council's meeting list.
type MeetingSummaryJSON struct {
	ID            string `json:"id"`
	Date          Date   `json:"date"`
	CommitteeSlug string `json:"committee"`
	CommitteeName string `json:"committee_name"`
	Items         int    `json:"items"`
	URL           string `json:"url"` // the meeting's page
}

// InspectionsAnswer is GET /api/councils/{slug}/inspections: the sourced
// inspections and, apart and never merged with them, the candidates mined
// from the council's minutes (package inspections' values). The council's
// coverage (GET /api/councils/{slug}/coverage) is
// coverage.CouncilCoverage as package coverage encodes it.
type InspectionsAnswer struct {
	CouncilSlug string                   `json:"council"`
	Sourced     []inspections.Inspection `json:"sourced"`
	FromMinutes []inspections.Candidate  `json:"from_minutes"`
}

// CompareAnswer is GET /api/compare: a row per council (or committee) and
// a cell per period.
type CompareAnswer struct {
	Query     string           `json:"query"`
	By        string           `json:"by"`
	Per       string           `json:"per"`
	Periods   []string         `json:"periods"`
	Rows      []CompareRowJSON `json:"rows"`
	Unaligned []CompareRowJSON `json:"unaligned,omitempty"`
	Focus     string           `json:"focus,omitempty"` // council slug
	NoMinutes []CompareRowJSON `json:"no_minutes,omitempty"`
	Notes     []string         `json:"notes,omitempty"`
}

// CompareRowJSON is one row of the comparison; the council and committee
// fields name a committee's row (by=committee) and are empty by council.
type CompareRowJSON struct {
	Key           string                  `json:"key"`
	Label         string                  `json:"label"`
	CouncilSlug   string                  `json:"council,omitempty"`
	CouncilName   string                  `json:"council_name,omitempty"`
	CommitteeSlug string                  `json:"committee,omitempty"`
	CommitteeName string                  `json:"committee_name,omitempty"`
	Cells         []CompareCellJSON       `json:"cells"`
	Total         int                     `json:"total"`
	Anchor        *inspections.Inspection `json:"anchor,omitempty"`
	Population    int                     `json:"population_0_25,omitempty"`
}

// CompareCellJSON is one period of a row.
type CompareCellJSON struct {
	Period     string   `json:"period"`
	Count      int      `json:"count"`
	Items      int      `json:"items"`
	Share      float64  `json:"share"`
	Per10k     *float64 `json:"per_10k_0_25,omitempty"`
	FirstYear  string   `json:"first_year,omitempty"`
	LastYear   string   `json:"last_year,omitempty"`
	Thin       bool     `json:"thin,omitempty"`
	ThinReason string   `json:"thin_reason,omitempty"`
}

func councilJSON(c search.Council) CouncilJSON {
	return CouncilJSON{Slug: c.Slug, Name: c.Name, Meetings: c.Meetings, Items: c.Items, FirstDate: Date(c.FirstDate),
		LastDate: Date(c.LastDate), Committees: each(c.Committees, committeeJSON), MeetingList: each(c.MeetingList, meetingSummaryJSON),
		Register: c.Register, Inspections: c.Inspections, LatestInspection: c.Latest}
}

func committeeJSON(c search.CommitteeSummary) CommitteeJSON {
	return CommitteeJSON{Slug: c.Slug, Name: c.Name, Meetings: c.Meetings}
}

func meetingSummaryJSON(m search.MeetingSummary) MeetingSummaryJSON {
	return MeetingSummaryJSON{ID: m.ID, Date: Date(m.Date), CommitteeSlug: m.CommitteeSlug, CommitteeName: m.CommitteeName,
		Items: m.Items, URL: meetingPath(m.ID)}
}

func compareJSON(res *search.CompareResult) *CompareAnswer {
	return &CompareAnswer{Query: res.Query, By: res.By, Per: res.Per, Periods: res.Periods,
		Rows: each(res.Rows, compareRowJSON), Unaligned: each(res.Unaligned, compareRowJSON), Focus: res.Focus,
		NoMinutes: each(res.NoMinutes, compareRowJSON), Notes: res.Notes}
}

func compareRowJSON(r search.CompareRow) CompareRowJSON {
	return CompareRowJSON{Key: r.Key, Label: r.Label, CouncilSlug: r.CouncilSlug, CouncilName: r.CouncilName,
		CommitteeSlug: r.CommitteeSlug, CommitteeName: r.CommitteeName, Cells: each(r.Cells, compareCellJSON),
		Total: r.Total, Anchor: r.Anchor, Population: r.Population}
}

func compareCellJSON(c search.CompareCell) CompareCellJSON {
	return CompareCellJSON{Period: c.Period, Count: c.Count, Items: c.Items, Share: c.Share, Per10k: c.Per10k,
		FirstYear: c.FirstYear, LastYear: c.LastYear, Thin: c.Thin, ThinReason: c.ThinReason}
}
