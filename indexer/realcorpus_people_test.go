package indexer

import (
	"sort"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestRealCorpusDecisionsAndAttendance reads the 486 real minutes of
// ../shared/real-corpus and holds decisions and attendance to the bars of
// issue 21: decisions on at least 10% of items (40% when written),
// recorded votes with their counts, a chair on nearly every district
// meeting, and full-council attendance lists of 30 or more of its ~40
// members on most meetings (median 37 when written).
func TestRealCorpusDecisionsAndAttendance(t *testing.T) {
	docs := realCorpusDocs(t)
	var items, decided, counted, districts, chaired int
	var full []int
	var noneAttended []string // full council meetings with no one attending: every one prints its list
	for _, f := range docs {
		m := f.Meeting
		if f.Err != nil {
			t.Errorf("%s: %v", f.Path, f.Err)
			continue
		}
		for _, it := range m.Items {
			items++
			if len(it.DecisionDetails) > 0 {
				decided++
			}
			for _, d := range it.DecisionDetails {
				if d.Votes != nil && d.Votes.For+d.Votes.Against > 0 {
					counted++
				}
			}
		}
		a := m.Attendance
		switch {
		case strings.Contains(f.Path, "/full-council/"):
			full = append(full, len(a.Chair)+len(a.Members))
			if len(a.Chair)+len(a.Members) == 0 {
				noneAttended = append(noneAttended, f.Path)
			}
		case strings.Contains(f.Path, "district") || strings.Contains(f.Path, "area-committee"):
			districts++
			if len(a.Chair) > 0 {
				chaired++
			}
		}
		if m.Kind != schema.KindMinutes {
			t.Errorf("%s: kind %q; want minutes", f.Path, m.Kind)
		}
	}
	sort.Ints(full)
	share := float64(decided) / float64(max(items, 1))
	over30 := 0
	for _, n := range full {
		if n >= 30 {
			over30++
		}
	}
	t.Logf("items %d, with a decision %d (%.1f%%), counted votes %d; district meetings %d, with a chair %d; full council meetings %d, median attending %d, 30 or more on %d",
		items, decided, 100*share, counted, districts, chaired, len(full), full[len(full)/2], over30)
	if share < 0.30 {
		t.Errorf("decisions on %.1f%% of items; want at least 30%%", 100*share)
	}
	if counted < 40 {
		t.Errorf("%d decisions with counted votes; want at least 40", counted)
	}
	if chaired*100 < districts*95 {
		t.Errorf("a chair on %d of %d district meetings; want 95%%", chaired, districts)
	}
	if len(noneAttended) > 0 {
		t.Errorf("full council meetings with no one attending (their lists unread): %v", noneAttended)
	}
	if full[len(full)/2] < 30 || over30*100 < len(full)*75 {
		t.Errorf("full council: median %d attending, 30 or more on %d of %d; want a median of 30 and 75%% at 30 or more", full[len(full)/2], over30, len(full))
	}
}
