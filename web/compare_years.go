package web

import (
	"strconv"

	"github.com/councilminutes/minutes/search"
)

// maxFilledYears bounds how many columns fillYears lays out: a date
// misread centuries back must not make a map thousands of columns wide.
const maxFilledYears = 100

// fillYears gives a by-year compare a column for every year from its
// first to its last, so that the years without minutes anywhere show
// rather than being left out (which makes the columns look continuous).
// A run of two or more such years is one column ("2014–2017", its cells'
// FirstYear and LastYear naming the run), so that the map still fits a
// phone. The cells it adds count nothing: no items, no matches. Undated
// items stay last; the aligned view is left as it is.
func fillYears(res *search.CompareResult) {
	if res.Per == search.PerMonthsSinceInspection {
		return
	}
	held := map[int]bool{}
	first, last, undated := 0, 0, false
	for _, p := range res.Periods {
		y, err := strconv.Atoi(p)
		if err != nil {
			undated = undated || p == unknownYear
			continue
		}
		if len(held) == 0 || y < first {
			first = y
		}
		if len(held) == 0 || y > last {
			last = y
		}
		held[y] = true
	}
	if len(held) == 0 || last-first+1 == len(held) || last-first+1 > maxFilledYears {
		return
	}
	type span struct{ from, to int }
	var spans []span
	for y := first; y <= last; y++ {
		n := len(spans)
		if !held[y] && n > 0 && !held[spans[n-1].to] && spans[n-1].to == y-1 {
			spans[n-1].to = y
			continue
		}
		spans = append(spans, span{y, y})
	}
	var periods []string
	empty := map[string]span{}
	for _, sp := range spans {
		p := strconv.Itoa(sp.from)
		if sp.to > sp.from {
			p += "–" + strconv.Itoa(sp.to)
		}
		if !held[sp.from] {
			empty[p] = sp
		}
		periods = append(periods, p)
	}
	if undated {
		periods = append(periods, unknownYear)
	}
	for i := range res.Rows {
		row := &res.Rows[i]
		byPeriod := map[string]search.CompareCell{}
		for _, c := range row.Cells {
			byPeriod[c.Period] = c
		}
		cells := make([]search.CompareCell, 0, len(periods))
		for _, p := range periods {
			c, ok := byPeriod[p]
			if !ok {
				c = search.CompareCell{Period: p}
				if sp := empty[p]; sp.to > sp.from {
					c.FirstYear, c.LastYear = strconv.Itoa(sp.from), strconv.Itoa(sp.to)
				}
				if row.Population > 0 {
					zero := 0.0
					c.Per10k = &zero // none of a known population
				}
			}
			cells = append(cells, c)
		}
		row.Cells = cells
	}
	res.Periods = periods
}

// beforeFirstMinutes reports, for each cell of a row, whether it comes
// before the row's first period with any items at all: the council (or
// committee) has no minutes indexed yet there, which is not a thin record.
func beforeFirstMinutes(row search.CompareRow) []bool {
	out := make([]bool, len(row.Cells))
	for i, c := range row.Cells {
		if c.Period == unknownYear {
			break
		}
		if c.Items > 0 {
			return out
		}
		out[i] = true
	}
	return make([]bool, len(row.Cells)) // no dated minutes at all: nothing to be before
}

// afterLastMinutes reports, for each cell of a row, whether it comes
// after the row's last period with any items at all: the council (or
// committee) has no minutes indexed since, which is no thin record of
// those years but none (the page says "no minutes since"). The undated
// cell is never after.
func afterLastMinutes(row search.CompareRow) []bool {
	out := make([]bool, len(row.Cells))
	for i := len(row.Cells) - 1; i >= 0; i-- {
		c := row.Cells[i]
		if c.Period == unknownYear {
			continue
		}
		if c.Items > 0 {
			return out
		}
		out[i] = true
	}
	return make([]bool, len(row.Cells)) // no dated minutes at all: nothing to be after
}

// lastMinutes is the label of the row's last period with any items: what
// the cells after it say there are no minutes since.
func lastMinutes(per string, row search.CompareRow) string {
	for i := len(row.Cells) - 1; i >= 0; i-- {
		if c := row.Cells[i]; c.Period != unknownYear && c.Items > 0 {
			return periodLabel(per, c.Period)
		}
	}
	return ""
}

// emptyPeriods reports, for each period of the compare, whether no row
// has any items in it: a year without minutes indexed anywhere.
func emptyPeriods(res *search.CompareResult) []bool {
	out := make([]bool, len(res.Periods))
	for i := range out {
		out[i] = len(res.Rows) > 0
		for _, row := range res.Rows {
			if i < len(row.Cells) && row.Cells[i].Items > 0 {
				out[i] = false
				break
			}
		}
	}
	return out
}
