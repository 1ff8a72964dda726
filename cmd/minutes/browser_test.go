package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/web/webtest"
)

// TestBrowserOverBundledCorpus drives Chromium through the pages served
// from the real index of the bundled minutes: search, narrow by a council
// facet, open an item, go to its meeting, and compare councils.
func TestBrowserOverBundledCorpus(t *testing.T) {
	srv, _, _ := bundledServer(t)
	b := webtest.New(t)
	b.Serve(srv.Config.Handler)

	b.Open("/")
	b.Submit("#q", "ofsted")
	before := b.Text("#result-count")
	all := b.Count(".hit")
	if all < 4 {
		t.Fatalf("search for ofsted shows %d results (%q)", all, before)
	}
	b.Screenshot("e2e-search")

	b.Click(`.facet a[href*="council=kent"]`)
	after := b.Text("#result-count")
	if after == before {
		t.Errorf("the result count did not change after clicking the Kent facet: %q", after)
	}
	if n := b.Count(".hit"); n == 0 || n >= all {
		t.Errorf("after the Kent facet: %d results, before %d", n, all)
	}
	if !strings.Contains(b.Location(), "council=kent") {
		t.Errorf("facet not in the URL: %s", b.Location())
	}
	b.Screenshot("e2e-search-kent")

	b.Click(".hit h3 a")
	if n := b.Count("mark"); n == 0 {
		t.Error("the item page shows no highlighted search terms")
	}
	b.Screenshot("e2e-item")

	// An item with decisions shows them set apart.
	b.Open("/items/" + url.PathEscape("cheshire-east--corporate-parenting-committee--2018-05-09--i03"))
	if got := b.Text(".decisions"); !strings.Contains(got, "RESOLVED") && !strings.Contains(strings.ToLower(got), "approved") {
		t.Errorf("decisions of Cheshire East item 50: %q", got)
	}
	b.Click(".breadcrumb li:last-child a")
	if got := b.Text("h1"); !strings.Contains(got, "Corporate Parenting Committee") {
		t.Errorf("meeting page heading %q", got)
	}
	if n := b.Count(".items > li"); n < 5 {
		t.Errorf("the meeting page lists %d items", n)
	}
	b.Screenshot("e2e-meeting")

	b.Open("/compare?q=ofsted")
	for _, c := range []string{"kent", "luton", "middlesbrough", "central-bedfordshire"} {
		if b.Count(`a[href*="council=`+c+`"]`) == 0 {
			t.Errorf("compare shows no cell for %s", c)
		}
	}
	b.Screenshot("e2e-compare")

	// Luton's page: a timeline with its meeting, the four inspections of the
	// record and the one its minutes report, and the coverage grid.
	b.Open("/councils/luton")
	if n := b.Count("svg a.tl-meeting"); n != 1 {
		t.Errorf("Luton's timeline shows %d meeting ticks, want 1", n)
	}
	if n := b.Count("svg .tl-sourced"); n != 4 {
		t.Errorf("Luton's timeline shows %d sourced inspections, want 4", n)
	}
	if n := b.Count("svg a.tl-mined"); n == 0 {
		t.Error("Luton's timeline shows no inspection from its minutes")
	}
	if n := b.Count(".coverage-grid td"); n == 0 {
		t.Error("Luton's page has no coverage grid")
	}
	if got := b.Text(".mined .recorded .checked"); !strings.Contains(got, "24 February 2020") {
		t.Errorf("the mined January 2020 inspection is not matched to the record: %q", got)
	}
	b.Screenshot("e2e-council-timeline")
	b.Click("svg a.tl-meeting")
	if !strings.Contains(b.Location(), "/meetings/luton--") {
		t.Errorf("the meeting tick led to %s", b.Location())
	}

	// The aligned compare: every council on its latest inspection.
	b.Open("/compare?q=ofsted")
	b.Click("#aligned-link")
	if !strings.Contains(b.Location(), "per=months_since_inspection") {
		t.Errorf("aligned link led to %s", b.Location())
	}
	for _, c := range []string{"kent", "luton"} {
		if b.Count(`svg a.cell[href*="council=`+c+`"]`) == 0 {
			t.Errorf("aligned compare shows no cell for %s", c)
		}
	}
	if n := b.Count("svg .thin"); n == 0 {
		t.Error("no thin cell marked: every council has one meeting a year")
	}
	b.Screenshot("e2e-compare-aligned")
}

