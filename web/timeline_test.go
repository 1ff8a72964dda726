package web

import (
	"reflect"
	"testing"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

func TestTimelineLayout(t *testing.T) {
	meetings := []search.MeetingSummary{
		{ID: "a", Date: "2019-01-01", CommitteeName: "Panel", Items: 3},
		{ID: "b", Date: "2020-12-31", CommitteeName: "Panel", Items: 1},
		{ID: "c", Date: "", CommitteeName: "Panel"},
	}
	sourced := []inspections.Inspection{{Council: "x", Kind: "full", PublicationDate: "2019-07-02", Judgement: "good", Source: "s"}}
	mined := []inspections.Candidate{{Kind: "full", When: "2020-03", URL: "/items/i"}, {Kind: "jtai", MeetingDate: "2020-06-01"}, {Kind: "other"}}
	tl, ok := newTimeline(meetings, sourced, mined)
	if !ok {
		t.Fatal("nothing drawn")
	}
	if len(tl.Years) != 2 || tl.Years[0].Label != "2019" || len(tl.Ticks) != 2 || tl.Undated != 1 {
		t.Fatalf("years %+v ticks %d undated %d", tl.Years, len(tl.Ticks), tl.Undated)
	}
	if !(tl.Ticks[0].X < tl.Sourced[0].X && tl.Sourced[0].X < tl.Mined[0].X && tl.Mined[0].X < tl.Mined[1].X && tl.Mined[1].X < tl.Ticks[1].X) {
		t.Errorf("marks out of order: ticks %+v sourced %+v mined %+v", tl.Ticks, tl.Sourced, tl.Mined)
	}
	if tl.Ticks[0].URL != "/meetings/a" || tl.Sourced[0].Label != "Full: good" || tl.Unplaced != 1 {
		t.Errorf("tick %+v, sourced %+v, unplaced %d", tl.Ticks[0], tl.Sourced[0], tl.Unplaced)
	}
	near := []inspections.Inspection{
		{Kind: "full", PublicationDate: "2020-01-01", Judgement: "inadequate", Source: "s"},
		{Kind: "monitoring-visit", StartDate: "2020-02-01", Judgement: "none", Source: "s"},
		{Kind: "monitoring-visit", StartDate: "2020-03-01", Judgement: "none", Source: "s"},
	}
	tl, _ = newTimeline(meetings, near, nil)
	if a, b, c := tl.Sourced[0].LabelY, tl.Sourced[1].LabelY, tl.Sourced[2].LabelY; a == b || b == c || a != c {
		t.Errorf("labels of close markers at %d, %d, %d: want staggered", a, b, c)
	}
	if _, ok := newTimeline([]search.MeetingSummary{{ID: "u"}}, nil, nil); ok {
		t.Error("a timeline of undated meetings only")
	}
	for kind, want := range map[[2]string]string{{"jtai", "none"}: "JTAI", {"monitoring-visit", ""}: "Monitoring visit",
		{"full", "requires-improvement"}: "Full: requires improvement"} {
		if got := inspectionLabel(kind[0], kind[1]); got != want {
			t.Errorf("inspectionLabel%v = %q, want %q", kind, got, want)
		}
	}
}

func TestAlignedRange(t *testing.T) {
	at := time.Date(2020, 2, 26, 0, 0, 0, 0, time.UTC)
	for period, want := range map[string][2]string{"0..5": {"2020-02", "2020-07"}, "-6..-1": {"2019-08", "2020-01"}, "12..17": {"2021-02", "2021-07"}} {
		from, to, ok := alignedRange(at, period)
		if !ok || from != want[0] || to != want[1] {
			t.Errorf("alignedRange(%s) = %s, %s, %v", period, from, to, ok)
		}
	}
	if _, _, ok := alignedRange(at, "2020"); ok {
		t.Error("a year read as an aligned span")
	}
	if got := cellYears(search.CompareCell{Period: "x", FirstYear: "2019", LastYear: "2021"}); !reflect.DeepEqual(got, []string{"2019", "2020", "2021"}) {
		t.Errorf("cellYears: %v", got)
	}
	if got := cellYears(search.CompareCell{Period: "unknown"}); got != nil {
		t.Errorf("cellYears(unknown): %v", got)
	}
}

func TestTimelineBarsByMonth(t *testing.T) {
	meetings := []search.MeetingSummary{
		{ID: "a", Date: "2019-05-02", CommitteeName: "Panel", Items: 3},
		{ID: "b", Date: "2019-05-20", CommitteeName: "Board", Items: 2},
		{ID: "c", Date: "2019-05-28", CommitteeName: "Panel", Items: 1},
		{ID: "d", Date: "2019-07-01", CommitteeName: "Panel", Items: 4},
	}
	tl, _ := newTimeline(meetings, nil, nil)
	if len(tl.Ticks) != 2 {
		t.Fatalf("%d bars, want one a month: %+v", len(tl.Ticks), tl.Ticks)
	}
	may, july := tl.Ticks[0], tl.Ticks[1]
	if may.URL != "#y-2019" || may.Title != "May 2019: 3 meetings (listed below)" || may.H != tlTickBottom-tlTickTop {
		t.Errorf("May: %+v", may)
	}
	if july.URL != "/meetings/d" || july.H >= may.H || july.Y+july.H != tlTickBottom || july.Title != "1 July 2019 · Panel (4 items)" {
		t.Errorf("July: %+v", july)
	}
}
