package search

import (
	"cmp"
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// Meeting returns one meeting with its items in order.
func (ix *Index) Meeting(ctx context.Context, id string) (*MeetingDetail, error) {
	m, err := ix.loadMeeting(ctx, id)
	if err != nil {
		return nil, err
	}
	return &MeetingDetail{
		Meeting:     *m,
		CouncilName: ix.councilName(m.CouncilSlug, m.Council),
	}, nil
}

// Item returns one item with its text, decisions and neighbours.
func (ix *Index) Item(ctx context.Context, id string) (*ItemDetail, error) {
	mid := schema.MeetingOfItem(id)
	if mid == "" {
		return nil, fmt.Errorf("item %q: %w", id, ErrNotFound)
	}
	m, err := ix.loadMeeting(ctx, mid)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("item %q: %w", id, ErrNotFound)
		}
		return nil, err
	}
	if it, ok := frontItem(m); ok && it.ID == id {
		return ix.frontDetail(m, it), nil
	}
	for i, it := range m.Items {
		if it.ID != id {
			continue
		}
		d := &ItemDetail{
			Hit:       ix.hitFromMeeting(m, it),
			Agenda:    it.Agenda,
			Text:      it.Text,
			Decisions: nonNil(it.Decisions),
			Truncated: it.Truncated,
			Venue:     m.Venue,
			Details:   it.DecisionDetails,
			People:    it.People,
		}
		for _, t := range d.Topics {
			d.TopicLabels = append(d.TopicLabels, cmp.Or(ix.topicLabelMap()[t], t))
		}
		if i > 0 {
			d.PrevID = m.Items[i-1].ID
		}
		if i+1 < len(m.Items) {
			d.NextID = m.Items[i+1].ID
		}
		return d, nil
	}
	return nil, fmt.Errorf("item %q: %w", id, ErrNotFound)
}

// loadMeeting reads a meeting record.
func (ix *Index) loadMeeting(ctx context.Context, id string) (*schema.Meeting, error) {
	req := bleve.NewSearchRequestOptions(bq.NewDocIDQuery([]string{meetingDocID(id)}), 1, 0, false)
	req.Fields = []string{engine.FieldRecord}
	idx, err := ix.reader()
	if err != nil {
		return nil, err
	}
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("meeting %q: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("meeting %q: %w", id, ErrNotFound)
	}
	m, err := ix.meetingRecord(id, res.Hits[0].Fields[engine.FieldRecord])
	if err != nil {
		return nil, err
	}
	if err := ix.withBodies(ctx, []*schema.Meeting{m}); err != nil {
		return nil, fmt.Errorf("meeting %q: %w", id, err)
	}
	return m, nil
}

// hitFromMeeting makes the Hit fields of an item from its meeting.
func (ix *Index) hitFromMeeting(m *schema.Meeting, it schema.Item) Hit {
	return Hit{
		ID:            it.ID,
		MeetingID:     m.ID,
		CouncilSlug:   m.CouncilSlug,
		CouncilName:   ix.councilName(m.CouncilSlug, m.Council),
		CommitteeSlug: m.CommitteeSlug,
		CommitteeName: m.Committee,
		Date:          m.Date,
		ItemNumber:    it.Number,
		Title:         it.Title,
		Snippets:      []string{},
		Topics:        nonNil(it.Topics),
		SourcePath:    m.SourcePath,
		CouncilURL:    m.SourceURL,
		Kind:          kindOf(m),
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
