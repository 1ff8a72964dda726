package search

import (
	"context"
	"fmt"
	"sort"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// Meetings returns every indexed meeting of a council ("" for all
// councils), with its items, sorted by date (undated last) then ID. It
// reads the stored meeting records in one scan, for coverage and for
// mining inspections out of the minutes.
func (ix *Index) Meetings(ctx context.Context, council string) ([]schema.Meeting, error) {
	var q bq.Query = typeQuery(engine.DocMeeting)
	if council != "" {
		q = bq.NewConjunctionQuery([]bq.Query{q, termQuery(engine.FieldCouncil, council)})
	}
	var out []schema.Meeting
	err := ix.eachMeeting(ctx, q, func(m *schema.Meeting) error {
		out = append(out, *m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list meetings of %q: %w", council, err)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
	return out, nil
}
