package coverage

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// GapFactor: an interval between consecutive meetings longer than
// GapFactor times the committee's median interval is a gap.
const GapFactor = 1.75

// minDatesForCadence is the fewest distinct meeting dates (two intervals)
// from which a cadence is judged.
const minDatesForCadence = 3

// findGaps judges a committee's cadence from the dates of its indexed
// meetings (the median interval between consecutive distinct dates) and
// returns the intervals longer than GapFactor times it. For each gap it
// names the months in which the cadence expects the missing meetings, and
// counts the meetings a listing names inside it.
func findGaps(dates []time.Time, known []KnownMeeting) (medianDays int, cadence string, gaps []Gap) {
	days := distinctDays(dates)
	if len(days) < minDatesForCadence {
		return 0, fmt.Sprintf("too few dated meetings (%d) to judge its cadence", len(days)), nil
	}
	intervals := make([]int, len(days)-1)
	for i := 1; i < len(days); i++ {
		intervals[i-1] = daysBetween(days[i-1], days[i])
	}
	medianDays = median(intervals)
	cadence = "usually meets every " + every(medianDays)
	for i, n := range intervals {
		if float64(n) <= GapFactor*float64(medianDays) {
			continue
		}
		from, to := days[i], days[i+1]
		g := Gap{From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), MedianDays: medianDays,
			Missing: expectedMonths(from, to, medianDays)}
		for _, k := range known {
			if d, ok := parseDate(k.Date); ok && d.After(from) && d.Before(to) {
				g.ListedInGap++
			}
		}
		g.Explanation = fmt.Sprintf("%s; no minutes between %s and %s", cadence, g.From, g.To)
		if g.ListedInGap > 0 {
			g.Explanation += fmt.Sprintf(" (a listing names %s in between)", countOf(g.ListedInGap, "meeting", "meetings"))
		}
		gaps = append(gaps, g)
	}
	return medianDays, cadence, gaps
}

// expectedMonths lists the months (YYYY-MM) of the meetings the cadence
// expects between from and to: from plus one interval, two, ... while more
// than half an interval remains before to.
func expectedMonths(from, to time.Time, interval int) []string {
	var out []string
	for k := 1; ; k++ {
		d := from.AddDate(0, 0, k*interval)
		if daysBetween(d, to)*2 <= interval {
			break
		}
		m := d.Format("2006-01")
		if len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	return out
}

// every says an interval in days in words: "~6 weeks", "~3 months".
func every(days int) string {
	switch {
	case days < 10:
		return fmt.Sprintf("~%d days", days)
	case days < 63:
		return fmt.Sprintf("~%d weeks", int(math.Round(float64(days)/7)))
	default:
		return fmt.Sprintf("~%d months", int(math.Round(float64(days)/30.44)))
	}
}

func distinctDays(dates []time.Time) []time.Time {
	sorted := append([]time.Time(nil), dates...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Before(sorted[j]) })
	var out []time.Time
	for _, d := range sorted {
		if len(out) == 0 || !out[len(out)-1].Equal(d) {
			out = append(out, d)
		}
	}
	return out
}

func daysBetween(a, b time.Time) int {
	return int(math.Round(b.Sub(a).Hours() / 24))
}

// median of a non-empty list; the lower middle value for an even count,
// so that a few long gaps do not stretch the cadence.
func median(xs []int) int {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[(len(s)-1)/2]
}

// daysByYear counts the days from a to b inclusive in each calendar year.
func daysByYear(a, b time.Time) map[int]int {
	out := map[int]int{}
	for y := a.Year(); !a.After(b) && y <= b.Year(); y++ {
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		if a.After(start) {
			start = a
		}
		if b.Before(end) {
			end = b
		}
		out[y] = daysBetween(start, end) + 1
	}
	return out
}
