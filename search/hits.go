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

// pageHits makes the hits of a page of matches, whose stored fields
// (hitFields) the search read for the page alone, and, with a marker,
// their snippets. A second search for the page's records by ID looked
// each up in every segment's ID dictionary, twice: a tenth of a
// filtered or rare-word query.
func (ix *Index) pageHits(m *query.Marker, page []*bsearch.DocumentMatch) ([]Hit, error) {
	out := make([]Hit, 0, len(page))
	for _, h := range page {
		hit, err := ix.hit(h, m)
		if err != nil {
			return nil, err
		}
		out = append(out, hit)
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
