package search

import (
	"cmp"
	"context"

	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// hitFields are the stored fields a hit is made from.
var hitFields = []string{engine.FieldRecord}

// pageHits makes the hits of a page of matches: their stored fields and,
// with a marker, their snippets, read for the page alone so that the
// search over every match reads neither. Hits keep the page's order and
// scores; one deleted in between is left out.
func (ix *Index) pageHits(ctx context.Context, m *query.Marker, page []*bsearch.DocumentMatch) ([]Hit, error) {
	out := []Hit{}
	if len(page) == 0 {
		return out, nil
	}
	ids := make([]string, len(page))
	for i, h := range page {
		ids[i] = h.ID
	}
	byID, err := ix.hitsByID(ctx, m, ids)
	if err != nil {
		return nil, err
	}
	for _, h := range page {
		if hit, ok := byID[h.ID]; ok {
			hit.Score = h.Score
			out = append(out, hit)
		}
	}
	return out, nil
}

// hitsByID makes the hits of the given items, keyed by ID, with snippets
// of the words m marks (none when m is nil).
func (ix *Index) hitsByID(ctx context.Context, m *query.Marker, ids []string) (map[string]Hit, error) {
	docs, err := ix.storedDocs(ctx, ids, hitFields)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Hit, len(docs))
	for id, d := range docs {
		h, err := ix.hit(d, m)
		if err != nil {
			return nil, err
		}
		out[id] = h
	}
	return out, nil
}

// hit turns the stored record of an item into a Hit.
func (ix *Index) hit(h *bsearch.DocumentMatch, m *query.Marker) (Hit, error) {
	r, err := ix.itemRecordOf(h)
	if err != nil {
		return Hit{}, err
	}
	title, heading := r.Title, ""
	if r.Heading {
		title, heading = "", r.Title
	}
	return Hit{
		ID:            h.ID,
		MeetingID:     schema.MeetingOfItem(h.ID),
		CouncilSlug:   r.Council,
		CouncilName:   ix.councilName(r.Council, r.CouncilName),
		CommitteeSlug: r.Committee,
		CommitteeName: r.CommitteeName,
		Date:          r.Date,
		ItemNumber:    r.Number,
		Title:         r.Title,
		Snippets:      snippets(ix.highlighter, m, title, heading, r.Body),
		Topics:        nonNil(r.Topics),
		Score:         h.Score,
		SourcePath:    r.File,
		CouncilURL:    r.SourceURL,
		Kind:          cmp.Or(r.Kind, schema.KindMinutes),
	}, nil
}
