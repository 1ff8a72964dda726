package coverage

import "fmt"

// ThinMeetings: a council-year with fewer indexed meetings is thin when no
// committee has a cadence to judge it by.
const ThinMeetings = 3

// ThinReason says why a council's record for a year (YYYY) is thin, or ""
// when it is not. Each council is judged against its own norm: the year
// is thin when more than a third of the meetings its committees' cadences
// expect that year have no minutes (see cadence.go: a recess, or a
// committee before it started or after it ended, expects none). When no
// committee has a cadence to judge by, it is thin with fewer than
// ThinMeetings meetings indexed.
func ThinReason(cov CouncilCoverage, year string) string {
	y, ok := cov.Year(year)
	if !ok || y.Indexed == 0 {
		return fmt.Sprintf("no minutes indexed in %s", year)
	}
	if y.Expected == 0 {
		if y.Indexed < ThinMeetings {
			return fmt.Sprintf("only %s indexed in %s, and no committee's cadence to judge by", countOf(y.Indexed, "meeting", "meetings"), year)
		}
		return ""
	}
	if 3*y.GapMonths <= y.Expected {
		return ""
	}
	worst, most := "", 0
	for _, cm := range cov.Committees {
		if r, ok := cm.Year(year); ok && r.GapMonths > most {
			worst, most = cm.Name, r.GapMonths
		}
	}
	return fmt.Sprintf("%d of the %s its committees usually hold in %s %s no minutes (%d of them %s's)",
		y.GapMonths, countOf(y.Expected, "meeting", "meetings"), year, haveOrHas(y.GapMonths), most, worst)
}

// CommitteeThinReason says why a committee's record for a year is thin
// against its own cadence, or "" when it is not: no minutes in a year its
// cadence expects meetings, or more than a third of them missing.
func CommitteeThinReason(cm CommitteeCoverage, year string) string {
	y, _ := cm.Year(year)
	switch {
	case y.Expected > 0 && y.Indexed == 0:
		return fmt.Sprintf("no minutes of %s indexed in %s, where it usually meets %s", cm.Name, year, countOf(y.Expected, "time", "times"))
	case y.Expected > 0 && 3*y.GapMonths > y.Expected:
		return fmt.Sprintf("%d of the %s %s usually holds in %s %s no minutes",
			y.GapMonths, countOf(y.Expected, "meeting", "meetings"), cm.Name, year, haveOrHas(y.GapMonths))
	}
	return ""
}

// Year returns the committee's row for a year, and false when it has none.
func (cm CommitteeCoverage) Year(year string) (YearRow, bool) {
	for _, y := range cm.Years {
		if y.Year == year {
			return y, true
		}
	}
	return YearRow{}, false
}

// countOf is "1 meeting", "2 meetings".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// haveOrHas is the verb after "n of the meetings": "1 of them has", "2 of
// them have".
func haveOrHas(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}
