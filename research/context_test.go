package research

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// meeting is one meeting of a committee, as extraction would give it.
func meeting(council, date, text string) *schema.Meeting {
	m := &schema.Meeting{Council: council, CouncilSlug: schema.Slug(council), Committee: "Panel", CommitteeSlug: "panel",
		Date: date, DateSource: schema.DateFromText, Format: "text",
		Items: []schema.Item{{Number: "1", Title: "Business", Text: text}}}
	m.SourcePath = m.CouncilSlug + "/panel/" + date + ".txt"
	m.AssignIDs()
	return m
}

func change(m *schema.Meeting) search.FileChange {
	return search.FileChange{Path: m.SourcePath, Hash: "h-" + m.ID + "-" + m.Items[0].Text[:10], Meeting: m}
}

// newTestContext indexes Kent (of the register: its minutes are mined)
// and Luton (outside it) monthly through 2019, with one Kent item that
// reports an inspection.
func newTestContext(t *testing.T) (*Context, *search.Index) {
	t.Helper()
	reg := inspections.NewRegister([]inspections.Authority{{Slug: "kent", Name: "Kent", Region: "South East", Type: "County", Source: "invented"}})
	dir := t.TempDir()
	ix, err := search.Create(filepath.Join(dir, "ix"), search.Options{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var changes []search.FileChange
	for m := 1; m <= 12; m++ {
		text := "The Panel noted the report on roads."
		if m == 3 {
			text = "Following the Ofsted inspection in January 2019, children's services were judged inadequate."
		}
		changes = append(changes, change(meeting("Kent", fmt.Sprintf("2019-%02d-10", m), text)),
			change(meeting("Luton", fmt.Sprintf("2019-%02d-12", m), "Scanned page, text may contain errors\n\nThe Panel met.")))
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	return NewContext(ix, filepath.Join(dir, "ix"), dir, Record{Register: reg}), ix
}

func TestContextAnswersOncePerState(t *testing.T) {
	rc, ix := newTestContext(t)
	ctx := context.Background()
	if err := rc.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	kent, err := rc.Coverage(ctx, "kent")
	if err != nil {
		t.Fatal(err)
	}
	if kent.Totals.Indexed != 12 || kent.Name != "Kent" {
		t.Errorf("kent coverage: %+v", kent.Totals)
	}
	luton, _ := rc.Coverage(ctx, "luton")
	if luton.Totals.OCR != 12 {
		t.Errorf("luton OCR: %d, want 12 (each file carries a scan marker)", luton.Totals.OCR)
	}
	_, mined, err := rc.Inspections(ctx, "kent")
	if err != nil || len(mined) != 1 || mined[0].When != "2019-01" || mined[0].ItemID == "" {
		t.Errorf("kent mined: %+v, %v", mined, err)
	}
	if _, m, _ := rc.Inspections(ctx, "luton"); m != nil {
		t.Errorf("luton is outside the register, yet mined: %+v", m)
	}
	if again, _ := rc.Coverage(ctx, "kent"); again != kent {
		t.Errorf("the same state's coverage was worked out again")
	}
	if _, err := rc.Coverage(ctx, "nowhere"); !errors.Is(err, search.ErrNotFound) {
		t.Errorf("unknown council: %v", err)
	}

	// A new state: Luton's file of May changes. Kent's minutes are not
	// read again; Luton's are, and its coverage says so.
	rc.mu.Lock()
	keptKent, keptLuton := rc.kept["kent"], rc.kept["luton"]
	rc.mu.Unlock()
	if err := ix.Apply(ctx, []search.FileChange{change(meeting("Luton", "2019-05-12", "The Panel met again, without a scan."))}); err != nil {
		t.Fatal(err)
	}
	luton2, err := rc.Coverage(ctx, "luton")
	if err != nil {
		t.Fatal(err)
	}
	if luton2 == luton || luton2.Totals.OCR != 11 {
		t.Errorf("luton after the change: OCR %d, want 11", luton2.Totals.OCR)
	}
	kent2, _ := rc.Coverage(ctx, "kent")
	if kent2 == kent || kent2.Totals != kent.Totals {
		t.Errorf("kent in the new state: %+v", kent2.Totals)
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.kept["kent"] != keptKent || rc.kept["luton"] == keptLuton {
		t.Errorf("kent's minutes read again, or luton's kept, after a change to luton's only")
	}
}

func TestContextCouncilWithoutMinutes(t *testing.T) {
	reg := inspections.NewRegister([]inspections.Authority{{Slug: "barnet", Name: "Barnet", Region: "London", Type: "London Borough", Source: "invented"}})
	dir := t.TempDir()
	ix, err := search.Create(filepath.Join(dir, "ix"), search.Options{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	rc := NewContext(ix, filepath.Join(dir, "ix"), dir, Record{Register: reg})
	cov, err := rc.Coverage(context.Background(), "barnet")
	if err != nil || cov.Slug != "barnet" || cov.Name != "Barnet" || len(cov.Committees) != 0 {
		t.Errorf("barnet: %+v, %v", cov, err)
	}
}
