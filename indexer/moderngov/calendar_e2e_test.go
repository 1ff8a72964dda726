package moderngov_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
	"github.com/councilminutes/minutes/search"
)

// TestFetchCalendarOnlySiteThenIndex fetches two committees of a site
// whose web service refuses and whose committee and meeting listings
// answer 404, so that its meetings are found only on its calendar; indexes
// the corpus, and finds each meeting under its council, committee and
// date with its items; and fetches again: nothing is downloaded again
// (every meeting is answered 304 or kept), and the index is unchanged.
func TestFetchCalendarOnlySiteThenIndex(t *testing.T) {
	ctx := context.Background()
	im := moderngovtest.Start(t, moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk",
		Site: "democracy.northshire.gov.uk", ServiceOff: true, Meetings: 4,
		Quirks: moderngovtest.Quirks{ListingsOff: true, OldLinks: true}})
	dir := t.TempDir()
	opts := moderngov.Options{
		Site: "https://democracy.northshire.gov.uk/mgCalendarMonthView.aspx?GL=1&bcr=1", Council: "Northshire County Council",
		Corpus: dir, Committees: []string{"corporate parenting", "planning"}, From: "2023", To: "2023-12",
		Retries: 1, AllowHosts: []string{"127.0.0.1"},
		Resolver: im, Route: im.Route, TLSConfig: im.TLSConfig(),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Progress: io.Discard,
	}
	sum, err := moderngov.Fetch(ctx, opts)
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	if len(sum.Stored) != 6 || len(sum.NotPublished) != 2 || len(sum.Failed) != 0 {
		t.Fatalf("stored %d, not published %d, failed %+v; want 6, 2 and none", len(sum.Stored), len(sum.NotPublished), sum.Failed)
	}
	if n, _ := im.Count("mgCalendarMonthView.aspx"); n > 24 {
		t.Errorf("%d calendar pages asked for a window of a year", n)
	}
	idx := filepath.Join(t.TempDir(), "minutes.bleve")
	isum, err := indexer.Run(ctx, indexer.Options{Corpus: dir, Index: idx, Workers: 1})
	if err != nil {
		t.Fatalf("index: %v", err)
	}
	if isum.Failed != 0 || isum.Meetings != 6 {
		t.Errorf("index: %d meetings, %d files failed %+v; want 6 and none failed", isum.Meetings, isum.Failed, isum.Failures)
	}
	ix, err := search.Open(idx, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := ix.Meetings(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		var titles []string
		for _, it := range m.Items {
			titles = append(titles, it.Title)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", m.CouncilSlug, m.Council, m.CommitteeSlug, m.Date, strings.Join(titles, "; ")))
	}
	ix.Close()
	slices.Sort(got)
	var want []string
	for _, c := range []string{"corporate-parenting-panel", "planning-committee"} {
		for _, d := range []string{"2023-01-10", "2023-02-10", "2023-03-10"} {
			want = append(want, "northshire|Northshire County Council|"+c+"|"+d+"|Apologies for Absence; Ofsted Inspection Action Plan")
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("indexed meetings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	sum, err = moderngov.Fetch(ctx, opts)
	if err != nil {
		t.Fatalf("second fetch: %v", err)
	}
	if len(sum.Stored) != 0 || len(sum.Skipped) != 6 || len(sum.Failed) != 0 {
		t.Errorf("second fetch: stored %v, unchanged %d, failed %v; want nothing stored, 6 unchanged", sum.Stored, len(sum.Skipped), sum.Failed)
	}
	if _, full := im.Count("/documents/"); full != 6 {
		t.Errorf("printed minutes downloaded %d times in two fetches, want 6 (once each)", full)
	}
	isum, err = indexer.Run(ctx, indexer.Options{Corpus: dir, Index: idx, Workers: 1})
	if err != nil {
		t.Fatalf("second index: %v", err)
	}
	if isum.Indexed != 0 {
		t.Errorf("second index indexed %d files, want none: nothing changed", isum.Indexed)
	}
}
