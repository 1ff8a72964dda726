package search

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// Meetings returns every indexed meeting of a council ("" for all
// councils), with its items, sorted by date (undated last) then ID. It
// reads the stored meeting records in one scan, for coverage and for
// mining inspections out of the minutes.
func (ix *Index) Meetings(ctx context.Context, council string) ([]schema.Meeting, error) {
	var q bq.Query = typeQuery(docMeeting)
	if council != "" {
		q = bq.NewConjunctionQuery([]bq.Query{q, termQuery(fieldCouncil, council)})
	}
	var out []schema.Meeting
	err := ix.each(ctx, q, []string{fieldMeetingJSON}, func(id string, f map[string]any) error {
		var m schema.Meeting
		if err := json.Unmarshal([]byte(str(f[fieldMeetingJSON])), &m); err != nil {
			return fmt.Errorf("meeting %q: decode stored record: %w", id[len(meetingDocPrefix):], err)
		}
		out = append(out, m)
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
