package coverage

import (
	"fmt"
	"strconv"
	"time"
)

// ThinMeetings: a council-year with fewer indexed meetings is thin.
const ThinMeetings = 3

// Thin reports whether a council's record for a year is too thin to
// compare: see ThinReason.
func Thin(cov CouncilCoverage, year string) bool {
	return ThinReason(cov, year) != ""
}

// ThinReason says why a council's record for a year (YYYY) is thin, or ""
// when it is not: fewer than ThinMeetings meetings indexed that year, or a
// committee with no minutes for more than a third of the year where its
// cadence says it met.
func ThinReason(cov CouncilCoverage, year string) string {
	y, ok := cov.Year(year)
	if !ok || y.Indexed == 0 {
		return fmt.Sprintf("no minutes indexed in %s", year)
	}
	if y.Indexed < ThinMeetings {
		return fmt.Sprintf("only %s indexed in %s", countOf(y.Indexed, "meeting", "meetings"), year)
	}
	third := daysInYear(year) / 3
	for _, cm := range cov.Committees {
		for _, r := range cm.Years {
			if r.Year == year && r.GapDays > third {
				return fmt.Sprintf("%s has no minutes for %d days of %s where its cadence says it met", cm.Name, r.GapDays, year)
			}
		}
	}
	return ""
}

// Score is the share of a council-year the record covers, from 0 to 1: the
// indexed meetings against ThinMeetings (capped at 1), less the largest
// share of the year a committee's gaps cover.
func Score(cov CouncilCoverage, year string) float64 {
	y, ok := cov.Year(year)
	if !ok {
		return 0
	}
	s := min(1, float64(y.Indexed)/ThinMeetings) - float64(y.GapDays)/float64(daysInYear(year))
	return max(0, s)
}

func daysInYear(year string) int {
	n, err := strconv.Atoi(year)
	if err != nil {
		return 365
	}
	return time.Date(n, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
}

// countOf is "1 meeting", "2 meetings".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
