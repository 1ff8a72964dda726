package coverage

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// history builds a committee's meeting dates: one meeting on day of each
// month from first to last (YYYY-MM) whose month is in months (nil: every
// month), less the months in drop, plus the dates in extra.
type history struct {
	first, last string
	day         int
	months      []time.Month
	drop        []string // YYYY-MM
	extra       []string // YYYY-MM-DD
}

func (h history) dates() []string {
	var out []string
	from, _ := time.Parse("2006-01", h.first)
	to, _ := time.Parse("2006-01", h.last)
	for d := from; !d.After(to); d = d.AddDate(0, 1, 0) {
		if h.months != nil && !slices.Contains(h.months, d.Month()) {
			continue
		}
		if slices.Contains(h.drop, d.Format("2006-01")) {
			continue
		}
		out = append(out, d.AddDate(0, 0, h.day-1).Format("2006-01-02"))
	}
	return append(out, h.extra...)
}

// every returns the months of the year but those named.
func allBut(skip ...time.Month) []time.Month {
	var out []time.Month
	for m := time.January; m <= time.December; m++ {
		if !slices.Contains(skip, m) {
			out = append(out, m)
		}
	}
	return out
}

// everyNDays lists dates from first every n days up to last.
func everyNDays(first, last string, n int, skip ...string) []string {
	a, _ := parseDate(first)
	b, _ := parseDate(last)
	var out []string
	for d := a; !d.After(b); d = d.AddDate(0, 0, n) {
		if !slices.Contains(skip, d.Format("2006-01")) {
			out = append(out, d.Format("2006-01-02"))
		}
	}
	return out
}

func TestCadenceHistories(t *testing.T) {
	aug := allBut(time.August)
	tests := []struct {
		name     string
		dates    []string
		others   []string // the council's other committees' meetings
		judgedBy string
		cadence  string // a part of the cadence in words
		missing  []string
	}{
		{name: "monthly with an August recess",
			dates:    history{first: "2015-01", last: "2019-12", day: 10, months: aug}.dates(),
			judgedBy: "calendar", cadence: "every month except August"},
		{name: "monthly with an August recess and one month missing",
			dates:    history{first: "2015-01", last: "2019-12", day: 10, months: aug, drop: []string{"2017-03"}}.dates(),
			judgedBy: "calendar", missing: []string{"2017-03"}},
		{name: "monthly, recess in July one year instead of August",
			dates:    history{first: "2015-01", last: "2019-12", day: 10, months: aug, drop: []string{"2018-07"}, extra: []string{"2018-08-14"}}.dates(),
			judgedBy: "calendar", cadence: "every month except August"},
		{name: "monthly with a December and an August recess, two months missing in a row",
			dates:    history{first: "2014-06", last: "2019-11", day: 20, months: allBut(time.August, time.December), drop: []string{"2016-04", "2016-05"}}.dates(),
			judgedBy: "calendar", cadence: "every month except August and December", missing: []string{"2016-04", "2016-05"}},
		{name: "bi-monthly in odd months",
			dates:    history{first: "2016-01", last: "2020-11", day: 5, months: []time.Month{1, 3, 5, 7, 9, 11}}.dates(),
			judgedBy: "calendar", cadence: "in January, March, May, July, September and November"},
		{name: "bi-monthly in odd months, one missing",
			dates:    history{first: "2016-01", last: "2020-11", day: 5, months: []time.Month{1, 3, 5, 7, 9, 11}, drop: []string{"2019-05"}}.dates(),
			judgedBy: "calendar", missing: []string{"2019-05"}},
		{name: "quarterly",
			dates:    history{first: "2016-03", last: "2021-12", day: 15, months: []time.Month{3, 6, 9, 12}}.dates(),
			judgedBy: "calendar", cadence: "in March, June, September and December"},
		{name: "quarterly, one missing",
			dates:    history{first: "2016-03", last: "2021-12", day: 15, months: []time.Month{3, 6, 9, 12}, drop: []string{"2020-06"}}.dates(),
			judgedBy: "calendar", missing: []string{"2020-06"}},
		{name: "monthly with special meetings",
			dates: history{first: "2015-01", last: "2019-12", day: 12, months: aug,
				extra: []string{"2015-02-14", "2016-03-01", "2016-03-02", "2017-11-30", "2018-02-20", "2019-06-03"}}.dates(),
			judgedBy: "calendar", cadence: "every month except August"},
		{name: "every six weeks",
			dates:    everyNDays("2015-01-07", "2019-12-31", 42),
			judgedBy: "interval", cadence: "every ~6 weeks"},
		{name: "every six weeks, four months without minutes",
			dates:    everyNDays("2015-01-07", "2019-12-31", 42, "2017-02", "2017-03", "2017-04", "2017-05"),
			judgedBy: "interval", missing: []string{"2017-02", "2017-03", "2017-04"}}, // three meetings of six weeks
		{name: "irregular, about every two months, in a council that never meets in August",
			dates: []string{"2015-03-25", "2015-05-20", "2015-07-08", "2015-09-16", "2015-12-02", "2016-02-10", "2016-04-11",
				"2016-07-04", "2016-09-12", "2016-10-24", "2016-12-05", "2017-02-06", "2017-04-24", "2017-06-21", "2017-09-11", "2017-11-09"},
			others:   history{first: "2015-01", last: "2018-12", day: 18, months: aug}.dates(),
			judgedBy: "interval", cadence: "never in August"},
		{name: "started mid-period: no gaps before its first meeting",
			dates:    history{first: "2018-06", last: "2020-12", day: 3, months: aug}.dates(),
			others:   history{first: "2014-01", last: "2020-12", day: 20, months: aug}.dates(),
			judgedBy: "calendar"},
		{name: "ended mid-period: no gaps after its last meeting",
			dates:    history{first: "2014-01", last: "2016-06", day: 3, months: aug}.dates(),
			others:   history{first: "2014-01", last: "2020-12", day: 20, months: aug}.dates(),
			judgedBy: "calendar"},
		{name: "under two years, in a council that never meets in August: no August gap",
			dates:    history{first: "2019-03", last: "2020-05", day: 3, months: aug}.dates(),
			others:   history{first: "2015-01", last: "2020-12", day: 20, months: aug}.dates(),
			judgedBy: "interval", cadence: "never in August"},
		{name: "under two years: by interval",
			dates:    history{first: "2019-01", last: "2020-06", day: 3, drop: []string{"2019-09"}}.dates(),
			judgedBy: "interval", missing: []string{"2019-09"}},
		{name: "too few meetings",
			dates:   []string{"2019-01-03", "2019-04-04"},
			cadence: "too few dated meetings (2)"},
		{name: "three meetings, two of them days apart",
			dates:   []string{"2014-04-22", "2014-05-14", "2014-05-16"},
			cadence: "too few meetings a week or more apart (2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in Input
			for _, d := range tt.dates {
				in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: "c", CommitteeSlug: "a", Committee: "A", Date: d})
			}
			for _, d := range tt.others {
				in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: "c", CommitteeSlug: "b", Committee: "B", Date: d})
			}
			cm := Compute(in)[0].Committees[0]
			if cm.JudgedBy != tt.judgedBy || !strings.Contains(cm.Cadence, tt.cadence) {
				t.Errorf("judged by %q, cadence %q; want %q, %q", cm.JudgedBy, cm.Cadence, tt.judgedBy, tt.cadence)
			}
			var missing []string
			for _, g := range cm.Gaps {
				missing = append(missing, g.Missing...)
			}
			if !reflect.DeepEqual(missing, tt.missing) {
				t.Errorf("missing %v, want %v (gaps %+v)", missing, tt.missing, cm.Gaps)
			}
			gapMonths := 0
			for _, y := range cm.Years {
				gapMonths += y.GapMonths
			}
			if gapMonths != len(tt.missing) {
				t.Errorf("gap months %d, want %d", gapMonths, len(tt.missing))
			}
		})
	}
}

