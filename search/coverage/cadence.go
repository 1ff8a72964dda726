package coverage

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// A committee's cadence is learned from its own dated meetings, in one of
// two ways:
//
//   - by month of the year, when it keeps to a calendar (monthly but not in
//     August, bi-monthly in odd months, quarterly in March, June, September
//     and December): a month of the year is one it meets in when it met in
//     that month in at least half of the years its history covers it. A
//     meeting month with no minutes is missing; a month it does not meet in
//     never is, so a summer recess is never a gap;
//   - by interval, when it does not (every six weeks, or at irregular
//     dates): the median interval between meetings, with the months of the
//     year it never met in (over two years or more) left out of the gaps.
//
// Either way it judges only from its first meeting to its last: a
// committee that started or ended mid-period has no gaps outside its life.
const (
	// minDatesForCadence is the fewest distinct meeting dates (two
	// intervals) from which a cadence is judged.
	minDatesForCadence = 3
	// minMonthsForCalendar is the shortest history, in months, from which
	// the months of the year a committee meets in are learned: every month
	// of the year is then seen at least twice.
	minMonthsForCalendar = 24
	// calendarFit: the calendar is used when the committee met in at least
	// this share of its meeting months, and held at least this share of
	// its meetings in them.
	calendarFit = 0.75
	// minInterval: meetings closer than this (a special meeting the day
	// after, an adjourned one resumed) do not set the cadence.
	minInterval = 7
	// recessChance: a month of the year a committee never met in is a
	// recess when missing it every year by chance is at most this likely.
	recessChance = 0.1
)

// GapFactor: by interval, a stretch without minutes longer than GapFactor
// times the committee's median interval (months it never meets in left
// out) is a gap.
const GapFactor = 1.75

// cadence is what a committee's history says of when it meets.
type cadence struct {
	calendar bool     // judged by month of the year (else by interval)
	meetsIn  [12]bool // by calendar: the months of the year it meets in
	never    [12]bool // months of the year it never met in that are a recess: its council's, or its own over enough years
	metIn    [12]bool // months of the year it met in at least once
	median   int      // median interval between meetings, in days
	first    time.Time
	last     time.Time
	months   int    // months its history covers, first and last included
	why      string // when there is no cadence: why not
}

// judged reports whether there is a cadence to judge gaps by.
func (c cadence) judged() bool { return c.why == "" }

// learnCadence learns a cadence from the distinct dates of a committee's
// meetings, in order. quiet are the months of the year its council
// (nearly) never meets in (quietMonths), a recess the committee keeps too
// when it never met in them.
func learnCadence(days []time.Time, quiet [12]bool) cadence {
	if len(days) < minDatesForCadence {
		return cadence{why: fmt.Sprintf("too few dated meetings (%d) to judge its cadence", len(days))}
	}
	c := cadence{first: days[0], last: days[len(days)-1]}
	var intervals []int
	for i := 1; i < len(days); i++ {
		if n := daysBetween(days[i-1], days[i]); n >= minInterval {
			intervals = append(intervals, n)
		}
	}
	if len(intervals) < minDatesForCadence-1 {
		return cadence{why: fmt.Sprintf("too few meetings a week or more apart (%d) to judge its cadence", len(intervals)+1)}
	}
	c.median = median(intervals)
	counts := monthCounts(days)
	c.months = monthIndex(c.last) - monthIndex(c.first) + 1
	seen, met := monthsSeen(c.first, c.last, counts)
	// chance is how likely the committee is to miss a given month by
	// chance: a month of the year it never met in is a recess when that
	// is unlikely over the years seen, or when its council is quiet then.
	metAll := 0
	for _, n := range met {
		metAll += n
	}
	chance := 1 - float64(metAll)/float64(c.months)
	for i := range 12 {
		c.never[i] = met[i] == 0 && ((quiet[i] && seen[i] >= 1) || (seen[i] >= 2 && math.Pow(chance, float64(seen[i])) <= recessChance))
		c.meetsIn[i] = met[i] > 0 && 2*met[i] >= seen[i]
		c.metIn[i] = met[i] > 0
	}
	c.calendar = c.months >= minMonthsForCalendar && c.fits(counts)
	return c
}

// monthsSeen counts, for each month of the year, how many times the
// history from first to last holds it, and in how many of those there was
// a meeting.
func monthsSeen(first, last time.Time, counts map[int]int) (seen, met [12]int) {
	for m := monthIndex(first); m <= monthIndex(last); m++ {
		seen[m%12]++
		if counts[m] > 0 {
			met[m%12]++
		}
	}
	return seen, met
}

