package web

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// fakeInspections are invented inspections of the fake's councils; Cheshire
// East and Middlesbrough have none.
var fakeInspections = []inspections.Inspection{
	{Council: "kent", Kind: inspections.KindFull, StartDate: "2013-02-04", PublicationDate: "2013-03-15",
		Judgement: inspections.JudgementInadequate, ReportURL: "https://example.org/kent-report", Source: "invented for tests"},
	{Council: "luton-borough", Kind: inspections.KindFull, PublicationDate: "2020-02-26",
		Judgement: inspections.JudgementInadequate, Source: "invented for tests"},
}

// fakeContext is a ContextProvider over the fake searcher: coverage is
// computed from its meetings (plus extra ones, and failed files), the
// inspections are fakeInspections and one mined candidate per Ofsted item.
type fakeContext struct {
	f        *fakeSearcher
	extra    []coverage.MeetingInfo
	failures []coverage.Failure
}

// newFakeContext gives Kent eleven more meetings in 2013 (so 2013 is not
// thin, but the cadence has a gap) and one file that failed.
func newFakeContext(f *fakeSearcher) *fakeContext {
	fc := &fakeContext{f: f}
	for _, month := range []int{1, 2, 3, 4, 5, 6, 7, 10, 11} {
		fc.extra = append(fc.extra, coverage.MeetingInfo{CouncilSlug: "kent", Council: "Kent County Council",
			CommitteeSlug: "corporate-parenting-panel", Committee: "Corporate Parenting Panel",
			Date: fmt.Sprintf("2013-%02d-13", month), Items: 5})
	}
	fc.failures = []coverage.Failure{coverage.FailureOf("kent/corporate-parenting-panel/2013-08-13.pdf", "pdf: encrypted")}
	return fc
}

func (fc *fakeContext) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	if _, err := fc.f.Council(ctx, council); err != nil {
		return nil, err
	}
	var in coverage.Input
	for _, m := range fc.f.meetings {
		if m.CouncilSlug == council {
			in.Meetings = append(in.Meetings, coverage.FromMeeting(m, false))
		}
	}
	for _, m := range fc.extra {
		if m.CouncilSlug == council {
			in.Meetings = append(in.Meetings, m)
		}
	}
	for _, f := range fc.failures {
		if f.CouncilSlug == council {
			in.Failures = append(in.Failures, f)
		}
	}
	for _, c := range coverage.Compute(in) {
		if c.Slug == council {
			return &c, nil
		}
	}
	return nil, fmt.Errorf("coverage of %q: %w", council, search.ErrNotFound)
}

func (fc *fakeContext) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	if _, err := fc.f.Council(ctx, council); err != nil {
		return nil, nil, err
	}
	var mined []inspections.Candidate
	for _, m := range fc.f.meetings {
		for _, it := range m.Items {
			if m.CouncilSlug == council && it.Number == "65" {
				mined = append(mined, inspections.Candidate{Council: council, Kind: inspections.KindFull, Judgement: inspections.JudgementInadequate,
					When: "2013-03", MeetingID: m.ID, MeetingDate: m.Date, ItemID: it.ID, URL: "/items/" + it.ID,
					Sentence: "The Panel considered the Ofsted inspection report.", Source: inspections.FromMinutes})
			}
		}
	}
	return inspections.Filter(fakeInspections, council, "", ""), mined, nil
}

// compareAligned is the fake's per=months_since_inspection: items per
// council per six months since its latest fakeInspections entry.
func (f *fakeSearcher) compareAligned(ctx context.Context, req search.CompareRequest) (*search.CompareResult, error) {
	res := &search.CompareResult{Query: req.Query, By: req.By, Per: req.Per}
	hits := f.matches(req.Request, "")
	cs, _ := f.Councils(ctx)
	buckets := map[int]bool{}
	type counts struct{ count, items int }
	per := map[string]map[int]*counts{}
	for _, c := range cs {
		insps := inspections.Filter(fakeInspections, c.Slug, req.Judgement, inspections.KindFull)
		if len(insps) == 0 {
			res.Unaligned = append(res.Unaligned, search.CompareRow{Key: c.Slug, Label: c.Name})
			continue
		}
		at, _ := insps[len(insps)-1].Date()
		per[c.Slug] = map[int]*counts{}
		for _, m := range f.meetings {
			if m.CouncilSlug != c.Slug || m.Date == "" { // undated items are left out, as in search
				continue
			}
			d, _ := time.Parse(time.DateOnly, m.Date)
			b := ((d.Year()-at.Year())*12+int(d.Month())-int(at.Month())+600)/6*6 - 600
			buckets[b] = true
			if per[c.Slug][b] == nil {
				per[c.Slug][b] = &counts{}
			}
			per[c.Slug][b].items += len(m.Items)
			for _, h := range hits {
				if h.m.ID == m.ID {
					per[c.Slug][b].count++
				}
			}
		}
		row := search.CompareRow{Key: c.Slug, Label: c.Name, Anchor: &insps[len(insps)-1]}
		res.Rows = append(res.Rows, row)
	}
	lo, hi := 1000, -1000
	for b := range buckets {
		lo, hi = min(lo, b), max(hi, b)
	}
	for b := lo; b <= hi; b += 6 {
		res.Periods = append(res.Periods, strconv.Itoa(b)+".."+strconv.Itoa(b+5))
	}
	for i := range res.Rows {
		row := &res.Rows[i]
		at, _ := row.Anchor.Date()
		for j, b := 0, lo; b <= hi; j, b = j+1, b+6 {
			cell := search.CompareCell{Period: res.Periods[j]}
			if c := per[row.Key][b]; c != nil {
				cell.Count, cell.Items = c.count, c.items
				cell.Share = float64(c.count) / float64(max(c.items, 1))
			}
			month := time.Date(at.Year(), at.Month(), 1, 0, 0, 0, 0, time.UTC)
			cell.FirstYear, cell.LastYear = month.AddDate(0, b, 0).Format("2006"), month.AddDate(0, b+5, 0).Format("2006")
			row.Total += cell.Count
			row.Cells = append(row.Cells, cell)
		}
	}
	return res, nil
}
