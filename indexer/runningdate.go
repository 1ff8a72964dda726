package indexer

import (
	"regexp"
	"strings"
	"time"
)

// A running line's page number: "Page 2", "Page 1 of 3", "2 of 3".
var pageMark = regexp.MustCompile(`(?i)\bpage\s+\d+\b|\b\d+\s+of\s+\d+\s*$`)

// runningDate is the meeting's date when a page's running header or
// footer is the only place that prints it: "Licensing and Regulatory
// Committee – 17 June 2025 – Page 1 of 2". A line counts when it is short
// and holds a page number or the committee's name beside its one date,
// so that a closing "Date of next meeting: 8 July 2025" is never read.
// It reports false unless every such line gives the same date.
func runningDate(lines []string, committee string) (time.Time, bool) {
	var date time.Time
	found := false
	for _, l := range lines {
		if len(strings.Fields(l)) > 16 {
			continue
		}
		named := committee != "" && strings.Contains(strings.ToLower(l), strings.ToLower(committee))
		if !named && !pageMark.MatchString(l) {
			continue
		}
		ds := findDates(l)
		if len(ds) != 1 {
			continue
		}
		if found && !ds[0].Date.Equal(date) {
			return time.Time{}, false
		}
		date, found = ds[0].Date, true
	}
	return date, found
}

// lastLines is the last n non-blank lines of ls, in order: where a
// one-page document's footer is read.
func lastLines(ls []line, n int) []string {
	var out []string
	for i := len(ls) - 1; i >= 0 && len(out) < n; i-- {
		if t := strings.TrimSpace(ls[i].Text); t != "" && !ls[i].Front {
			out = append([]string{t}, out...)
		}
	}
	return out
}
