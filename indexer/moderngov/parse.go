package moderngov

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Format is the schema.Meeting format (and manifest format) of stored
// GetMeeting XML.
const Format = "moderngov"

// maxMeetingBytes bounds what ParseMeeting reads: real GetMeeting answers
// are well under a megabyte.
const maxMeetingBytes = 32 << 20

// ParseMeeting reads a GetMeeting answer of ModernGov's web service, as
// Fetch stores it, into a meeting: date, time, venue, attendees and the
// items in order, each with its number (the minute number, else the agenda
// number), title, agenda text, minute text (paragraphs kept) and decisions.
// Restricted (exempt) items are left out with a warning. Council,
// committee slug, IDs, source path and topics are left for the caller.
func ParseMeeting(r io.Reader) (schema.Meeting, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxMeetingBytes+1))
	if err != nil {
		return schema.Meeting{}, fmt.Errorf("read meeting xml: %w", err)
	}
	if len(data) > maxMeetingBytes {
		return schema.Meeting{}, fmt.Errorf("meeting xml larger than %d bytes", maxMeetingBytes)
	}
	data, err = normaliseXML(data)
	if err != nil {
		return schema.Meeting{}, err
	}
	root, err := parseXML(strings.NewReader(string(data)))
	if err != nil {
		return schema.Meeting{}, fmt.Errorf("meeting xml: %w", err)
	}
	mt := root.find("meeting")
	if mt == nil {
		return schema.Meeting{}, fmt.Errorf("meeting xml: no <meeting> element")
	}
	return meetingFromNode(mt), nil
}

// meetingFromNode builds the meeting from a parsed <meeting> element.
func meetingFromNode(mt *node) schema.Meeting {
	m := schema.Meeting{
		Format:     Format,
		DateSource: schema.DateUnknown,
		Time:       cleanText(mt.value("meetingtime")),
		Venue:      cleanText(mt.value("meetinglocation", "meetingvenue")),
		Committee:  cleanText(mt.value("committeetitle", "committeename")),
		Items:      []schema.Item{},
		Warnings:   []string{},
	}
	m.CommitteeSlug = schema.Slug(m.Committee)
	if raw := mt.value("meetingdate"); raw != "" {
		if d, err := parseServiceDate(raw); err == nil {
			m.Date, m.DateSource = d, schema.DateFromText
		} else {
			m.Warnings = append(m.Warnings, fmt.Sprintf("meeting date: %v", err))
		}
	}
	m.Title = strings.TrimSpace(m.Committee + " " + m.Date)
	if p := mt.child("minutepublished", "minutespublished"); p != nil && !truthy(p.text) {
		m.Draft = true
	}
	readAttendees(&m, mt)
	restricted := 0
	for _, ai := range mt.findAll("agendaitem") {
		if truthy(ai.value("isrestricted")) {
			restricted++
			continue
		}
		if it, ok := itemFromNode(ai); ok {
			m.Items = append(m.Items, it)
		}
	}
	if restricted > 0 {
		m.Warnings = append(m.Warnings, fmt.Sprintf("%d restricted item(s) left out", restricted))
	}
	if len(m.Items) == 0 {
		m.Warnings = append(m.Warnings, "no public agenda items")
	}
	return m
}

// itemFromNode reads one <agendaitem>. It reports false for an item with
// nothing in it.
func itemFromNode(ai *node) (schema.Item, bool) {
	number := ai.value("minutesitemnumber")
	if number == "" {
		number = ai.value("agendaitemnumber")
	}
	it := schema.Item{
		Number: strings.TrimRight(cleanText(number), "."),
		Title:  cleanText(htmlToText(ai.value("agendaitemtitle", "title"))),
		Agenda: htmlToText(ai.htmlValue("agendatext", "agendaitemtext")),
		Text:   htmlToText(ai.htmlValue("minutesnonemptyhtmlbody", "minuteshtmlbody", "minutestext")),
	}
	it.Decisions = findDecisions(it.Text)
	if it.Decisions == nil {
		it.Decisions = []string{}
	}
	it.Topics = []string{}
	it.Procedural = procedural.MatchString(it.Title)
	return it, it.Title != "" || it.Agenda != "" || it.Text != ""
}

// procedural matches the titles of housekeeping items.
var procedural = regexp.MustCompile(`(?i)apolog|declarations? of|interests|^minutes\b|minutes of the (previous|last)|urgent business|date of (the )?next meeting|exclusion of (the )?(press|public)|chair(man)?'?s? announcements|^welcome|substitut`)

// truthy reports whether a web-service flag is set ("True", "true", "1",
// "Yes").
func truthy(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "y":
		return true
	}
	return false
}
