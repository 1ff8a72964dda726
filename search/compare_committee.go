package search

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// Values of CompareRequest.By.
const (
	ByCouncil   = "council"   // a row per council (the default)
	ByCommittee = "committee" // a row per committee of the councils chosen
)

// checkByCommittee refuses a compare by committee that cannot be laid out
// by committee: committees are compared per year only. Without a council
// chosen (council=, neighbours_of, region, type, a cohort), every council
// with minutes sets its committees side by side, so that a corpus of one
// council needs no council named (on one real council's minutes the
// refusal was the only answer to q=greenway&by=committee).
func (ix *Index) checkByCommittee(creq CompareRequest) error {
	if creq.Per == PerMonthsSinceInspection {
		return fmt.Errorf("%w: parameter \"per\": %s aligns councils on their own inspections; by=committee compares per=year", ErrBadRequest, PerMonthsSinceInspection)
	}
	return nil
}

// compareCommittees lays out the items matching q (and the denominators,
// those matching f) per council, committee and year: a row per committee.
// With one council the rows' keys are committee slugs; with several,
// "council/committee", and each label names the council too.
func (ix *Index) compareCommittees(ctx context.Context, req Request, q, f bq.Query, none bool) (*CompareResult, error) {
	totals, err := ix.committeeYearCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	if !none {
		if counts, err = ix.committeeYearCounts(ctx, q); err != nil {
			return nil, err
		}
	}
	labels, err := ix.labels(ctx)
	if err != nil {
		return nil, err
	}
	years := map[string]bool{}
	rows := map[string]bool{} // council|committee
	councils := map[string]bool{}
	for key := range totals {
		council, rest, _ := strings.Cut(key, "|")
		committee, year, _ := strings.Cut(rest, "|")
		years[year], rows[council+"|"+committee], councils[council] = true, true, true
	}
	out := &CompareResult{Query: req.Query, By: ByCommittee, Per: "year", Periods: sortedPeriods(years), Rows: []CompareRow{}}
	for key := range rows {
		council, committee, _ := strings.Cut(key, "|")
		row := CompareRow{Key: committee, Label: labels.label("committee", committee), Cells: []CompareCell{},
			CouncilSlug: council, CouncilName: labels.label("council", council), CommitteeSlug: committee}
		row.CommitteeName = row.Label
		if len(councils) > 1 {
			row.Key = council + "/" + committee
			row.Label += " (" + row.CouncilName + ")"
		}
		row.fillCells(out.Periods, key, counts, totals)
		out.Rows = append(out.Rows, row)
	}
	sort.Slice(out.Rows, func(i, j int) bool {
		a, b := out.Rows[i], out.Rows[j]
		if a.CouncilName != b.CouncilName {
			return a.CouncilName < b.CouncilName
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.Key < b.Key
	})
	return out, nil
}

// committeeYearCounts counts the items matching q per
// "council|committee|year", from the facet table: each match's committee
// with its council_year value.
func (ix *Index) committeeYearCounts(ctx context.Context, q bq.Query) (map[string]int, error) {
	rq, ok := q.(*engine.RankQuery)
	if !ok {
		rq = &engine.RankQuery{Inner: q}
	}
	c := *rq
	t := &engine.Tally{}
	pairs := map[[2]uint32]int{}
	t.Each = func(vals []uint32) {
		committee, councilYear, found := uint32(0), uint32(0), 0
		for _, v := range vals {
			switch field, _ := t.Value(v); field {
			case engine.FieldCommittee:
				committee, found = v, found|1
			case engine.FieldCouncilYear:
				councilYear, found = v, found|2
			}
		}
		if found == 3 {
			pairs[[2]uint32{committee, councilYear}]++
		}
	}
	c.Demote, c.Keep, c.Tables, c.Tally = false, 0, &ix.tables, t
	sr := bleve.NewSearchRequestOptions(&c, 0, 0, false)
	sr.Score = "none"
	if _, err := ix.run(ctx, sr); err != nil {
		return nil, err
	}
	out := map[string]int{}
	for p, n := range pairs {
		_, councilYear := t.Value(p[1])
		_, committee := t.Value(p[0])
		council, year, _ := strings.Cut(councilYear, "|")
		out[council+"|"+committee+"|"+year] += n
	}
	return out, nil
}

// sortedPeriods orders the years of a compare: ascending, unknown last.
func sortedPeriods(years map[string]bool) []string {
	out := make([]string, 0, len(years))
	for y := range years {
		out = append(out, y)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a == engine.UnknownPeriod) != (b == engine.UnknownPeriod) {
			return b == engine.UnknownPeriod
		}
		return a < b
	})
	return out
}
