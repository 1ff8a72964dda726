package search

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
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

// itemRecordOf decodes the record stored in an item match's fields.
func (ix *Index) itemRecordOf(h *bsearch.DocumentMatch) (engine.ItemRecord, error) {
	var r engine.ItemRecord
	raw, err := ix.body.Load().Decompress([]byte(str(h.Fields[engine.FieldRecord])))
	if err == nil {
		err = r.Unmarshal(raw)
	}
	if err != nil {
		return r, fmt.Errorf("item %s: %w", h.ID, err)
	}
	return r, nil
}

// meetingRecord decodes the stored record of a meeting (without its
// items' bodies).
func (ix *Index) meetingRecord(id string, stored any) (*schema.Meeting, error) {
	raw, err := ix.body.Load().Decompress([]byte(str(stored)))
	if err != nil {
		return nil, fmt.Errorf("meeting %q: %w", id, err)
	}
	var m schema.Meeting
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("meeting %q: decode stored record: %w", id, err)
	}
	return &m, nil
}

// withBodies puts back what meeting records do not hold of their items
// (meetingJSON): the number, title and topics, the agenda, text and
// decisions, from the items' own records.
func (ix *Index) withBodies(ctx context.Context, meetings []*schema.Meeting) error {
	var ids []string
	for _, m := range meetings {
		for _, it := range m.Items {
			ids = append(ids, it.ID)
		}
	}
	docs, err := ix.storedDocs(ctx, ids, []string{engine.FieldRecord})
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
			r, err := ix.itemRecordOf(h)
			if err != nil {
				return err
			}
			it.Number, it.Title, it.Topics = r.Number, r.Title, r.Topics
			it.Agenda, it.Text, it.Decisions = r.Body.Agenda, r.Body.Text, r.Body.Decisions
		}
	}
	return nil
}
