package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// storedChunk is how many documents one read of stored fields names.
const storedChunk = 1000

// storedDocs reads the stored fields of the documents with the given IDs,
// keyed by ID; IDs not in the index are left out.
func (ix *Index) storedDocs(ctx context.Context, ids []string, fields []string) (map[string]*bsearch.DocumentMatch, error) {
	out := make(map[string]*bsearch.DocumentMatch, len(ids))
	for lo := 0; lo < len(ids); lo += storedChunk {
		chunk := ids[lo:min(lo+storedChunk, len(ids))]
		sr := bleve.NewSearchRequestOptions(bq.NewDocIDQuery(chunk), len(chunk), 0, false)
		sr.Score = "none"
		sr.Fields = fields
		res, err := ix.run(ctx, sr)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			out[h.ID] = h
		}
	}
	return out, nil
}

// bodyOf decodes the body stored in a match's fields; a match without one
// has an empty body.
func (ix *Index) bodyOf(h *bsearch.DocumentMatch) (itemBody, error) {
	stored := str(h.Fields[fieldBody])
	if stored == "" {
		return itemBody{}, nil
	}
	b, err := ix.body.Load().decode([]byte(stored))
	if err != nil {
		return itemBody{}, fmt.Errorf("item %s: %w", h.ID, err)
	}
	return b, nil
}

// withBodies puts back the agenda, text and decisions of the meetings'
// items, which meeting records do not hold (meetingDocument).
func (ix *Index) withBodies(ctx context.Context, meetings []*schema.Meeting) error {
	var ids []string
	for _, m := range meetings {
		for _, it := range m.Items {
			ids = append(ids, it.ID)
		}
	}
	docs, err := ix.storedDocs(ctx, ids, []string{fieldBody})
	if err != nil {
		return fmt.Errorf("read item bodies: %w", err)
	}
	for _, m := range meetings {
		for i := range m.Items {
			it := &m.Items[i]
			h, ok := docs[it.ID]
			if !ok {
				continue
			}
			b, err := ix.bodyOf(h)
			if err != nil {
				return err
			}
			it.Agenda, it.Text, it.Decisions = b.Agenda, b.Text, b.Decisions
		}
	}
	return nil
}
