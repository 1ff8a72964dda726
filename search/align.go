package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/engine"
)

// PerMonthsSinceInspection is the CompareRequest.Per that aligns councils
// on their latest matching inspection.
const PerMonthsSinceInspection = "months_since_inspection"

// AlignBucketMonths is the width of a column of the aligned compare view.
const AlignBucketMonths = 6

// compareAligned counts matching items per council per bucket of months
// since the council's latest full inspection with the judgement (any
// judgement when ""): "-6..-1" is the six months before it, "0..5" the
// month of the inspection and the five after. Councils without such an
// inspection are listed apart; undated items are left out.
func (ix *Index) compareAligned(ctx context.Context, req Request, judgement string, q, f bq.Query, none bool) (*CompareResult, error) {
	byCouncil, err := ix.councilYearCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	labels, err := ix.labels(ctx)
	if err != nil {
		return nil, err
	}
	out := &CompareResult{Query: req.Query, By: "council", Per: PerMonthsSinceInspection, Periods: []string{}, Rows: []CompareRow{}}
	what := "full inspection"
	if judgement != "" {
		what = judgement + " " + what
	}
	out.Notes = append(out.Notes, fmt.Sprintf("councils aligned on their latest recorded %s (month 0); columns are %d-month spans; items without a date are left out", what, AlignBucketMonths))
	out.Notes = append(out.Notes, ix.notes(req)...)
	counted := map[string]int{} // council -> matching items (all years)
	if !none {
		cy, err := ix.councilYearCounts(ctx, q)
		if err != nil {
			return nil, err
		}
		for key, n := range cy {
			counted[councilOf(key)] += n
		}
	}
	councils := map[string]bool{}
	for key := range byCouncil {
		councils[councilOf(key)] = true
	}
	buckets := map[int]bool{}
	type aligned struct {
		row            CompareRow
		anchor         time.Time
		counts, totals map[int]int
	}
	var rows []aligned
	for c := range councils {
		row := CompareRow{Key: c, Label: labels.label("council", c), Cells: []CompareCell{}, Total: counted[c]}
		anchor, ok := latest(inspections.Filter(ix.opts.Inspections, c, judgement, inspections.KindFull))
		if !ok {
			out.Unaligned = append(out.Unaligned, row)
			continue
		}
		row.Anchor = &anchor
		at, _ := anchor.Date()
		a := aligned{row: row, anchor: at, counts: map[int]int{}, totals: map[int]int{}}
		council := termQuery(engine.FieldCouncil, c)
		totals, err := ix.monthCounts(ctx, bq.NewConjunctionQuery([]bq.Query{f, council}))
		if err != nil {
			return nil, err
		}
		counts := map[string]int{}
		if !none {
			if counts, err = ix.monthCounts(ctx, bq.NewConjunctionQuery([]bq.Query{q, council})); err != nil {
				return nil, err
			}
		}
		for month, n := range totals {
			b, ok := bucketOf(at, month)
			if !ok {
				continue
			}
			buckets[b] = true
			a.totals[b] += n
			a.counts[b] += counts[month]
		}
		rows = append(rows, a)
	}
	// every bucket from the first to the last, so that spans without
	// minutes show as such
	var order []int
	if len(buckets) > 0 {
		lo, hi := math.MaxInt, math.MinInt
		for b := range buckets {
			lo, hi = min(lo, b), max(hi, b)
		}
		for b := lo; b <= hi; b += AlignBucketMonths {
			order = append(order, b)
		}
	}
	for _, b := range order {
		out.Periods = append(out.Periods, bucketLabel(b))
	}
	for _, a := range rows {
		a.row.Total = 0
		for _, b := range order {
			cell := CompareCell{Period: bucketLabel(b), Count: a.counts[b], Items: a.totals[b]}
			cell.FirstYear, cell.LastYear = bucketYears(a.anchor, b)
			if cell.Items > 0 {
				cell.Share = float64(cell.Count) / float64(cell.Items)
			}
			a.row.Total += cell.Count
			a.row.Cells = append(a.row.Cells, cell)
		}
		out.Rows = append(out.Rows, a.row)
	}
	sortRows(out.Rows)
	sortRows(out.Unaligned)
	return out, nil
}

// monthCounts counts the items matching q per month (YYYY-MM); undated
// items are left out.
func (ix *Index) monthCounts(ctx context.Context, q bq.Query) (map[string]int, error) {
	sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	sr.AddFacet("m", bleve.NewFacetRequest(engine.FieldMonth, facetSize))
	res, err := ix.run(ctx, sr)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	if fr := res.Facets["m"]; fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			if t.Term != engine.UnknownPeriod {
				out[t.Term] = t.Count
			}
		}
	}
	return out, nil
}

// latest returns the inspection with the latest date.
func latest(insps []inspections.Inspection) (inspections.Inspection, bool) {
	var best inspections.Inspection
	var bestDate time.Time
	found := false
	for _, in := range insps {
		d, ok := in.Date()
		if ok && (!found || d.After(bestDate)) {
			best, bestDate, found = in, d, true
		}
	}
	return best, found
}

// bucketOf returns the first month offset of the bucket holding month
// (YYYY-MM), counted in calendar months from the anchor's month.
func bucketOf(anchor time.Time, month string) (int, bool) {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return 0, false
	}
	offset := (t.Year()-anchor.Year())*12 + int(t.Month()) - int(anchor.Month())
	b := offset / AlignBucketMonths
	if offset < 0 && offset%AlignBucketMonths != 0 {
		b-- // floor, not truncation
	}
	return b * AlignBucketMonths, true
}

// bucketLabel names a bucket by its first and last month offset: "-6..-1".
func bucketLabel(start int) string {
	return strconv.Itoa(start) + ".." + strconv.Itoa(start+AlignBucketMonths-1)
}

// councilOf is the council of a "council|year" facet term.
func councilOf(key string) string {
	for i := 0; i < len(key); i++ {
		if key[i] == '|' {
			return key[:i]
		}
	}
	return key
}

// bucketYears are the calendar years of the first and last month of the
// bucket starting start months after the anchor's month.
func bucketYears(anchor time.Time, start int) (first, last string) {
	month := time.Date(anchor.Year(), anchor.Month(), 1, 0, 0, 0, 0, time.UTC)
	return month.AddDate(0, start, 0).Format("2006"), month.AddDate(0, start+AlignBucketMonths-1, 0).Format("2006")
}

// sortRows orders rows by label, then key.
func sortRows(rows []CompareRow) {
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Label != rows[j].Label {
			return rows[i].Label < rows[j].Label
		}
		return rows[i].Key < rows[j].Key
	})
}
