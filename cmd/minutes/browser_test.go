package main

import (
	"net/url"
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

	// Luton's page: a timeline with its meeting, the (invented) sourced
	// inspections and the one its minutes report, and the coverage grid.
	b.Open("/councils/luton")
	if n := b.Count("svg a.tl-meeting"); n != 1 {
		t.Errorf("Luton's timeline shows %d meeting ticks, want 1", n)
	}
	if n := b.Count("svg .tl-sourced"); n != 2 {
		t.Errorf("Luton's timeline shows %d sourced inspections, want 2", n)
	}
	if n := b.Count("svg a.tl-mined"); n == 0 {
		t.Error("Luton's timeline shows no inspection from its minutes")
	}
	if n := b.Count(".coverage-grid td"); n == 0 {
		t.Error("Luton's page has no coverage grid")
	}
	b.Screenshot("e2e-council-timeline")
	b.Click("svg a.tl-meeting")
	if !strings.Contains(b.Location(), "/meetings/luton--") {
		t.Errorf("the meeting tick led to %s", b.Location())
	}

	// The aligned compare: Kent and Luton on their inspections, the others apart.
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
	if got := b.Text(".unaligned"); !strings.Contains(got, "Middlesbrough") {
		t.Errorf("councils without an inspection: %q", got)
	}
	if n := b.Count("svg .thin"); n == 0 {
		t.Error("no thin cell marked: every council has one meeting a year")
	}
	b.Screenshot("e2e-compare-aligned")
}
