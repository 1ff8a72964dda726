package coverage

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// findGaps learns a committee's cadence from the dates of its indexed
// meetings (cadence.go) and returns the stretches where it says minutes
// are missing. For each gap it names the months in which the cadence
// expects the missing meetings, and counts the meetings a listing names
// inside it. quiet are its council's quiet months (quietMonths).
func findGaps(dates []time.Time, known []KnownMeeting, quiet [12]bool) (cadence, []Gap) {
	days := distinctDays(dates)
	c := learnCadence(days, quiet)
	if !c.judged() {
		return c, nil
	}
	var gaps []Gap
	if c.calendar {
		gaps = c.calendarGaps(days)
	} else {
		gaps = c.intervalGaps(days)
	}
	gaps = excuseNotHeld(gaps, notHeldOf(known))
	for i := range gaps {
		g := &gaps[i]
		from, _ := parseDate(g.From)
		to, _ := parseDate(g.To)
		for _, k := range known {
			if d, ok := parseDate(k.Date); ok && k.NotHeld == "" && d.After(from) && d.Before(to) {
				g.ListedInGap++
			}
		}
		g.Explanation = fmt.Sprintf("no minutes for %s, where it usually meets %s; none between %s and %s",
			monthList(g.Missing), c.short(), g.From, g.To)
		if g.ListedInGap > 0 {
			g.Explanation += fmt.Sprintf(" (a listing names %s in between)", countOf(g.ListedInGap, "meeting", "meetings"))
		}
		g.Explanation += notHeldWords(*g)
	}
	return c, gaps
}

// calendarGaps finds the months the committee meets in that have no
// minutes. A meeting held in a month next to one of them, beyond what
// that month usually holds (in a month it does not meet in, or a second
// meeting where it holds one), is taken for the missing one moved: a
// recess taken in July instead of August one year is not a gap. Missing
// months with no meeting between them make one gap.
func (c cadence) calendarGaps(days []time.Time) []Gap {
	counts := monthCounts(days)
	var held []int
	for _, n := range counts {
		held = append(held, n)
	}
	usual := median(held)
	surplus := func(m int) bool {
		return counts[m] > 0 && (!c.meetsIn[m%12] || counts[m] > usual)
	}
	used := map[int]bool{}
	var missing []int
	for m := monthIndex(c.first); m <= monthIndex(c.last); m++ {
		if !c.meetsIn[m%12] || counts[m] > 0 {
			continue
		}
		switch {
		case surplus(m-1) && !used[m-1]:
			used[m-1] = true
		case surplus(m+1) && !used[m+1]:
			used[m+1] = true
		default:
			missing = append(missing, m)
		}
	}
	var gaps []Gap
	for _, m := range missing {
		before, after := around(days, monthOf(m))
		month := monthOf(m).Format("2006-01")
		if len(gaps) > 0 && gaps[len(gaps)-1].To == after.Format("2006-01-02") {
			g := &gaps[len(gaps)-1]
			g.Missing = append(g.Missing, month)
			continue
		}
		gaps = append(gaps, Gap{From: before.Format("2006-01-02"), To: after.Format("2006-01-02"),
			Missing: []string{month}, MedianDays: c.median})
	}
	return gaps
}

// intervalGaps finds the intervals between meetings longer than GapFactor
// times the median, not counting the months the committee never meets in,
// and the months in which the median interval expects the missing
// meetings (again leaving those months out). With two years of history or
// more, they are placed in the months of the year the committee has met
// in, spread evenly, and there are at most as many as those months in the
// gap: an irregular committee is not said to miss a meeting in a month it
// has never held one.
func (c cadence) intervalGaps(days []time.Time) []Gap {
	var gaps []Gap
	for i := 1; i < len(days); i++ {
		from, to := days[i-1], days[i]
		active := c.activeDays(from.AddDate(0, 0, 1), to)
		if float64(active) <= GapFactor*float64(c.median) {
			continue
		}
		var missing []string
		for _, m := range expectedMonths(from, to, c.median) {
			if d, _ := time.Parse("2006-01", m); !c.never[d.Month()-1] {
				missing = append(missing, m)
			}
		}
		if c.months >= minMonthsForCalendar {
			missing = c.placed(from, to, missing)
		}
		if len(missing) == 0 {
			continue
		}
		gaps = append(gaps, Gap{From: from.Format("2006-01-02"), To: to.Format("2006-01-02"), Missing: missing, MedianDays: c.median})
	}
	return gaps
}

// placed moves each expected month (YYYY-MM) in which the committee has
// never met to the nearest month strictly between from's and to's in
// which it has (and that is not a recess), at most one meeting a month,
// dropping those that find none.
func (c cadence) placed(from, to time.Time, expected []string) []string {
	used := map[int]bool{}
	var moved []int
	for _, e := range expected {
		d, _ := time.Parse("2006-01", e)
		if m := monthIndex(d); c.metIn[m%12] && !used[m] {
			used[m] = true
		} else {
			moved = append(moved, m)
		}
	}
	for _, m := range moved {
		best := -1
		for k := monthIndex(from) + 1; k < monthIndex(to); k++ {
			if c.metIn[k%12] && !c.never[k%12] && !used[k] && (best < 0 || abs(k-m) < abs(best-m)) {
				best = k
			}
		}
		if best >= 0 {
			used[best] = true
		}
	}
	var out []int
	for m := range used {
		out = append(out, m)
	}
	sort.Ints(out)
	months := make([]string, len(out))
	for i, m := range out {
		months[i] = monthOf(m).Format("2006-01")
	}
	return months
}

func abs(n int) int { return max(n, -n) }

// gapDays counts, by year, the days a gap leaves without minutes where the
// cadence says the committee met: by calendar, the days of its missing
// months; by interval, the days between its meetings outside the months
// the committee never meets in.
func (c cadence) gapDays(g Gap) map[int]int {
	out := map[int]int{}
	if c.calendar {
		for _, month := range g.Missing {
			d, err := time.Parse("2006-01", month)
			if err == nil {
				out[d.Year()] += d.AddDate(0, 1, -1).Day()
			}
		}
		return out
	}
	from, _ := parseDate(g.From)
	to, _ := parseDate(g.To)
	for d := from.AddDate(0, 0, 1); d.Before(to); d = d.AddDate(0, 0, 1) {
		if !c.never[d.Month()-1] {
			out[d.Year()]++
		}
	}
	return out
}

// around returns the last meeting before the month starting at start and
// the first one after it (days are sorted; the month has none).
func around(days []time.Time, start time.Time) (before, after time.Time) {
	i := sort.Search(len(days), func(i int) bool { return !days[i].Before(start) })
	return days[max(i-1, 0)], days[min(i, len(days)-1)]
}

// short says the cadence in a few words, for a gap's explanation.
func (c cadence) short() string {
	if c.calendar {
		return c.calendarWords()
	}
	return "every " + every(c.median)
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

// monthList names months for people: "2019-05", "2019-05 and 2019-06".
func monthList(months []string) string {
	return joinWords(months, "and")
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