// TestBrowserInspectionWalk walks what the researchers do: from a council's
// page to its latest inadequate judgement, to its minutes in the 12 months
// after it, to a compare with its statistical neighbours. The bundled
// corpus has no Cheshire East minutes from after its May 2024 inadequate
// judgement, so the walk adds one invented meeting of September 2024.
func TestBrowserInspectionWalk(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(bundledCorpus)); err != nil {
		t.Fatal(err)
	}
	meeting := filepath.Join(dir, "cheshire-east", "corporate-parenting-committee", "2024-09-10.txt")
	if err := os.WriteFile(meeting, []byte(walkMinutes), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := corpusServer(t, dir)
	b := webtest.New(t)
	b.Serve(srv.Config.Handler)

	b.Open("/councils/cheshire-east")
	if got := b.Text("table.inspections"); !strings.Contains(got, "inadequate") || !strings.Contains(got, "judgement not recorded") {
		t.Errorf("inspections table: %q", got)
	}
	if n := b.Count("svg .tl-sourced"); n != 3 {
		t.Errorf("the timeline shows %d inspections, want the record's 3", n)
	}
	b.Screenshot("walk-council")

	// The latest inadequate judgement: rows are newest first.
	b.Click(`table.inspections tr:has(td.judgement.inadequate) a.after`)
	loc := b.Location()
	for _, want := range []string{"council=cheshire-east", "after=inspection", "judgement=inadequate", "within=12m", "from=2024-05-16"} {
		if !strings.Contains(loc, want) {
			t.Errorf("the minutes after the inspection: %s lacks %s", loc, want)
		}
	}
	if got := b.Text("#result-count"); !strings.HasPrefix(got, "3 matching items") {
		t.Errorf("minutes within 12 months after: %q", got)
	}
	if got := b.Text(".active-filters"); !strings.Contains(got, "within 12 months after an inadequate inspection") {
		t.Errorf("active filters %q", got)
	}
	b.Screenshot("walk-after")

	b.Click("#compare-neighbours")
	loc = b.Location()
	if !strings.Contains(loc, "/compare?") || !strings.Contains(loc, "neighbours_of=cheshire-east") || strings.Contains(loc, "council=") {
		t.Errorf("compare with neighbours led to %s", loc)
	}
	if got := b.Text(".focus-note"); !strings.Contains(got, "Cheshire East") {
		t.Errorf("focus %q", got)
	}
	if n := b.Count(`svg a.cell[href*="council=cheshire-east"]`); n != 1 {
		t.Errorf("%d cells for Cheshire East, want its one year", n)
	}
	if n := b.Count(".no-minutes li"); n != 10 {
		t.Errorf("%d neighbours listed without minutes, want 10", n)
	}
	b.Click("#per-pop-link")
	if got := b.Text(".compare-table"); !strings.Contains(got, "106877") || !strings.Contains(got, "per 10k") {
		t.Errorf("per 10,000 residents: %q", got)
	}
	b.Screenshot("walk-neighbours")
}

// walkMinutes are invented minutes, for the browser walk only.
const walkMinutes = `CHESHIRE EAST COUNCIL
Minutes of a meeting of the Corporate Parenting Committee held on 10 September 2024

1 Apologies for absence
Apologies were received from one member. (Invented for tests.)

2 Ofsted inspection: improvement plan
The Committee received the improvement plan written after the Ofsted inspection of children's services.
RESOLVED that the improvement plan be noted.

3 Care leavers
Members discussed the offer to care leavers.
`
