package search

import (
	"strings"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// FrontTitle is the title under which a meeting's text outside its items
// is found: its heading, attendance lists, an agenda front sheet.
const FrontTitle = "Text before the first item"

// frontItem is the searchable record of a meeting's text outside its
// items (schema.Meeting.Header), so that no word of the minutes is lost
// to search. It is indexed like an item at position 0 (schema.FrontID)
// but of its own type (engine.DocFront), marked procedural so that it ranks
// below real items that match as well; it is not one of the meeting's
// items: item counts leave it out.
func frontItem(m *schema.Meeting) (schema.Item, bool) {
	if strings.TrimSpace(m.Header) == "" {
		return schema.Item{}, false
	}
	return schema.Item{ID: schema.FrontID(m.ID), MeetingID: m.ID, Seq: 0, Title: FrontTitle, Text: m.Header,
		Decisions: []string{}, Topics: []string{}, Procedural: true}, true
}

// frontDocument is the bleve document of a meeting's front record.
func frontDocument(m *schema.Meeting, it schema.Item, codec *engine.BodyCodec) map[string]any {
	d := itemDocument(m, it, codec)
	d[engine.FieldType] = engine.DocFront
	return d
}

// frontDetail answers Item for a meeting's front record.
func (ix *Index) frontDetail(m *schema.Meeting, it schema.Item) *ItemDetail {
	d := &ItemDetail{Hit: ix.hitFromMeeting(m, it), Text: it.Text, Decisions: []string{}, Venue: m.Venue}
	if len(m.Items) > 0 {
		d.NextID = m.Items[0].ID
	}
	return d
}
