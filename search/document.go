package search

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

// meetingDocPrefix starts the document ID of a meeting record. Item IDs are
// slugs and never contain ':', so the two kinds cannot collide.
const meetingDocPrefix = "m:"

// meetingDocID is the document ID of a meeting's record.
func meetingDocID(meetingID string) string { return meetingDocPrefix + meetingID }

// parseDate reads a meeting's YYYY-MM-DD date; ok is false when it is empty
// or malformed (the item then has no date fields, year "unknown").
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// itemDocument is the bleve document of one agenda item: the item's own
// fields plus the meeting fields a hit needs, facets use and sorts read.
func itemDocument(m *schema.Meeting, it schema.Item) map[string]any {
	year, month := unknownPeriod, unknownPeriod
	dateAsc, dateDesc, dateStr := "9999-99-99", "0000-00-00", ""
	d := map[string]any{
		fieldType:          docItem,
		fieldMeetingID:     m.ID,
		fieldFile:          m.SourcePath,
		fieldCouncil:       m.CouncilSlug,
		fieldCouncilName:   m.Council,
		fieldCommittee:     m.CommitteeSlug,
		fieldCommitteeName: m.Committee,
		fieldItemNumber:    it.Number,
		fieldSeq:           float64(it.Seq),
		fieldAgenda:        it.Agenda,
		fieldText:          it.Text,
		fieldDecisions:     it.Decisions,
		fieldTopics:        it.Topics,
		fieldProcedural:    it.Procedural,
		fieldSourceURL:     m.SourceURL,
		fieldKind:          kindOf(m),
	}
	if keys := peopleKeys(it.People); len(keys) > 0 {
		d[fieldPeople] = keys
	}
	if isHeading(it) {
		d[fieldHeading] = it.Title
		d[fieldHeadingItem] = true
	} else {
		d[fieldTitle] = it.Title
	}
	if t, ok := parseDate(m.Date); ok {
		d[fieldDate] = t
		dateStr = t.Format(time.DateOnly)
		dateAsc, dateDesc = dateStr, dateStr
		year, month = t.Format("2006"), t.Format("2006-01")
	}
	d[fieldDateAsc] = dateAsc
	d[fieldDateDesc] = dateDesc
	d[fieldDateString] = dateStr
	d[fieldYear] = year
	d[fieldMonth] = month
	d[fieldCouncilYear] = m.CouncilSlug + "|" + year
	return d
}

// meetingDocument is the record of one meeting and the file it came from:
// the whole meeting as JSON (for Meeting and Item),
// the file's path and hash (for incremental indexing), and the fields the
// council summaries read.
func meetingDocument(m *schema.Meeting, hash string) (map[string]any, error) {
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode meeting %s: %w", m.ID, err)
	}
	date := ""
	if t, ok := parseDate(m.Date); ok {
		date = t.Format(time.DateOnly)
	}
	d := map[string]any{
		fieldType:          docMeeting,
		fieldMeetingID:     m.ID,
		fieldFile:          m.SourcePath,
		fieldHash:          hash,
		fieldFileHash:      hash,
		fieldCouncil:       m.CouncilSlug,
		fieldCouncilName:   m.Council,
		fieldCommittee:     m.CommitteeSlug,
		fieldCommitteeName: m.Committee,
		fieldDateString:    date,
		fieldItemCount:     float64(len(m.Items)),
		fieldMeetingJSON:   string(raw),
		fieldCouncilLabel:  m.CouncilSlug + labelSep + m.Council,
		fieldSummary: summaryValue(meetingSummary{
			Council: m.CouncilSlug, CouncilName: m.Council, Committee: m.CommitteeSlug, CommitteeName: m.Committee,
			Date: date, Items: len(m.Items),
		}),
	}
	if m.Committee != "" {
		d[fieldCommitteeLabel] = m.CommitteeSlug + labelSep + m.Committee
	}
	if labels := peopleLabels(m); len(labels) > 0 {
		d[fieldPeopleLabel] = labels
	}
	return d, nil
}
