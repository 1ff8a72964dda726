package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// scanPage is how many documents each step of a full scan reads.
const scanPage = 2000

// each calls fn for every document matching q, in ID order, with the
// stored fields asked for. It pages with search_after, so its cost does
// not grow with depth.
func (ix *Index) each(ctx context.Context, q bq.Query, fields []string, fn func(id string, f map[string]any) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, scanPage, 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h.ID, h.Fields); err != nil {
				return err
			}
		}
		if len(res.Hits) < scanPage {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// typeQuery matches the documents of one kind (docItem or docMeeting).
func typeQuery(kind string) bq.Query {
	return termQuery(fieldType, kind)
}

// termQuery matches one exact keyword in a field.
func termQuery(field, value string) *bq.TermQuery {
	q := bq.NewTermQuery(value)
	q.SetField(field)
	return q
}

// str reads a stored string field; missing or other types give "".
func str(v any) string {
	s, _ := v.(string)
	return s
}
