package coverage

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// monthly is a committee meeting on the 10th of every month of 2022 and
// 2023 but those of skip.
func monthly(skip ...string) Input {
	var in Input
	for y := 2022; y <= 2023; y++ {
		for m := 1; m <= 12; m++ {
			d := fmt.Sprintf("%d-%02d-10", y, m)
			if slices.Contains(skip, d[:7]) {
				continue
			}
			in.Meetings = append(in.Meetings, MeetingInfo{CouncilSlug: "northshire", Council: "Northshire",
				CommitteeSlug: "cpp", Committee: "CPP", Date: d, DateSource: schema.DateFromText, Items: 3})
		}
	}
	return in
}

// TestNotHeldIsNoGap: a month without minutes because its meeting was
// cancelled is no gap; its cancelled meeting is listed instead, and
// counted in its year. A gap with other months missing keeps them and
// says which meeting was not held.
func TestNotHeldIsNoGap(t *testing.T) {
	cancelled := func(date string) KnownMeeting {
		return KnownMeeting{CouncilSlug: "northshire", CommitteeSlug: "cpp", MeetingID: "9", Date: date, NotHeld: "cancelled"}
	}
	tests := []struct {
		name        string
		skip        []string
		known       []KnownMeeting
		missing     [][]string // each gap's missing months
		explains    string     // in the first gap's explanation
		notHeld     []NotHeldMeeting
		gapMonths23 int
	}{
		{name: "missing month, nothing known", skip: []string{"2023-03"},
			missing: [][]string{{"2023-03"}}, explains: "no minutes for 2023-03", gapMonths23: 1},
		{name: "missing month, its meeting cancelled", skip: []string{"2023-03"}, known: []KnownMeeting{cancelled("2023-03-10")},
			notHeld: []NotHeldMeeting{{Date: "2023-03-10", Reason: "cancelled"}}},
		{name: "two missing, one cancelled", skip: []string{"2023-03", "2023-04"}, known: []KnownMeeting{cancelled("2023-03-10")},
			missing: [][]string{{"2023-04"}}, explains: "(meeting cancelled on 2023-03-10)",
			notHeld: []NotHeldMeeting{{Date: "2023-03-10", Reason: "cancelled"}}, gapMonths23: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := monthly(tt.skip...)
			in.Known = tt.known
			cm := Compute(in)[0].Committees[0]
			var missing [][]string
			for _, g := range cm.Gaps {
				missing = append(missing, g.Missing)
			}
			if !reflect.DeepEqual(missing, tt.missing) {
				t.Fatalf("gaps %+v, want missing %v", cm.Gaps, tt.missing)
			}
			if tt.explains != "" && !strings.Contains(cm.Gaps[0].Explanation, tt.explains) {
				t.Errorf("explanation %q, want it to say %q", cm.Gaps[0].Explanation, tt.explains)
			}
			if !reflect.DeepEqual(cm.NotHeld, tt.notHeld) {
				t.Errorf("not held %+v, want %+v", cm.NotHeld, tt.notHeld)
			}
			var table bytes.Buffer
			if err := WriteTable(&table, Compute(in)); err != nil {
				t.Fatal(err)
			}
			for _, n := range tt.notHeld {
				if want := "not held  CPP: " + n.Date + ": meeting " + n.Reason; !strings.Contains(table.String(), want) {
					t.Errorf("the coverage table lacks %q:\n%s", want, table.String())
				}
			}
			y, _ := Compute(in)[0].Year("2023")
			if y.GapMonths != tt.gapMonths23 || y.NotHeld != len(tt.notHeld) || y.ListedNoMinutes != 0 {
				t.Errorf("2023: %d gap months, %d not held, %d listed without minutes; want %d, %d, 0",
					y.GapMonths, y.NotHeld, y.ListedNoMinutes, tt.gapMonths23, len(tt.notHeld))
			}
		})
	}
}
