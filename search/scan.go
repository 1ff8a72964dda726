package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// scanPage is how many documents each step of a full scan reads.
const scanPage = 2000

// each calls fn for every document matching q, in ID order, with the
// stored fields asked for. It pages with search_after, so its cost does
// not grow with depth.
func (ix *Index) each(ctx context.Context, q bq.Query, fields []string, fn func(id string, f map[string]any) error) error {
	req := bleve.NewSearchRequestOptions(q, scanPage, 0, false)
	req.Fields = fields
	req.SortBy([]string{"_id"})
	return ix.scan(ctx, req, func(h *bsearch.DocumentMatch) (bool, error) {
		return true, fn(h.ID, h.Fields)
	})
}

// scan runs req, a sorted search, page after page of scanPage hits, each
// page after the last hit's sort key (search_after), and calls fn with
// every hit until it returns false or an error.
func (ix *Index) scan(ctx context.Context, req *bleve.SearchRequest, fn func(h *bsearch.DocumentMatch) (bool, error)) error {
	req.Size, req.From = scanPage, 0
	for {
		idx, err := ix.reader()
		if err != nil {
			return err
		}
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if more, err := fn(h); !more || err != nil {
				return err
			}
		}
		if len(res.Hits) < scanPage {
			return nil
		}
		req.SetSearchAfter(res.Hits[len(res.Hits)-1].Sort)
	}
}

// typeQuery matches the documents of one kind (engine.DocItem or engine.DocMeeting).
func typeQuery(kind string) bq.Query {
	return termQuery(engine.FieldType, kind)
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
