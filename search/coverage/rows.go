package coverage

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"
)

// finish lays out a council's figures: its committees, its years (all
// committees together) and its totals.
func (c *councilTally) finish() CouncilCoverage {
	out := CouncilCoverage{Slug: c.slug, Name: c.name, Failures: c.failures, MaySplitWrong: c.lowConfidence}
	if out.MaySplitWrong == nil {
		out.MaySplitWrong = []MeetingInfo{}
	}
	if out.Failures == nil { // a list in JSON, empty rather than null
		out.Failures = []Failure{}
	}
	sort.Slice(out.MaySplitWrong, func(i, j int) bool { return out.MaySplitWrong[i].File < out.MaySplitWrong[j].File })
	if out.Name == "" {
		out.Name = c.slug
	}
	if c.slug == "" {
		out.Name = "(council not known)"
	}
	years := map[string]*Counts{}
	for y, r := range c.own {
		row(years, y).add(*r)
	}
	var all []time.Time
	for _, m := range c.committees {
		all = append(all, m.dates...)
	}
	quiet := quietMonths(all)
	for _, m := range c.committees {
		cc := m.finish(quiet)
		out.Committees = append(out.Committees, cc)
		for _, y := range cc.Years {
			r := row(years, y.Year)
			gapDays := max(r.GapDays, y.GapDays)
			r.add(y.Counts)
			r.GapDays = gapDays
		}
	}
	sort.Slice(out.Committees, func(i, j int) bool { return out.Committees[i].Slug < out.Committees[j].Slug })
	out.Years = rows(years)
	for _, y := range out.Years {
		out.Totals.add(y.Counts)
	}
	for i, y := range out.Years {
		if y.Year != UnknownYear {
			out.Years[i].Thin = ThinReason(out, y.Year)
		}
	}
	out.Notes = notes(out)
	return out
}

// finish lays out a committee's figures and finds the gaps in its cadence;
// quiet are its council's quiet months.
func (m *committeeTally) finish(quiet [12]bool) CommitteeCoverage {
	out := CommitteeCoverage{Slug: m.slug, Name: m.name}
	if out.Name == "" {
		out.Name = m.slug
	}
	if m.slug == "" {
		out.Name = "(committee not known)"
	}
	if days := distinctDays(m.dates); len(days) > 0 {
		out.FirstDate, out.LastDate = days[0].Format(dateLayout), days[len(days)-1].Format(dateLayout)
	}
	cad, gaps := findGaps(m.dates, m.known, quiet)
	if gaps == nil {
		gaps = []Gap{} // a list in JSON, empty rather than null
	}
	out.Cadence, out.Gaps, out.NotHeld = cad.describe(), gaps, notHeldOf(m.known)
	if cad.judged() {
		out.MedianDays, out.NeverIn = cad.median, monthNames(cad.never)
		out.JudgedBy = "interval"
		if cad.calendar {
			out.JudgedBy, out.MeetsIn = "calendar", monthNames(cad.meetsIn)
		}
		for y := cad.first.Year(); y <= cad.last.Year(); y++ {
			row(m.years, strconv.Itoa(y)).Expected = int(math.Round(cad.expectedIn(y)))
		}
	}
	for _, g := range gaps {
		for _, month := range g.Missing {
			row(m.years, month[:4]).GapMonths++
		}
		for y, days := range cad.gapDays(g) {
			row(m.years, strconv.Itoa(y)).GapDays += days
		}
	}
	if len(m.known) > 0 {
		for _, r := range m.years {
			r.Listed = true
		}
	}
	out.Years = rows(m.years)
	for _, y := range out.Years {
		out.Totals.add(y.Counts)
	}
	return out
}

// rows lays out the years in order, filling in the years between the
// first and the last that have no figures, with UnknownYear last.
func rows(years map[string]*Counts) []YearRow {
	first, last := 0, 0
	for y := range years {
		n, err := strconv.Atoi(y)
		if err != nil {
			continue
		}
		if first == 0 || n < first {
			first = n
		}
		last = max(last, n)
	}
	var out []YearRow
	listed := false
	for _, r := range years {
		listed = listed || r.Listed
	}
	for y := first; first != 0 && y <= last; y++ {
		r := row(years, strconv.Itoa(y))
		r.Listed = r.Listed || listed
		out = append(out, YearRow{Year: strconv.Itoa(y), Counts: *r})
	}
	if r, ok := years[UnknownYear]; ok {
		out = append(out, YearRow{Year: UnknownYear, Counts: *r})
	}
	return out
}

// notes say what the figures cannot show.
func notes(c CouncilCoverage) []string {
	var out []string
	if !c.Totals.Listed {
		out = append(out, "no fetched listing: meetings held but missing from the corpus show only as gaps in a committee's cadence")
	}
	if n := c.Totals.DateUnknown; n > 0 {
		out = append(out, fmt.Sprintf("%s no known date: counted under %q, in no year, and not used to find gaps", countOf(n, "indexed meeting has", "indexed meetings have"), UnknownYear))
	}
	if n := c.Totals.DateInferred; n > 0 {
		out = append(out, fmt.Sprintf("%s inferred rather than printed in the minutes", countOf(n, "meeting date was", "meeting dates were")))
	}
	if n := len(c.Failures); n > 0 {
		out = append(out, countOf(n, "file could not be read: its meetings are", "files could not be read: their meetings are")+" missing from the figures")
	}
	first, last := "", ""
	for _, cm := range c.Committees {
		if cm.FirstDate != "" && (first == "" || cm.FirstDate < first) {
			first = cm.FirstDate
		}
		last = max(last, cm.LastDate)
	}
	for _, cm := range c.Committees {
		if cm.MedianDays == 0 && cm.Totals.Indexed > 0 {
			out = append(out, fmt.Sprintf("%s: %s", cm.Name, cm.Cadence))
			continue
		}
		if n := spanNote(cm, first, last); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// spanNote says when a committee's minutes start or end well inside its
// council's (by more than two of its usual intervals, and 6 months):
// gaps are judged only within its own span, so it may have started or
// ended then, or its other minutes may be missing.
func spanNote(cm CommitteeCoverage, first, last string) string {
	margin := max(2*cm.MedianDays, 183)
	far := func(a, b string) bool {
		da, ok1 := parseDate(a)
		db, ok2 := parseDate(b)
		return ok1 && ok2 && daysBetween(da, db) > margin
	}
	late, early := far(first, cm.FirstDate), far(cm.LastDate, last)
	if !late && !early {
		return ""
	}
	return fmt.Sprintf("%s: minutes only from %s to %s (the council's run from %s to %s); no gaps are counted outside them: it may have started or ended then, or its other minutes are missing",
		cm.Name, cm.FirstDate, cm.LastDate, first, last)
}
