package web

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/councilminutes/minutes/web/webtest"
)

// browseTestIndex is a headless Chromium on the pages served over the test
// corpus's index with its context, opts applied after; the test is skipped
// in -short mode unless CI is set.
func browseTestIndex(t *testing.T, opts ...func(*Config)) *webtest.Browser {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped in -short mode")
	}
	b := webtest.New(t)
	ix := testIndex(t)
	b.Serve(newHandler(t, ix, append([]func(*Config){withContext(ix)}, opts...)...))
	return b
}

// TestBrowser walks through the pages in headless Chromium over a real index
// of the test corpus: search, filter by a facet, open an item and its
// meeting, and compare councils.
func TestBrowser(t *testing.T) {
	b := browseTestIndex(t, func(c *Config) { c.CorpusDir = t.TempDir() })

	b.Open("/")
	b.Screenshot("home")
	// The stylesheet loaded under the CSP: the header is dark blue.
	if bg := webtest.Run(b, chromedp.Evaluate[string]("getComputedStyle(document.querySelector('header.site')).backgroundColor")); bg != "rgb(11, 60, 125)" {
		t.Errorf("header background %q: stylesheet not applied", bg)
	}

	b.Submit("#q", "ofsted")
	if got := b.Text("#result-count"); !strings.HasPrefix(got, "5 matching items") {
		t.Fatalf("after search: count %q", got)
	}
	if n := b.Count(".hit"); n != 5 {
		t.Errorf("%d results, want 5", n)
	}
	b.Screenshot("search")

	// Click the Kent council facet: one result, and the filter is shown.
	b.Click(`.facet a[href*="council=kent"]`)
	if got := b.Text("#result-count"); !strings.HasPrefix(got, "1 matching item") {
		t.Errorf("after facet: count %q", got)
	}
	if n := b.Count(".hit"); n != 1 {
		t.Errorf("after facet: %d results, want 1", n)
	}
	if got := b.Text(".active-filters"); !strings.Contains(got, "Kent County Council") {
		t.Errorf("active filters %q", got)
	}
	if !strings.Contains(b.Location(), "council=kent") {
		t.Errorf("facet not in URL: %s", b.Location())
	}
	b.Screenshot("search-filtered")

	// Open the item: highlights and decisions.
	b.Click(".hit h3 a")
	if n := b.Count(".minute mark"); n == 0 {
		t.Error("no <mark> highlights in the item text")
	}
	if got := b.Text(".decisions"); !strings.Contains(got, "RESOLVED that the Ofsted inspection report be noted") {
		t.Errorf("decisions %q", got)
	}
	if webtest.Run(b, chromedp.Evaluate[bool]("document.querySelector('button.copy').hidden")) {
		t.Error("copy button still hidden: app.js did not run")
	}
	b.Screenshot("item")

	// Go to its meeting.
	b.Click(".breadcrumb li:last-child a")
	if got := b.Text("h1"); !strings.Contains(got, "Corporate Parenting Panel, 13 December 2013") {
		t.Errorf("meeting heading %q", got)
	}
	if n := b.Count(".items > li"); n != 3 {
		t.Errorf("meeting has %d items, want 3", n)
	}
	b.Screenshot("meeting")

	b.Open("/councils")
	b.Screenshot("councils")
	b.Click(`a[href="/councils/middlesbrough"]`)
	b.Screenshot("council")

	// Kent's timeline: meetings as ticks, the sourced inspection and the
	// one the minutes mention as markers; the coverage grid below.
	b.Open("/councils/kent")
	if n := b.Count("svg a.tl-meeting"); n != 1 {
		t.Errorf("timeline shows %d meeting ticks, want 1", n)
	}
	if n := b.Count("svg .tl-sourced"); n != 1 {
		t.Errorf("timeline shows %d sourced inspections, want 1", n)
	}
	if n := b.Count("svg a.tl-mined"); n != 1 {
		t.Errorf("timeline shows %d inspections from minutes, want 1", n)
	}
	if n := b.Count(".coverage-grid td.gap"); n == 0 {
		t.Error("the coverage grid marks no gap")
	}
	b.Screenshot("council-timeline")
	b.Click("svg a.tl-mined")
	if !strings.Contains(b.Location(), "/items/kent--") {
		t.Errorf("the mined marker led to %s", b.Location())
	}

	// Compare: a cell link for every council with matches.
	b.Open("/compare?q=ofsted")
	if n := b.Count("svg a.cell"); n != 4 {
		t.Errorf("%d heat map cells with matches, want 4 (one per council)", n)
	}
	for _, c := range []string{"kent", "cheshire-east", "luton-borough", "middlesbrough"} {
		if n := b.Count(`svg a.cell[href*="council=` + c + `&"]`); n == 0 {
			t.Errorf("no heat map cell for %s", c)
		}
	}
	b.Screenshot("compare")
	b.Click(`svg a.cell[href*="council=middlesbrough"]`)
	if got := b.Text("#result-count"); !strings.HasPrefix(got, "2 matching items") {
		t.Errorf("cell link: count %q", got)
	}

	// Thin cells are marked, and the aligned view is one click away.
	b.Open("/compare?q=ofsted")
	if n := b.Count("svg .thin"); n == 0 {
		t.Error("no thin cell marked on the compare page")
	}
	b.Click("#aligned-link")
	if !strings.Contains(b.Location(), "per=months_since_inspection") {
		t.Errorf("aligned link led to %s", b.Location())
	}
	if n := b.Count("svg a.cell"); n != 2 {
		t.Errorf("aligned view: %d cells with matches, want 2 (Kent and Luton)", n)
	}
	if got := b.Text(".unaligned"); !strings.Contains(got, "Cheshire East") || !strings.Contains(got, "Middlesbrough") {
		t.Errorf("councils without an inspection: %q", got)
	}
	b.Screenshot("compare-aligned")

	b.Open("/help")
	b.Screenshot("help")
	b.Open("/no/such/page")
	b.Screenshot("not-found")

	// A phone-sized screen: nothing wider than the viewport.
	b.Viewport(375, 800)
	for _, p := range []string{"/", "/?q=ofsted", "/?q=permanence&undated=1", "/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted",
		"/meetings/kent--corporate-parenting-panel--2013-12-13", "/councils", "/councils/kent", "/compare?q=ofsted",
		"/compare?q=ofsted&per=months_since_inspection", "/help", "/no/such/page"} {
		b.Open(p)
		if w := b.PageWidth(); w > 375 {
			t.Errorf("%s is %d px wide at 375", p, w)
		}
	}
	// Kent's timeline and compare's heat map and table: every mark in view.
	for p, sel := range map[string]string{"/councils/kent": "svg a.tl-meeting, svg .tl-sourced, svg a.tl-mined",
		"/compare?q=ofsted": "svg a.cell, .compare-table td"} {
		b.Open(p)
		for _, out := range b.OutOfView(sel) {
			t.Errorf("%s at 375: out of view: %s", p, out)
		}
	}
	b.Open("/?q=ofsted")
	b.Screenshot("search-375")
	b.Open("/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted")
	b.Screenshot("item-375")
	t.Log("page sizes: see TestPageSizes")
}
