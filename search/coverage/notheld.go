package coverage

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// NotHeldMeeting is a meeting a fetched listing or meeting page says was
// not held, so has no minutes to miss.
type NotHeldMeeting struct {
	Date   string `json:"date"`   // YYYY-MM-DD
	Reason string `json:"reason"` // "cancelled", "postponed" or "withdrawn"
}

// Words says it for a reader: "meeting cancelled".
func (n NotHeldMeeting) Words() string { return "meeting " + n.Reason }

// notHeldOf returns the dated meetings of known that were not held, by date.
func notHeldOf(known []KnownMeeting) []NotHeldMeeting {
	var out []NotHeldMeeting
	for _, k := range known {
		if _, ok := parseDate(k.Date); ok && k.NotHeld != "" {
			out = append(out, NotHeldMeeting{Date: k.Date, Reason: k.NotHeld})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// excuseNotHeld takes out of each gap the missing months that a meeting
// not held accounts for: each meeting not held inside a gap excuses the
// missing month nearest its date. A gap left with no missing month is
// dropped (the cadence's meeting was simply not held); one left with some
// says which meetings were not held in it.
func excuseNotHeld(gaps []Gap, notHeld []NotHeldMeeting) []Gap {
	var out []Gap
	for _, g := range gaps {
		from, _ := parseDate(g.From)
		to, _ := parseDate(g.To)
		var in []string
		for _, n := range notHeld {
			d, _ := parseDate(n.Date)
			if !d.After(from) || !d.Before(to) {
				continue
			}
			if i := nearestMonth(g.Missing, d); i >= 0 {
				g.Missing = append(g.Missing[:i:i], g.Missing[i+1:]...)
				in = append(in, n.Words()+" on "+n.Date)
			}
		}
		if len(g.Missing) == 0 {
			continue
		}
		g.NotHeld = strings.Join(in, ", ")
		out = append(out, g)
	}
	return out
}

// nearestMonth returns the index of the month (YYYY-MM) of months nearest
// d's, or -1 when months is empty.
func nearestMonth(months []string, d time.Time) int {
	best, bestDist := -1, 0
	for i, m := range months {
		t, err := time.Parse("2006-01", m)
		if err != nil {
			continue
		}
		if dist := abs(monthIndex(t) - monthIndex(d)); best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	return best
}

// notHeldWords says a gap's meetings not held, for its explanation.
func notHeldWords(g Gap) string {
	if g.NotHeld == "" {
		return ""
	}
	return fmt.Sprintf(" (%s)", g.NotHeld)
}
