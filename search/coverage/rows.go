package coverage

import (
	"fmt"
	"sort"
	"strconv"
)

// finish lays out a council's figures: its committees, its years (all
// committees together) and its totals.
func (c *councilTally) finish() CouncilCoverage {
	out := CouncilCoverage{Slug: c.slug, Name: c.name, Failures: c.failures, MaySplitWrong: c.lowConfidence}
	if out.MaySplitWrong == nil {
		out.MaySplitWrong = []MeetingInfo{}
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
	for _, m := range c.committees {
		cc := m.finish()
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

// finish lays out a committee's figures and finds the gaps in its cadence.
func (m *committeeTally) finish() CommitteeCoverage {
	out := CommitteeCoverage{Slug: m.slug, Name: m.name}
	if out.Name == "" {
		out.Name = m.slug
	}
	if m.slug == "" {
		out.Name = "(committee not known)"
	}
	out.MedianDays, out.Cadence, out.Gaps = findGaps(m.dates, m.known)
	for _, g := range out.Gaps {
		for _, month := range g.Missing {
			row(m.years, month[:4]).GapMonths++
		}
		from, _ := parseDate(g.From)
		to, _ := parseDate(g.To)
		for y, days := range daysByYear(from.AddDate(0, 0, 1), to.AddDate(0, 0, -1)) {
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
		out = append(out, fmt.Sprintf("%d indexed meeting(s) have no known date: counted under %q, in no year, and not used to find gaps", n, UnknownYear))
	}
	if n := c.Totals.DateInferred; n > 0 {
		out = append(out, fmt.Sprintf("%d meeting date(s) were inferred rather than printed in the minutes", n))
	}
	if n := len(c.Failures); n > 0 {
		out = append(out, fmt.Sprintf("%d file(s) could not be read: their meetings are missing from the figures", n))
	}
	for _, cm := range c.Committees {
		if cm.MedianDays == 0 && cm.Totals.Indexed > 0 {
			out = append(out, fmt.Sprintf("%s: %s", cm.Name, cm.Cadence))
		}
	}
	return out
}