// TestNoGapInAMonthNeverMet: whatever its cadence, a committee that never
// met in a month of the year over five years has no gap in it.
func TestNoGapInAMonthNeverMet(t *testing.T) {
	for _, skip := range [][]time.Month{{time.August}, {time.July, time.August}, {time.August, time.December}, {time.January, time.April, time.August}} {
		for _, drop := range [][]string{nil, {"2017-05"}, {"2016-10", "2016-11"}} {
			h := history{first: "2015-01", last: "2019-12", day: 9, months: allBut(skip...), drop: drop}
			var in Input
			for _, d := range h.dates() {
				in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: "c", CommitteeSlug: "a", Date: d})
			}
			cm := Compute(in)[0].Committees[0]
			for _, g := range cm.Gaps {
				for _, m := range g.Missing {
					if d, _ := time.Parse("2006-01", m); slices.Contains(skip, d.Month()) {
						t.Errorf("skip %v, drop %v: gap in %s", skip, drop, m)
					}
				}
			}
			if n := len(cm.Gaps); n > len(drop) {
				t.Errorf("skip %v, drop %v: %d gaps: %+v", skip, drop, n, cm.Gaps)
			}
		}
	}
}

func TestThinAgainstItsOwnNorm(t *testing.T) {
	aug := allBut(time.August)
	council := func(drop ...string) CouncilCoverage {
		var in Input
		for i, h := range []history{
			{first: "2015-01", last: "2019-12", day: 10, months: aug, drop: drop},
			{first: "2015-01", last: "2019-12", day: 17, months: aug},
			{first: "2015-03", last: "2019-12", day: 3, months: []time.Month{3, 6, 9, 12}},
		} {
			for _, d := range h.dates() {
				in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: "c", CommitteeSlug: fmt.Sprint("m", i), Committee: fmt.Sprint("M", i), Date: d})
			}
		}
		return Compute(in)[0]
	}
	full := council()
	for _, y := range full.Years {
		if y.Thin != "" || y.GapMonths != 0 || y.Expected != 26 {
			t.Errorf("complete record, %s: thin %q, %d gap months, %d expected", y.Year, y.Thin, y.GapMonths, y.Expected)
		}
	}
	// 9 of 26 expected meetings missing in 2017: over a third
	holed := council("2017-01", "2017-02", "2017-03", "2017-04", "2017-05", "2017-06", "2017-07", "2017-09", "2017-10")
	if got, want := ThinReason(holed, "2017"), "9 of the 26 meetings its committees usually hold in 2017 have no minutes (9 of them M0's)"; got != want {
		t.Errorf("2017: %q, want %q", got, want)
	}
	if got := ThinReason(holed, "2016"); got != "" {
		t.Errorf("2016: %q", got)
	}
	cm := holed.Committees[0]
	if got := CommitteeThinReason(cm, "2017"); got != "9 of the 11 meetings M0 usually holds in 2017 have no minutes" {
		t.Errorf("committee 2017: %q", got)
	}
	if got := CommitteeThinReason(cm, "2018"); got != "" {
		t.Errorf("committee 2018: %q", got)
	}
}
