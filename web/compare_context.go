package web

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// compare runs a compare request for the API or the page and marks its
// thin cells (markThin). With everyYear (the page) it first gives it a
// column for every year of its range (fillYears); the API keeps the years
// that have items.
func (s *Server) compare(r *http.Request, creq search.CompareRequest, everyYear bool) (*search.CompareResult, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	res, err := s.search.Compare(ctx, creq)
	if err != nil {
		return nil, err
	}
	if everyYear {
		fillYears(res)
	}
	s.markThin(ctx, r, res)
	return res, nil
}

// markThin sets Thin and ThinReason on every compare cell whose council's
// record for a year of the cell is too thin to compare (coverage.ThinReason), so
// that a low share caused by missing minutes is not read as low concern.
// The years before a row's first minutes are not thin but not yet
// recorded (beforeFirstMinutes), and those after its last have none
// recorded since (afterLastMinutes): they are left unmarked.
// Without a ContextProvider it does nothing; a council whose coverage
// cannot be had is logged and left unmarked.
func (s *Server) markThin(ctx context.Context, r *http.Request, res *search.CompareResult) {
	if s.context == nil {
		return
	}
	for i := range res.Rows {
		row := &res.Rows[i]
		council := cmp.Or(row.CouncilSlug, row.Key)
		cov, err := s.context.Coverage(ctx, council)
		if err != nil {
			s.log.WarnContext(ctx, "coverage for thin cells", "request_id", requestID(r), "council", council, "err", err)
			continue
		}
		before, after := beforeFirstMinutes(*row), afterLastMinutes(*row)
		for j := range row.Cells {
			c := &row.Cells[j]
			if before[j] || after[j] {
				continue // no minutes yet, or none since: nothing to be thin
			}
			c.ThinReason = thinReason(*cov, row.CommitteeSlug, cellYears(*c))
			c.Thin = c.ThinReason != ""
		}
	}
}

// cellYears are the calendar years a compare cell covers: its period for
// per=year, FirstYear to LastYear for the aligned view.
func cellYears(c search.CompareCell) []string {
	if c.FirstYear == "" {
		if _, err := strconv.Atoi(c.Period); err != nil {
			return nil // "unknown"
		}
		return []string{c.Period}
	}
	first, err1 := strconv.Atoi(c.FirstYear)
	last, err2 := strconv.Atoi(c.LastYear)
	if err1 != nil || err2 != nil {
		return nil
	}
	var out []string
	for y := first; y <= last; y++ {
		out = append(out, strconv.Itoa(y))
	}
	return out
}

// thinReason joins the reasons of the thin years among years: of the
// council's record, or, given a committee (compare by committee), of that
// committee's against its own cadence.
func thinReason(cov coverage.CouncilCoverage, committee string, years []string) string {
	var reasons []string
	for _, y := range years {
		why := ""
		if committee == "" {
			why = coverage.ThinReason(cov, y)
		} else if cm, ok := cov.Committee(committee); ok {
			why = coverage.CommitteeThinReason(cm, y)
		}
		if why != "" {
			reasons = append(reasons, why)
		}
	}
	return strings.Join(reasons, "; ")
}

// alignedRange is the from and to (YYYY-MM) of an aligned compare cell:
// the months "a..b" counted from the anchor's month.
func alignedRange(anchor time.Time, period string) (from, to string, ok bool) {
	a, b, found := strings.Cut(period, "..")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !found || err1 != nil || err2 != nil {
		return "", "", false
	}
	month := time.Date(anchor.Year(), anchor.Month(), 1, 0, 0, 0, 0, time.UTC)
	return month.AddDate(0, start, 0).Format("2006-01"), month.AddDate(0, end, 0).Format("2006-01"), true
}

// periodLabel names a compare column for people: a year as it is,
// "undated" for the items whose date is unknown, an aligned span as
// "0 to 5" (months).
func periodLabel(per, period string) string {
	if period == unknownYear {
		return "undated"
	}
	if per != search.PerMonthsSinceInspection {
		return period
	}
	a, b, _ := strings.Cut(period, "..")
	return fmt.Sprintf("%s to %s", a, b)
}
