package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// Files returns every indexed source path with the hash it was indexed at.
//
// It reads both from doc values, as the sort keys of a search over the
// meeting records (one per file), so it never decompresses a record's
// stored fields, which hold the whole meeting. An index made before the
// file_hash field existed has no such doc value; Files then reads the
// stored fields instead.
func (ix *Index) Files() (map[string]string, error) {
	ctx := context.Background()
	out := map[string]string{}
	complete := true
	err := ix.eachFileValue(ctx, engine.FieldFileHash, func(file, hash string) bool {
		if hash == bsearch.HighTerm {
			complete = false
			return false
		}
		out[file] = hash
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("list indexed files: %w", err)
	}
	if !complete {
		return ix.storedFiles(ctx)
	}
	return out, nil
}

// eachFileValue calls fn with each indexed file and the doc value of field
// on its meeting record (bsearch.HighTerm when the record has none), as the
// sort keys of a search over the meeting records, so no record's stored
// fields are read. fn returns false to stop early.
func (ix *Index) eachFileValue(ctx context.Context, field string, fn func(file, value string) bool) error {
	req := bleve.NewSearchRequestOptions(typeQuery(engine.DocMeeting), scanPage, 0, false)
	req.Score = "none"
	req.SortByCustom(bsearch.SortOrder{
		&bsearch.SortField{Field: engine.FieldFile, Type: bsearch.SortFieldAsString},
		&bsearch.SortField{Field: field, Type: bsearch.SortFieldAsString},
	})
	return ix.scan(ctx, req, func(h *bsearch.DocumentMatch) (bool, error) {
		if len(h.Sort) == 0 {
			return true, nil
		}
		value := bsearch.HighTerm
		if len(h.Sort) == 2 {
			value = h.Sort[1]
		}
		return fn(h.Sort[0], value), nil
	})
}

// storedFiles is Files from the meeting records, for an index without
// file_hash doc values.
func (ix *Index) storedFiles(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := ix.eachMeetingRecord(ctx, typeQuery(engine.DocMeeting), func(m *schema.Meeting) error {
		out[m.SourcePath] = m.Hash
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list indexed files: %w", err)
	}
	return out, nil
}
