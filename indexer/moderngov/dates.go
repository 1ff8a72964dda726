package moderngov

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayout is the form of every date this package writes.
const dateLayout = "2006-01-02"

// serviceDateLayouts are the forms in which ModernGov's web service writes
// dates, across versions.
var serviceDateLayouts = []string{
	"02/01/2006",
	"2/1/2006",
	"02/01/2006 15:04:05",
	"2/1/2006 15:04:05",
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02 15:04:05",
}

// parseServiceDate reads a date from the web service and returns it as
// YYYY-MM-DD. Text dates ("9 May 2018") are accepted too.
func parseServiceDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range serviceDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(dateLayout), nil
		}
	}
	if d, ok := findTextDate(s); ok {
		return d, nil
	}
	return "", fmt.Errorf("unrecognised date %q", s)
}

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// textDate matches "9 May 2018", "Wednesday, 9th May, 2018", "09-May-2018".
var textDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?[\s,\-./]+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[\s,\-./]+(\d{4})\b`)

// numericDate matches "13/11/2017", "13.11.17", "13-11-2017".
var numericDate = regexp.MustCompile(`\b(\d{1,2})[./_-](\d{1,2})[./_-](\d{2}|\d{4})\b`)

// findTextDate returns the first date written in words in s, as YYYY-MM-DD.
func findTextDate(s string) (string, bool) {
	m := textDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	day, _ := strconv.Atoi(m[1])
	year, _ := strconv.Atoi(m[3])
	month := months[strings.ToLower(m[2])]
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "", false // 31 June and the like
	}
	return t.Format(dateLayout), true
}

// findNumericDate returns the first date written in figures, day first as
// in the UK ("05/03/2024", "5.3.24"), in s, as YYYY-MM-DD.
func findNumericDate(s string) (string, bool) {
	for _, m := range numericDate.FindAllStringSubmatch(s, -1) {
		day, month, year := numericParts(m)
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month >= 1 && month <= 12 && t.Day() == day {
			return t.Format(dateLayout), true
		}
	}
	return "", false
}

// numericParts reads the day, month and year of a numericDate match, a
// two-figure year taken as this century's ("5.3.24" is 2024).
func numericParts(m []string) (day, month, year int) {
	day, _ = strconv.Atoi(m[1])
	month, _ = strconv.Atoi(m[2])
	year, _ = strconv.Atoi(m[3])
	if year < 100 {
		year += 2000
	}
	return day, month, year
}

// window is an inclusive range of dates, as YYYY-MM-DD strings (which sort
// as dates do).
type window struct {
	from, to string
}

// contains reports whether the YYYY-MM-DD date d lies in the window.
func (w window) contains(d string) bool {
	return d >= w.from && d <= w.to
}

// parseWindow turns --from and --to (YYYY, YYYY-MM or YYYY-MM-DD) into an
// inclusive window. An empty from means 2000-01-01, an empty to means today.
func parseWindow(from, to string, today time.Time) (window, error) {
	w := window{from: "2000-01-01", to: today.Format(dateLayout)}
	if from != "" {
		t, _, err := parsePartialDate(from)
		if err != nil {
			return window{}, badOption("--from: %w", err)
		}
		w.from = t.Format(dateLayout)
	}
	if to != "" {
		t, unit, err := parsePartialDate(to)
		if err != nil {
			return window{}, badOption("--to: %w", err)
		}
		w.to = endOf(t, unit).Format(dateLayout)
	}
	if w.from > w.to {
		return window{}, badOption("--from %s is after --to %s", w.from, w.to)
	}
	return w, nil
}

// parsePartialDate reads YYYY, YYYY-MM or YYYY-MM-DD and says which it was
// ("year", "month" or "day").
func parsePartialDate(s string) (time.Time, string, error) {
	for _, f := range []struct{ layout, unit string }{
		{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"},
	} {
		if len(s) == len(f.layout) {
			if t, err := time.Parse(f.layout, s); err == nil {
				return t, f.unit, nil
			}
		}
	}
	return time.Time{}, "", fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// endOf returns the last day of the year or month that t starts.
func endOf(t time.Time, unit string) time.Time {
	switch unit {
	case "year":
		return t.AddDate(1, 0, -1)
	case "month":
		return t.AddDate(0, 1, -1)
	}
	return t
}

// serviceDate writes a YYYY-MM-DD date as the web service wants it,
// dd/mm/yyyy.
func serviceDate(d string) string {
	t, err := time.Parse(dateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("02/01/2006")
}

// mentionsDate reports whether free text (a document title or file name)
// names the date d (YYYY-MM-DD) in any of the ways councils write it:
// "13 November 2017", "13th-Nov-2017", "13/11/2017", "13.11.17", "2017-11-13".
func mentionsDate(text, d string) bool {
	t, err := time.Parse(dateLayout, d)
	if err != nil {
		return false
	}
	lower := strings.ToLower(text)
	for _, m := range textDate.FindAllStringSubmatch(lower, -1) {
		day, _ := strconv.Atoi(m[1])
		year, _ := strconv.Atoi(m[3])
		if day == t.Day() && year == t.Year() && months[m[2]] == t.Month() {
			return true
		}
	}
	for _, m := range numericDate.FindAllStringSubmatch(lower, -1) {
		day, month, year := numericParts(m)
		if day == t.Day() && month == int(t.Month()) && year == t.Year() {
			return true
		}
	}
	return strings.Contains(lower, d) || strings.Contains(lower, t.Format("20060102"))
}
