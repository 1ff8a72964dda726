package web

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/councilminutes/minutes/web/webtest"
)

// TestBrowser walks through the pages in headless Chromium over the fake
// Searcher: search, filter by a facet, open an item and its meeting, and
// compare councils.
func TestBrowser(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped in -short mode")
	}
	b := webtest.New(t)
	b.Serve(newHandler(t, newFake(), func(c *Config) { c.CorpusDir = t.TempDir() }))

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

	b.Open("/help")
	b.Screenshot("help")
	b.Open("/no/such/page")
	b.Screenshot("not-found")

	// A phone-sized screen: nothing wider than the viewport.
	b.Viewport(375, 800)
	for _, p := range []string{"/?q=ofsted", "/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted", "/compare?q=ofsted"} {
		b.Open(p)
		if w := webtest.Run(b, chromedp.Evaluate[int]("document.documentElement.scrollWidth")); w > 375 {
			t.Errorf("%s is %d px wide at 375", p, w)
		}
	}
	b.Open("/?q=ofsted")
	b.Screenshot("search-375")
	b.Open("/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted")
	b.Screenshot("item-375")
	t.Log("page sizes: see TestPageSizes")
}
