package inspections

import (
	"reflect"
	"testing"
)

func fixture() []Inspection {
	return []Inspection{
		{Council: "luton", Kind: KindFull, StartDate: "2020-01-13", PublicationDate: "2020-02-26", Judgement: JudgementInadequate, Source: "t"},
		{Council: "luton", Kind: KindMonitoringVisit, StartDate: "2020-10-06", Judgement: JudgementNone, Source: "t"},
		{Council: "luton", Kind: KindFull, StartDate: "2016-05-09", Judgement: JudgementInadequate, Source: "t"}, // no publication date
		{Council: "luton", Kind: KindFull, StartDate: "2016-11-01", Judgement: JudgementInadequate, Source: "t"},
		{Council: "kent", Kind: KindFull, PublicationDate: "2017-03-01", Judgement: JudgementGood, Source: "t"},
	}
}

func TestWindows(t *testing.T) {
	insps := fixture()
	tests := []struct {
		name      string
		council   string
		judgement string
		after     bool
		months    int
		want      [][2]string
	}{
		{"12 months after inadequate, overlapping merged", "luton", JudgementInadequate, true, 12,
			[][2]string{{"2016-05-09", "2017-11-01"}, {"2020-02-26", "2021-02-26"}}},
		{"6 months before inadequate", "luton", JudgementInadequate, false, 6,
			// 2015-11-09..2016-05-08 and 2016-05-01..2016-10-31 overlap and merge.
			[][2]string{{"2015-11-09", "2016-10-31"}, {"2019-08-26", "2020-02-25"}}},
		{"any judgement, 3 months after", "luton", "", true, 3,
			[][2]string{{"2016-05-09", "2016-08-09"}, {"2016-11-01", "2017-02-01"}, {"2020-02-26", "2020-05-26"}, {"2020-10-06", "2021-01-06"}}},
		{"no limit after", "kent", JudgementGood, true, 0, [][2]string{{"2017-03-01", ""}}},
		{"no limit before", "kent", "", false, 0, [][2]string{{"", "2017-02-28"}}},
		{"no match", "kent", JudgementInadequate, true, 12, nil},
		{"other council", "luton-x", "", true, 12, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][2]string
			for _, r := range Windows(insps, tt.council, Selector{Judgement: tt.judgement}, tt.after, tt.months) {
				got = append(got, [2]string{r.From, r.To})
				if len(r.Inspections) == 0 {
					t.Errorf("range %v names no inspection", r)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseWithin(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"12m", 12, true}, {"12", 12, true}, {"18 months", 18, true}, {"1y", 12, true}, {"2 years", 24, true},
		{"1 month", 1, true}, {"0", 0, false}, {"-3m", 0, false}, {"", 0, false}, {"twelve", 0, false},
		{"12w", 0, false}, {"51y", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseWithin(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseWithin(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseWithin(f *testing.F) {
	for _, s := range []string{"12m", "2 years", "1y", "600", "0", "-1m", "99999999999999999999y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseWithin(s)
		if err == nil && (n <= 0 || n > 600) {
			t.Fatalf("ParseWithin(%q) = %d, want 1-600 months", s, n)
		}
	})
}
