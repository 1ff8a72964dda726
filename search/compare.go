package search

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/engine"
)

// Compare counts the items matching a query per council per year, with the
// share of the council's items that year. The denominators are the items
// that pass the same filters (council, committee, topic, dates) whatever
// the query, so the share answers "what part of this council's business
// that year was about this".
func (ix *Index) Compare(ctx context.Context, creq CompareRequest) (*CompareResult, error) {
	switch creq.By {
	case "", ByCouncil:
	case ByCommittee:
		if err := ix.checkByCommittee(creq); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: parameter \"by\": %q is not council or committee", ErrBadRequest, creq.By)
	}
	if creq.Per != "" && creq.Per != "year" && creq.Per != PerMonthsSinceInspection {
		return nil, fmt.Errorf("%w: parameter \"per\": %q is not year or %s", ErrBadRequest, creq.Per, PerMonthsSinceInspection)
	}
	req := creq.Request
	req.Page, req.Size, req.After, req.Group, req.Sort = 0, 0, nil, "", ""
	alignOn := ""
	if creq.Per == PerMonthsSinceInspection && req.RelativeTo == "" {
		// judgement chooses the inspections to align on
		alignOn, req.Judgement = req.Judgement, ""
		if alignOn != "" && !slices.Contains(inspections.Graded, alignOn) {
			return nil, fmt.Errorf("%w: parameter \"judgement\": %q is not one of %s", ErrBadRequest, alignOn, strings.Join(inspections.Graded, ", "))
		}
	} else if creq.Per == PerMonthsSinceInspection {
		alignOn = req.Judgement
	}
	req, q, none, err := ix.compile(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, ix.opts.SearchTimeout)
	defer cancel()
	f, _, err := ix.allFilters(req, true)
	if err != nil {
		return nil, err
	}
	if creq.Per == PerMonthsSinceInspection {
		res, err := ix.compareAligned(ctx, req, alignOn, q, f, none)
		if err != nil {
			return nil, err
		}
		return ix.withCouncils(req, res), nil
	}
	if creq.By == ByCommittee {
		res, err := ix.compareCommittees(ctx, req, q, f, none)
		if err != nil {
			return nil, err
		}
		res.Notes = append(res.Notes, ix.notes(req)...)
		return ix.withCouncils(req, res), nil
	}
	totals, err := ix.councilYearCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	if !none {
		if counts, err = ix.councilYearCounts(ctx, q); err != nil {
			return nil, err
		}
	}
	res, err := ix.compareMatrix(ctx, req.Query, counts, totals)
	if err != nil {
		return nil, err
	}
	res.Notes = append(res.Notes, ix.notes(req)...)
	return ix.withCouncils(req, res), nil
}

// withCouncils adds what the register knows to a compare result: each
// row's population aged 0 to 25 and its cells' counts per 10,000 of them,
// the council whose neighbours are compared, and the councils the filters
// name that have no items at all (NoMinutes).
func (ix *Index) withCouncils(req Request, res *CompareResult) *CompareResult {
	reg := ix.opts.Register
	shown := map[string]bool{}
	for _, rows := range [][]CompareRow{res.Rows, res.Unaligned} {
		for i := range rows {
			row := &rows[i]
			if row.CommitteeSlug != "" { // by committee: the population is the council's, not the committee's
				shown[row.CouncilSlug] = true
				continue
			}
			shown[row.Key] = true
			a, ok := reg.Get(row.Key)
			if !ok || a.Population0to25 <= 0 {
				continue
			}
			row.Population = a.Population0to25
			for j := range row.Cells {
				v := float64(row.Cells[j].Count) * 10000 / float64(a.Population0to25)
				row.Cells[j].Per10k = &v
			}
		}
	}
	res.Focus = req.NeighboursOf
	var named []string
	if sc, err := ix.scope(req); err == nil && sc.restricted {
		named = sc.councils
		if len(req.Councils) > 0 {
			named = slices.DeleteFunc(slices.Clone(named), func(c string) bool { return !slices.Contains(req.Councils, c) })
		}
	} else if len(req.Councils) > 0 {
		named = sortedCopy(req.Councils)
	}
	for _, c := range named {
		if shown[c] {
			continue
		}
		row := CompareRow{Key: c, Label: c, Cells: []CompareCell{}}
		if a, ok := reg.Get(c); ok {
			row.Label, row.Population = a.Name, a.Population0to25
		}
		res.NoMinutes = append(res.NoMinutes, row)
	}
	sortRows(res.NoMinutes)
	return res
}

// councilYearCounts counts the items matching q per "council|year", with
// the facet table (engine/facettable.go) rather than a bleve facet.
func (ix *Index) councilYearCounts(ctx context.Context, q bq.Query) (map[string]int, error) {
	rq, ok := q.(*engine.RankQuery)
	if !ok {
		rq = &engine.RankQuery{Inner: q}
	}
	c := *rq
	c.Demote, c.Keep, c.Tables, c.Tally = false, 0, &ix.tables, &engine.Tally{}
	sr := bleve.NewSearchRequestOptions(&c, 0, 0, false)
	sr.Score = "none"
	if _, err := ix.run(ctx, sr); err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, tc := range c.Tally.Counted(engine.FieldCouncilYear) {
		out[tc.Term] = tc.Count
	}
	return out, nil
}

// compareMatrix lays the counts out as rows (councils, by label) and
// columns (years ascending, unknown last).
func (ix *Index) compareMatrix(ctx context.Context, query string, counts, totals map[string]int) (*CompareResult, error) {
	labels, err := ix.labels(ctx)
	if err != nil {
		return nil, err
	}
	years := map[string]bool{}
	councils := map[string]bool{}
	for key := range totals {
		council, year, _ := strings.Cut(key, "|")
		councils[council], years[year] = true, true
	}
	out := &CompareResult{Query: query, By: ByCouncil, Per: "year", Periods: sortedPeriods(years), Rows: []CompareRow{}}
	for c := range councils {
		row := CompareRow{Key: c, Label: labels.label("council", c), Cells: []CompareCell{}}
		row.fillCells(out.Periods, c, counts, totals)
		out.Rows = append(out.Rows, row)
	}
	sort.Slice(out.Rows, func(i, j int) bool {
		if out.Rows[i].Label != out.Rows[j].Label {
			return out.Rows[i].Label < out.Rows[j].Label
		}
		return out.Rows[i].Key < out.Rows[j].Key
	})
	return out, nil
}

// fillCells adds the row's cell for each period, with the matching items
// and all items counted under key+"|"+period, their share, and the row's
// total.
func (row *CompareRow) fillCells(periods []string, key string, counts, totals map[string]int) {
	for _, p := range periods {
		cell := CompareCell{Period: p, Count: counts[key+"|"+p], Items: totals[key+"|"+p]}
		if cell.Items > 0 {
			cell.Share = float64(cell.Count) / float64(cell.Items)
		}
		row.Total += cell.Count
		row.Cells = append(row.Cells, cell)
	}
}
