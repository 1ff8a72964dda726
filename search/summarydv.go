package search

import (
	"context"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/councilminutes/minutes/search/engine"
)

// summaryValue packs what meetingSummary needs of a meeting into the one
// keyword doc value of its record's summary field, so that the council
// pages never decompress the stored meeting.
func summaryValue(m meetingSummary) string {
	return strings.Join([]string{m.Council, m.CouncilName, m.Committee, m.CommitteeName, m.Date, strconv.Itoa(m.Items)}, labelSep)
}

// parseSummary reads a summaryValue back; ok is false if it is malformed.
func parseSummary(id, v string) (meetingSummary, bool) {
	p := strings.Split(v, labelSep)
	if len(p) != 6 {
		return meetingSummary{}, false
	}
	n, err := strconv.Atoi(p[5])
	if err != nil {
		return meetingSummary{}, false
	}
	return meetingSummary{ID: id, Council: p[0], CouncilName: p[1], Committee: p[2], CommitteeName: p[3], Date: p[4], Items: n}, true
}

// docValueSummaries reads every meeting's summary as the sort key of a
// search over the meeting records. ok is false when a record has no
// readable summary (an index made before the field existed).
func (ix *Index) docValueSummaries(ctx context.Context) (list []meetingSummary, ok bool, err error) {
	list = []meetingSummary{}
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(typeQuery(engine.DocMeeting), scanPage, 0, false)
		req.Score = "none"
		req.SortByCustom(bsearch.SortOrder{
			&bsearch.SortDocID{},
			&bsearch.SortField{Field: engine.FieldSummary, Type: bsearch.SortFieldAsString},
		})
		if after != nil {
			req.SetSearchAfter(after)
		}
		idx, err := ix.reader()
		if err != nil {
			return nil, false, err
		}
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, false, err
		}
		for _, h := range res.Hits {
			if len(h.Sort) != 2 {
				return nil, false, nil
			}
			m, ok := parseSummary(strings.TrimPrefix(h.ID, meetingDocPrefix), h.Sort[1])
			if !ok {
				return nil, false, nil
			}
			list = append(list, m)
		}
		if len(res.Hits) < scanPage {
			return list, true, nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
	}
}
