package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
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
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(typeQuery(docMeeting), scanPage, 0, false)
		req.Score = "none"
		req.SortByCustom(bsearch.SortOrder{
			&bsearch.SortField{Field: fieldFile, Type: bsearch.SortFieldAsString},
			&bsearch.SortField{Field: fieldFileHash, Type: bsearch.SortFieldAsString},
		})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list indexed files: %w", err)
		}
		for _, h := range res.Hits {
			if len(h.Sort) != 2 || h.Sort[1] == bsearch.HighTerm {
				return ix.storedFiles(ctx)
			}
			out[h.Sort[0]] = h.Sort[1]
		}
		if len(res.Hits) < scanPage {
			return out, nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}

// storedFiles is Files for an index without file_hash doc values.
func (ix *Index) storedFiles(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := ix.each(ctx, typeQuery(docMeeting), []string{fieldFile, fieldHash}, func(_ string, f map[string]any) error {
		out[str(f[fieldFile])] = str(f[fieldHash])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list indexed files: %w", err)
	}
	return out, nil
}
