package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// bigCouncil is a searcher and context provider for one council of about
// 1,100 meetings over ten years (15 committees: monthly but not in August,
// bi-monthly, quarterly), of the register, with three inspections and
// twenty mentions mined from its minutes, all worked out in advance, as
// research.Context keeps them: a council page then costs what the web
// layer does per request. Its Council answer is made up rather than read
// from an index of 10,000 items, which would take longer to build than the
// benchmark runs; other councils are the test index's.
type bigCouncil struct {
	search.Searcher
	c       search.Council
	cov     *coverage.CouncilCoverage
	sourced []inspections.Inspection
	mined   []inspections.Candidate
}

func newBigCouncil(tb testing.TB) *bigCouncil {
	b := &bigCouncil{Searcher: testIndex(tb)}
	a := testAuthorities()[0] // kent
	b.c = search.Council{Slug: "kent", Name: "Kent County Council", Register: &a, Committees: []search.CommitteeSummary{}}
	var in coverage.Input
	committees := map[string]int{}
	for k := range 15 {
		name := fmt.Sprintf("Committee number %d of the council", k)
		for y := 2014; y <= 2023; y++ {
			for m := 1; m <= 12; m++ {
				if m == 8 || (k >= 6 && k < 11 && m%2 == 0) || (k >= 11 && m%3 != 0) {
					continue
				}
				date := fmt.Sprintf("%d-%02d-%02d", y, m, 3+k)
				id := fmt.Sprintf("kent--committee-%d--%s", k, date)
				b.c.MeetingList = append(b.c.MeetingList, search.MeetingSummary{ID: id, Date: date, CommitteeSlug: fmt.Sprintf("committee-%d", k),
					CommitteeName: name, Items: 9})
				in.Meetings = append(in.Meetings, coverage.MeetingInfo{CouncilSlug: "kent", Council: b.c.Name,
					CommitteeSlug: fmt.Sprintf("committee-%d", k), Committee: name, Date: date, Items: 9})
				committees[name]++
				b.c.Meetings++
				b.c.Items += 9
			}
		}
	}
	slices.SortFunc(b.c.MeetingList, func(x, y search.MeetingSummary) int { return strings.Compare(y.Date, x.Date) }) // as search.Council lists them
	for name, n := range committees {
		b.c.Committees = append(b.c.Committees, search.CommitteeSummary{Slug: name, Name: name, Meetings: n})
	}
	b.c.FirstDate, b.c.LastDate = "2014-01-03", "2023-12-17"
	b.cov = &coverage.Compute(in)[0]
	for i, d := range []string{"2015-03-02", "2018-11-12", "2022-06-20"} {
		b.sourced = append(b.sourced, inspections.Inspection{Council: "kent", Kind: inspections.KindFull, PublicationDate: d,
			Judgement: inspections.Graded[i%len(inspections.Graded)], ReportURL: "https://example.org/report", Source: "invented for tests"})
	}
	for i := range 20 {
		day := time.Date(2014, 5, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i*5, 0).Format("2006-01-02")
		b.mined = append(b.mined, inspections.Candidate{Council: "kent", Kind: inspections.KindFull, MeetingDate: day, When: day[:7],
			ItemID: "kent--x--" + day + "--i01", URL: "/items/kent--x--" + day + "--i01", Source: inspections.FromMinutes,
			Sentence: "Following the Ofsted inspection, the service was judged to require improvement."})
	}
	return b
}

func (b *bigCouncil) Council(ctx context.Context, slug string) (*search.Council, error) {
	if slug != "kent" {
		return b.Searcher.Council(ctx, slug)
	}
	c := b.c
	return &c, nil
}

func (b *bigCouncil) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	return b.cov, nil
}

func (b *bigCouncil) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	return b.sourced, inspections.Check(b.mined, b.sourced), nil
}

// BenchmarkCouncilPage renders the page of a council of about 1,100
// meetings whose coverage and inspections are already worked out; it
// reports the page's size.
func BenchmarkCouncilPage(b *testing.B) {
	big := newBigCouncil(b)
	s, err := New(Config{Searcher: big, Context: big, Version: "bench", Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/councils/kent", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size)/1024, "KB/page")
}
