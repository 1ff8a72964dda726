package main

import (
	"testing"

	"github.com/councilminutes/minutes/web/webtest"
)

// auditedPages are every kind of page, over the bundled minutes: their
// ordinary, empty and error states, dated and undated.
var auditedPages = []string{
	"/",          // home: what the index holds
	"/?q=ofsted", // results, some undated
	"/?q=ofsted&council=kent&from=2013&to=2013", // facets chosen, months shown
	"/?q=ofsted&undated=1",                      // the undated items
	"/?q=ofsted&group=meeting",                  // grouped by meeting
	"/?q=ofsted&size=2&page=2",                  // a page with both pager links
	"/?q=ofsted&page=9",                         // past the last page
	"/?q=ofsted+dragons",                        // relaxed: no item holds every word
	"/?q=ofstd",                                 // nothing found, a spelling suggested
	"/?q=zzzzqqq&council=kent",                  // nothing found, filters to remove
	"/items/kent--corporate-parenting-panel--2013-12-13--i05?q=ofsted",
	"/items/central-bedfordshire--corporate-parenting-panel--agenda-and-minutes--i07?q=ofsted", // undated
	"/meetings/kent--corporate-parenting-panel--2013-12-13",
	"/meetings/central-bedfordshire--corporate-parenting-panel--agenda-and-minutes", // undated
	"/councils",
	"/councils/kent",                 // timeline, inspections, coverage
	"/councils/central-bedfordshire", // undated meetings only
	"/councils/barnet",               // in the register, no minutes
	"/compare",                       // nothing asked yet
	"/compare?q=ofsted",              // by year, with an undated column
	"/compare?q=ofsted&per=months_since_inspection",
	"/compare?q=ofsted&norm=per10k",
	"/compare?neighbours_of=kent", // neighbours without minutes
	"/compare?q=zzzzqqq",          // nothing found
	"/help",
	"/no/such/page", // 404
	"/?page=0",      // 400
}

// TestPageAuditsOverBundledCorpus runs axe-core (WCAG 2.1 A and AA) on
// every kind of page in Chromium, and the Nu HTML Checker on the HTML as
// served: any finding fails. On a phone's screen (375 pixels) no page
// scrolls sideways, and the marks of the council timeline and of a
// compare of up to six columns are all in view.
func TestPageAuditsOverBundledCorpus(t *testing.T) {
	srv, _, _ := bundledServer(t)
	b := webtest.New(t)
	b.Serve(srv.Config.Handler)
	audit := webtest.NewAudit(b)
	for _, f := range audit.Run(auditedPages) {
		t.Errorf("%s", f)
	}

	b.Viewport(375, 800)
	for _, p := range auditedPages {
		b.Open(p)
		if w := b.PageWidth(); w > 375 {
			t.Errorf("%s is %d pixels wide on a 375-pixel screen", p, w)
		}
	}
	marks := map[string]string{
		"/councils/kent":                 "svg a.tl-meeting, svg .tl-sourced, svg a.tl-mined",
		"/councils/luton":                "svg a.tl-meeting, svg .tl-sourced, svg a.tl-mined",
		"/councils/central-bedfordshire": "svg .tl-sourced, svg a.tl-mined",
		"/compare?q=ofsted":              "svg a.cell, .compare-table td",
		"/compare?q=ofsted&norm=per10k":  "svg a.cell, .compare-table td",
	}
	for p, sel := range marks {
		b.Open(p)
		if b.Count(sel) == 0 {
			t.Errorf("%s: no %s", p, sel)
		}
		for _, out := range b.OutOfView(sel) {
			t.Errorf("%s on a phone: out of view: %s", p, out)
		}
	}
	// axe again where the layout changes on a phone
	for _, p := range []string{"/councils/kent", "/compare?q=ofsted"} {
		b.Open(p)
		for _, f := range audit.Axe(p + " (375 pixels)") {
			t.Errorf("%s", f)
		}
	}
	b.Open("/councils/kent")
	b.ScreenshotOf("#timeline", "audit-council-timeline-375")
	b.Open("/compare?q=ofsted")
	b.ScreenshotOf(".heatmap", "audit-compare-heatmap-375")
	b.ScreenshotOf(".compare-table", "audit-compare-table-375")
}
