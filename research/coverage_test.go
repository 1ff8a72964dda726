package research

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
)

// TestCoverageMeetingNotHeld: Kent's panel meets monthly through 2019 but
// has no minutes for June. Until a fetch records that June's meeting was
// cancelled, that is a gap; once the manifest says so, coverage names the
// cancelled meeting instead.
func TestCoverageMeetingNotHeld(t *testing.T) {
	dir := t.TempDir()
	ixDir := filepath.Join(dir, "ix")
	ix, err := search.Create(ixDir, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var changes []search.FileChange
	for m := 1; m <= 12; m++ {
		if m != 6 {
			changes = append(changes, change(meeting("Kent", fmt.Sprintf("2019-%02d-10", m), "The Panel noted the report on roads.")))
		}
	}
	ctx := context.Background()
	if err := ix.Apply(ctx, changes); err != nil {
		t.Fatal(err)
	}

	covs, err := Coverage(ctx, ix, ixDir, dir, "kent")
	if err != nil {
		t.Fatal(err)
	}
	if gaps := covs[0].Committees[0].Gaps; len(gaps) != 1 || !strings.Contains(gaps[0].Explanation, "no minutes for 2019-06") {
		t.Fatalf("without the manifest's record: gaps %+v, want June's", gaps)
	}

	man := &corpus.Manifest{NotHeld: []corpus.NotHeld{{Council: "Kent", Committee: "Panel", MeetingID: "106", Date: "2019-06-10", Reason: "cancelled"}}}
	if err := man.Save(dir); err != nil {
		t.Fatal(err)
	}
	covs, err = Coverage(ctx, ix, ixDir, dir, "kent")
	if err != nil {
		t.Fatal(err)
	}
	panel := covs[0].Committees[0]
	if len(panel.Gaps) != 0 || len(panel.NotHeld) != 1 || panel.NotHeld[0].Words() != "meeting cancelled" || panel.NotHeld[0].Date != "2019-06-10" {
		t.Errorf("with June's meeting cancelled: gaps %+v, not held %+v; want no gap and the cancelled meeting", panel.Gaps, panel.NotHeld)
	}
	if y, _ := covs[0].Year("2019"); y.NotHeld != 1 || y.GapMonths != 0 {
		t.Errorf("2019: %d not held, %d gap months; want 1 and 0", y.NotHeld, y.GapMonths)
	}
}
