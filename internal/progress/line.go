package progress

import (
	"fmt"
	"strings"
	"time"
)

// line is the text of the progress line: "3/12 councils, 1.8 requests/s,
// about 4m left; 140 meetings".
func (p *Printer) line(now time.Time) string {
	var b strings.Builder
	if p.total > 0 {
		fmt.Fprintf(&b, "%d/%d %s", p.done, p.total, p.unit)
	} else {
		fmt.Fprintf(&b, "%d %s", p.done, p.unit)
	}
	elapsed := now.Sub(p.start)
	work, rateUnit := p.done, p.unit
	if p.rateUnit != "" {
		work, rateUnit = p.work, p.rateUnit
	}
	if elapsed >= time.Second && work > 0 {
		fmt.Fprintf(&b, ", %s %s/s", rate(float64(work)/elapsed.Seconds()), rateUnit)
	}
	if p.total > 0 && p.done > 0 && p.done < p.total {
		if left := time.Duration(float64(elapsed) / float64(p.done) * float64(p.total-p.done)); left >= time.Second {
			fmt.Fprintf(&b, ", about %s left", round(left))
		}
	}
	if p.detail != "" {
		b.WriteString("; ")
		b.WriteString(p.detail)
	}
	return b.String()
}

// rate formats a rate with a sensible number of digits.
func rate(r float64) string {
	switch {
	case r >= 100:
		return fmt.Sprintf("%.0f", r)
	case r >= 1:
		return fmt.Sprintf("%.1f", r)
	default:
		return fmt.Sprintf("%.2f", r)
	}
}

// round shortens a duration for people: seconds under ten minutes,
// minutes under ten hours, hours beyond.
func round(d time.Duration) time.Duration {
	switch {
	case d < 10*time.Minute:
		return d.Round(time.Second)
	case d < 10*time.Hour:
		return d.Round(time.Minute)
	default:
		return d.Round(time.Hour)
	}
}
