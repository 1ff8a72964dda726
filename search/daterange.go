package search

import (
	"time"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
)

// A date range is matched on the keyword fields every dated item has
// (year, month, date_asc) rather than on a numeric date field: bleve
// indexes a date as sixteen terms of a number, which was 6% of the index
// (issue 16), while a day is at most five ranges of these keywords, each
// over a few terms: the days before the first whole month, the months
// before the first whole year, the whole years, then the months and days
// after them. The keywords sort as their dates do ("2010" < "2010-03" <
// "2011"), and an undated item's ("unknown", "9999-99-99") fall outside
// every range of the years the index filters on.

// dateRangeQuery matches the items dated from start (inclusive) to end
// (exclusive), both at midnight UTC; a zero bound is open (the first or
// last year the index filters on).
func dateRangeQuery(start, end time.Time) bq.Query {
	if start.IsZero() {
		start = time.Date(MinYear, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if end.IsZero() {
		end = time.Date(MaxYear+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var parts []bq.Query
	add := func(field, layout string, from, to time.Time) {
		lo, hi := from.Format(layout), to.Format(layout)
		inclusive, exclusive := true, false
		q := bq.NewTermRangeInclusiveQuery(lo, hi, &inclusive, &exclusive)
		q.SetField(field)
		parts = append(parts, q)
	}
	for s := start; s.Before(end); {
		switch {
		case s.YearDay() == 1 && !s.AddDate(1, 0, 0).After(end): // whole years
			e := time.Date(end.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			add(engine.FieldYear, "2006", s, e)
			s = e
		case s.Day() == 1 && !s.AddDate(0, 1, 0).After(end): // whole months
			e := time.Date(end.Year(), end.Month(), 1, 0, 0, 0, 0, time.UTC)
			if next := time.Date(s.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC); next.Before(e) {
				e = next
			}
			add(engine.FieldMonth, "2006-01", s, e)
			s = e
		default: // days
			e := time.Date(s.Year(), s.Month()+1, 1, 0, 0, 0, 0, time.UTC)
			if end.Before(e) {
				e = end
			}
			add(engine.FieldDateAsc, time.DateOnly, s, e)
			s = e
		}
	}
	switch len(parts) {
	case 0:
		return bq.NewMatchNoneQuery()
	case 1:
		return parts[0]
	}
	return bq.NewDisjunctionQuery(parts)
}
