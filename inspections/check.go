package inspections

import "time"

// Check sets each candidate's Recorded to the inspection of the record it
// speaks of: one of the same council and kind whose start or publication
// falls within a month of the month the sentence names. Candidates that
// name no month (only a year, or no date), or match none, are left
// unrecorded: "from minutes, not in Ofsted's record". It returns a new
// slice; record is not changed.
func Check(candidates []Candidate, record []Inspection) []Candidate {
	out := make([]Candidate, len(candidates))
	for i, c := range candidates {
		out[i] = c
		out[i].Recorded = nil
		month, err := time.Parse("2006-01", c.When)
		if err != nil {
			continue
		}
		var best *Inspection
		bestGap := 2
		for j := range record {
			in := &record[j]
			if in.Council != c.Council || in.Kind != c.Kind {
				continue
			}
			for _, d := range []string{in.StartDate, in.PublicationDate} {
				t, err := time.Parse(DateLayout, d)
				if err != nil {
					continue
				}
				if gap := monthsApart(month, t); gap < bestGap {
					best, bestGap = in, gap
				}
			}
		}
		if best != nil {
			recorded := *best
			out[i].Recorded = &recorded
		}
	}
	return out
}

// monthsApart counts the calendar months between two dates' months.
func monthsApart(a, b time.Time) int {
	n := (a.Year()-b.Year())*12 + int(a.Month()) - int(b.Month())
	if n < 0 {
		return -n
	}
	return n
}
