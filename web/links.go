package web

import (
	"context"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// WithLinks wraps a Searcher so that its answers carry this server's links
// (the url and source_url fields of the JSON), which package search leaves
// empty: the server wraps its Searcher so, and `minutes search --json`
// does too, to print what /api/search answers.
func WithLinks(s search.Searcher) search.Searcher {
	if l, ok := s.(linkedSearcher); ok {
		return l
	}
	return linkedSearcher{s}
}

// linkedSearcher fills the links of every answer of the Searcher it wraps.
type linkedSearcher struct{ search.Searcher }

func (l linkedSearcher) Search(ctx context.Context, req search.Request) (*search.Result, error) {
	res, err := l.Searcher.Search(ctx, req)
	if res != nil {
		linkHits(res.Hits)
		for i := range res.Groups {
			linkHits(res.Groups[i].Hits)
		}
	}
	return res, err
}

func (l linkedSearcher) Item(ctx context.Context, id string) (*search.ItemDetail, error) {
	it, err := l.Searcher.Item(ctx, id)
	if it != nil {
		linkHit(&it.Hit)
	}
	return it, err
}

func (l linkedSearcher) Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]search.Hit, error) {
	hits, err := l.Searcher.Similar(ctx, id, otherCouncils, size)
	linkHits(hits)
	return hits, err
}

func (l linkedSearcher) Meeting(ctx context.Context, id string) (*search.MeetingDetail, error) {
	m, err := l.Searcher.Meeting(ctx, id)
	if m != nil {
		m.URL = meetingPath(m.ID)
	}
	return m, err
}

func (l linkedSearcher) Council(ctx context.Context, slug string) (*search.Council, error) {
	c, err := l.Searcher.Council(ctx, slug)
	if c != nil {
		for i := range c.MeetingList {
			c.MeetingList[i].URL = meetingPath(c.MeetingList[i].ID)
		}
	}
	return c, err
}

func linkHits(hits []search.Hit) {
	for i := range hits {
		linkHit(&hits[i])
	}
}

// linkHit sets a hit's page and the link to its minutes.
func linkHit(h *search.Hit) {
	h.URL = itemPath(h.ID)
	h.SourceURL = minutesLink(h.CouncilURL, h.SourcePath)
}

// linkedContext fills the links of the candidates mined from the minutes
// (each to its item's page) that the ContextProvider it wraps answers.
type linkedContext struct{ ContextProvider }

func (l linkedContext) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	sourced, mined, err := l.ContextProvider.Inspections(ctx, council)
	for i := range mined {
		if mined[i].ItemID != "" {
			mined[i].URL = itemPath(mined[i].ItemID)
		}
	}
	return sourced, mined, err
}
