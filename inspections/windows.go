package inspections

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DateRange is an inclusive range of dates, YYYY-MM-DD. An empty To means
// open-ended. Inspections are the ones the range was drawn around.
type DateRange struct {
	From        string       `json:"from"`
	To          string       `json:"to"`
	Inspections []Inspection `json:"inspections"`
}

// Filter returns the inspections of a council with the given judgement and
// kind; an empty judgement or kind matches any.
func Filter(insps []Inspection, council, judgement, kind string) []Inspection {
	var out []Inspection
	for _, in := range insps {
		if in.Council != council {
			continue
		}
		if judgement != "" && in.Judgement != judgement {
			continue
		}
		if kind != "" && in.Kind != kind {
			continue
		}
		out = append(out, in)
	}
	return out
}

// Windows gives, for a council, the date ranges within months after (or,
// with after false, before) each of its inspections that sel matches
// (the zero Selector matches every one). An inspection counts from its publication date, falling back
// to its start date; inspections with neither are skipped. After covers the
// inspection date to that date plus months; before covers the date minus
// months to the day before. months <= 0 means without limit. Overlapping
// ranges are merged, and the result is sorted by date.
func Windows(insps []Inspection, council string, sel Selector, after bool, months int) []DateRange {
	type span struct {
		from, to time.Time // to.IsZero(): open-ended; from.IsZero(): from the beginning
		in       Inspection
	}
	var spans []span
	for _, in := range Filter(insps, council, "", "") {
		if !sel.Matches(in) {
			continue
		}
		d, ok := in.Date()
		if !ok {
			continue
		}
		s := span{in: in}
		switch {
		case after && months > 0:
			s.from, s.to = d, d.AddDate(0, months, 0)
		case after:
			s.from = d
		case months > 0:
			s.from, s.to = d.AddDate(0, -months, 0), d.AddDate(0, 0, -1)
		default:
			s.to = d.AddDate(0, 0, -1)
		}
		spans = append(spans, s)
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].from.Before(spans[j].from) })

	var merged []span
	var groups [][]Inspection
	for _, s := range spans {
		n := len(merged)
		if n > 0 && touches(merged[n-1].to, s.from) {
			if !merged[n-1].to.IsZero() && (s.to.IsZero() || s.to.After(merged[n-1].to)) {
				merged[n-1].to = s.to
			}
			groups[n-1] = append(groups[n-1], s.in)
			continue
		}
		merged = append(merged, s)
		groups = append(groups, []Inspection{s.in})
	}
	out := make([]DateRange, len(merged))
	for i, s := range merged {
		out[i] = DateRange{From: format(s.from), To: format(s.to), Inspections: groups[i]}
	}
	return out
}

// touches reports whether a range ending at end (zero: open-ended) reaches
// a range starting at from, or the day before it.
func touches(end, from time.Time) bool {
	return end.IsZero() || !from.After(end.AddDate(0, 0, 1))
}

func format(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// ParseWithin reads a window length in months as users write it in a
// query: "12m", "12", "18 months", "1y", "2 years". It refuses zero,
// negative and absurd (over 50 years) lengths.
func ParseWithin(s string) (int, error) {
	v := strings.ToLower(strings.Join(strings.Fields(s), ""))
	unit := 1
	for _, suffix := range []struct {
		s string
		n int
	}{{"months", 1}, {"month", 1}, {"m", 1}, {"years", 12}, {"year", 12}, {"y", 12}} {
		if strings.HasSuffix(v, suffix.s) {
			v, unit = strings.TrimSuffix(v, suffix.s), suffix.n
			break
		}
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 || n > 600 || n*unit > 600 {
		return 0, fmt.Errorf("within %q is not a number of months or years such as 12m or 2y", s)
	}
	return n * unit, nil
}
