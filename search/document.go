package search

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/councilminutes/minutes/search/engine"
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
// fields plus the meeting fields facets use and sorts read, and its record
// (what a hit shows and the item's body, compressed by codec).
func itemDocument(m *schema.Meeting, it schema.Item, codec *engine.BodyCodec) map[string]any {
	year, month := engine.UnknownPeriod, engine.UnknownPeriod
	dateAsc, dateDesc := "9999-99-99", "0000-00-00"
	d := map[string]any{
		engine.FieldType:       engine.DocItem, // the meeting ID is the item ID's start (schema.MeetingOfItem)
		engine.FieldFile:       m.SourcePath,
		engine.FieldCouncil:    m.CouncilSlug,
		engine.FieldCommittee:  m.CommitteeSlug,
		engine.FieldAgenda:     it.Agenda,
		engine.FieldText:       it.Text,
		engine.FieldDecisions:  it.Decisions,
		engine.FieldTopics:     it.Topics,
		engine.FieldProcedural: it.Procedural,
		engine.FieldKind:       kindOf(m),
	}
	lines := listLines(it.Text)
	if lines != "" {
		d[engine.FieldLines] = lines
	}
	if keys := peopleKeys(it.People); len(keys) > 0 {
		d[engine.FieldPeople] = keys
	}
	heading := isHeading(it)
	if heading {
		d[engine.FieldHeading] = it.Title
		d[engine.FieldHeadingItem] = true
	} else if rowTitle(it.Title, it.Text, lines) || isVenueRequest(it.Title) || isMeetingTitle(it.Title) {
		d[engine.FieldHeading] = it.Title // a table's header or row (rowtitle.go), a venue (heading.go)
	} else if subject, routing := splitRouting(it.Title); routing != "" {
		d[engine.FieldTitle] = subject
		d[engine.FieldHeading] = routing
	} else {
		d[engine.FieldTitle] = it.Title
	}
	if t, ok := parseDate(m.Date); ok {
		dateAsc = t.Format(time.DateOnly)
		dateDesc = dateAsc
		year, month = t.Format("2006"), t.Format("2006-01")
	}
	d[engine.FieldDateAsc] = dateAsc
	d[engine.FieldDateDesc] = dateDesc
	d[engine.FieldYear] = year
	d[engine.FieldMonth] = month
	d[engine.FieldCouncilYear] = m.CouncilSlug + "|" + year
	rec := itemRecord(m, it, heading)
	d[engine.FieldRecord] = string(codec.Compress(rec.Marshal()))
	return d
}

// itemRecord is what an item's document stores: the fields of its hit and
// its body; heading is isHeading(it).
func itemRecord(m *schema.Meeting, it schema.Item, heading bool) engine.ItemRecord {
	date := ""
	if t, ok := parseDate(m.Date); ok {
		date = t.Format(time.DateOnly)
	}
	return engine.ItemRecord{
		File: m.SourcePath, Council: m.CouncilSlug, CouncilName: m.Council, Committee: m.CommitteeSlug, CommitteeName: m.Committee,
		Date: date, Number: it.Number, Title: it.Title, SourceURL: m.SourceURL, Heading: heading, Topics: it.Topics, Kind: m.Kind,
		Body: engine.ItemBody{Agenda: it.Agenda, Text: it.Text, Decisions: it.Decisions},
	}
}

// meetingDocument is the record of one meeting and the file it came from:
// the meeting as JSON without what its items' own records hold (see
// meetingJSON), the file's path and hash (for incremental indexing), and
// the fields the council summaries and labels read.
func meetingDocument(m *schema.Meeting, hash string, codec *engine.BodyCodec) (map[string]any, error) {
	raw, err := meetingJSON(m)
	if err != nil {
		return nil, err
	}
	date := ""
	if t, ok := parseDate(m.Date); ok {
		date = t.Format(time.DateOnly)
	}
	d := map[string]any{
		engine.FieldType:         engine.DocMeeting,
		engine.FieldFile:         m.SourcePath,
		engine.FieldFileHash:     hash,
		engine.FieldCouncil:      m.CouncilSlug,
		engine.FieldCommittee:    m.CommitteeSlug,
		engine.FieldRecord:       string(codec.Compress(raw)),
		engine.FieldCouncilLabel: m.CouncilSlug + labelSep + m.Council,
		engine.FieldSummary: summaryValue(meetingSummary{
			Council: m.CouncilSlug, CouncilName: m.Council, Committee: m.CommitteeSlug, CommitteeName: m.Committee,
			Date: date, Items: len(m.Items),
		}),
	}
	if m.Committee != "" {
		d[engine.FieldCommitteeLabel] = m.CommitteeSlug + labelSep + m.Committee
	}
	if labels := peopleLabels(m); len(labels) > 0 {
		d[engine.FieldPeopleLabel] = labels
	}
	return d, nil
}

// meetingJSON is the stored form of a meeting's record: the meeting as
// JSON, its items without their number, title, topics and body, which
// the items' own records hold (itemRecord) and withBodies puts back, so
// that each is stored once (for GET /api/meetings/{id} and item pages).
func meetingJSON(m *schema.Meeting) ([]byte, error) {
	bare := *m
	bare.Items = make([]schema.Item, len(m.Items))
	for i, it := range m.Items {
		it.Number, it.Title, it.Topics = "", "", nil
		it.Agenda, it.Text, it.Decisions = "", "", nil
		bare.Items[i] = it
	}
	raw, err := json.Marshal(&bare)
	if err != nil {
		return nil, fmt.Errorf("encode meeting %s: %w", m.ID, err)
	}
	return raw, nil
}

// dictSamples is how many meetings of a batch lend their records to the
// index's compression dictionary.
const dictSamples = 16

// dictRecords returns the records of an even spread of the meetings, as
// they are stored before compression: each meeting's JSON and its first
// item's record without the body (engine.BatchCodec).
func dictRecords(meetings []*schema.Meeting) [][]byte {
	var out [][]byte
	step := max(1, len(meetings)/dictSamples)
	for i := 0; i < len(meetings); i += step {
		m := meetings[i]
		if m == nil {
			continue
		}
		if raw, err := meetingJSON(m); err == nil {
			out = append(out, raw)
		}
		if len(m.Items) > 0 {
			rec := itemRecord(m, m.Items[0], isHeading(m.Items[0]))
			rec.Body = engine.ItemBody{}
			out = append(out, rec.Marshal())
		}
	}
	return out
}