// quietMonths are the months of the year in which a council, all its
// committees together, meets at most a quarter as often as in its usual
// month, over two years or more: its recess.
func quietMonths(days []time.Time) [12]bool {
	var quiet [12]bool
	days = distinctDays(days)
	if len(days) == 0 || monthIndex(days[len(days)-1])-monthIndex(days[0])+1 < minMonthsForCalendar {
		return quiet
	}
	counts := monthCounts(days)
	var held [12]int
	for m, n := range counts {
		held[m%12] += n
	}
	seen, _ := monthsSeen(days[0], days[len(days)-1], counts)
	var rates [12]float64
	var sorted []float64
	for i := range 12 {
		rates[i] = float64(held[i]) / float64(seen[i])
		sorted = append(sorted, rates[i])
	}
	sort.Float64s(sorted)
	usual := sorted[5]
	for i := range 12 {
		quiet[i] = rates[i] <= usual/4
	}
	return quiet
}

// fits reports whether the months of the year the committee meets in
// describe its history: it met in most of them, and held most of its
// meetings in them.
func (c cadence) fits(counts map[int]int) bool {
	expected, metExpected, metAll := 0, 0, 0
	for m := monthIndex(c.first); m <= monthIndex(c.last); m++ {
		if counts[m] > 0 {
			metAll++
		}
		if !c.meetsIn[m%12] {
			continue
		}
		expected++
		if counts[m] > 0 {
			metExpected++
		}
	}
	return expected > 0 && float64(metExpected) >= calendarFit*float64(expected) &&
		float64(metExpected) >= calendarFit*float64(metAll)
}

// describe says the cadence in words, with the history it was learned from.
func (c cadence) describe() string {
	if !c.judged() {
		return c.why
	}
	from := fmt.Sprintf("learned from %s of minutes, %s to %s", span(c.months), c.first.Format("2006-01"), c.last.Format("2006-01"))
	if c.calendar {
		return fmt.Sprintf("usually meets %s (%s)", c.calendarWords(), from)
	}
	s := "usually meets every " + every(c.median)
	if nv := monthNames(c.never); len(nv) > 0 {
		s += ", never in " + joinWords(nv, "or")
	}
	return s + " (" + from + ")"
}

// calendarWords names the months a committee meets in: "every month",
// "every month except August", "in March, June, September and December".
func (c cadence) calendarWords() string {
	in := monthNames(c.meetsIn)
	var out [12]bool
	for i := range 12 {
		out[i] = !c.meetsIn[i]
	}
	except := monthNames(out)
	switch {
	case len(except) == 0:
		return "every month"
	case len(except) <= 3:
		return "every month except " + joinWords(except, "and")
	default:
		return "in " + joinWords(in, "and")
	}
}

// expectedIn is how many meetings the cadence expects in a calendar year,
// within the committee's history: by calendar, its meeting months in the
// year; by interval, the year's days of history (months it never meets in
// left out) over its median interval, and its first meeting.
func (c cadence) expectedIn(year int) float64 {
	if !c.judged() {
		return 0
	}
	if c.calendar {
		n := 0
		for m := max(monthIndex(c.first), year*12); m <= min(monthIndex(c.last), year*12+11); m++ {
			if c.meetsIn[m%12] {
				n++
			}
		}
		return float64(n)
	}
	n := float64(c.activeDays(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC))) / float64(max(c.median, 1))
	if year == c.first.Year() {
		n++
	}
	return n
}

// activeDays counts the days from a to b inclusive that lie within the
// committee's history and outside the months it never meets in.
func (c cadence) activeDays(a, b time.Time) int {
	if a.Before(c.first) {
		a = c.first
	}
	if b.After(c.last) {
		b = c.last
	}
	n := 0
	for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
		if !c.never[d.Month()-1] {
			n++
		}
	}
	return n
}

// monthIndex numbers months continuously: year*12 + month-1.
func monthIndex(d time.Time) int { return d.Year()*12 + int(d.Month()) - 1 }

// monthOf is the first day of the month monthIndex numbered i.
func monthOf(i int) time.Time { return time.Date(i/12, time.Month(i%12+1), 1, 0, 0, 0, 0, time.UTC) }

// monthCounts counts meetings by monthIndex.
func monthCounts(days []time.Time) map[int]int {
	out := map[int]int{}
	for _, d := range days {
		out[monthIndex(d)]++
	}
	return out
}

func monthNames(set [12]bool) []string {
	var out []string
	for i, in := range set {
		if in {
			out = append(out, time.Month(i+1).String())
		}
	}
	return out
}

// joinWords joins words as English does: "a", "a and b", "a, b and c".
func joinWords(ws []string, and string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " " + and + " " + ws[len(ws)-1]
}

// span says a number of months in words: "8 months", "23 months", "2
// years", "5.5 years".
func span(months int) string {
	if months < 24 {
		return fmt.Sprintf("%d months", months)
	}
	half := (months + 3) / 6 // in half years, rounded
	if half%2 == 1 {
		return fmt.Sprintf("%d.5 years", half/2)
	}
	return fmt.Sprintf("%d years", half/2)
}
