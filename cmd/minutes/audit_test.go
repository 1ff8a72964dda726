package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/web"
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
	// and an item and a meeting, dated and undated (auditedItems)
	"/councils",
	"/councils/kent",                 // timeline, inspections, coverage
	"/councils/central-bedfordshire", // undated meetings only
	"/councils/barnet",               // in the register, no minutes
	"/compare",                       // nothing asked yet
	"/compare?q=ofsted",              // by year, with an undated column
	"/compare?q=ofsted&per=months_since_inspection",
	"/compare?q=ofsted&norm=per10k",
	"/compare?neighbours_of=kent",                 // neighbours without minutes
	"/compare?q=zzzzqqq",                          // nothing found
	"/compare?q=ofsted&council=kent&by=committee", // a council's committees
	"/compare?q=ofsted&council=kent&council=luton&council=central-bedfordshire&by=committee", // several councils' committees, undated too
	"/help",
	"/no/such/page", // 404
	"/?page=0",      // 400
}

// auditedItems are the pages of an item matching ofsted and of its
// meeting, one dated and one undated, as the index has them.
func auditedItems(t *testing.T, srv *httptest.Server) []string {
	t.Helper()
	var out []string
	for _, filter := range []string{"&sort=-date", "&undated=1"} {
		var res web.SearchAnswer
		getJSON(t, srv, "/api/search?q=ofsted"+filter, http.StatusOK, &res)
		if len(res.Hits) == 0 {
			t.Fatalf("no item matches ofsted%s", filter)
		}
		h := res.Hits[0]
		out = append(out, "/items/"+url.PathEscape(h.ID)+"?q=ofsted", "/meetings/"+url.PathEscape(h.MeetingID))
	}
	return out
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
	pages := append(auditedItems(t, srv), auditedPages...)
	for _, f := range audit.Run(pages) {
		t.Errorf("%s", f)
	}
	for _, p := range pages {
		want := http.StatusOK
		switch p {
		case "/no/such/page":
			want = http.StatusNotFound
		case "/?page=0":
			want = http.StatusBadRequest
		}
		if audit.Status[p] != want {
			t.Errorf("%s: status %d, want %d", p, audit.Status[p], want)
		}
	}

	for p, sel := range map[string]string{"/councils/kent": "#timeline", "/compare?q=ofsted": ".heatmap",
		"/items/" + pages[0][len("/items/"):]: ".item"} {
		b.Open(p)
		b.ScreenshotOf(sel, "audit-"+strings.Trim(sel, "#.")+"-1280")
	}

	b.Viewport(375, 800)
	for _, p := range pages {
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
	b.Open(pages[0])
	b.ScreenshotOf(".item", "audit-item-375")
}

// TestPageAuditsOfCommittees audits what a council of several committees
// shows (no council of the bundled minutes has two): its page, with the
// form comparing its committees, and that compare, as a table and as
// cards on a phone. The bundled minutes are copied with one invented
// meeting of a second Kent committee.
func TestPageAuditsOfCommittees(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(bundledCorpus)); err != nil {
		t.Fatal(err)
	}
	meeting := filepath.Join(dir, "kent", "childrens-social-care-and-health-cabinet-committee", "2014-03-04.txt")
	if err := os.MkdirAll(filepath.Dir(meeting), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(meeting, []byte(committeeMinutes), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := corpusServer(t, dir)
	b := webtest.New(t)
	b.Serve(srv.Config.Handler)
	audit := webtest.NewAudit(b)
	pages := []string{
		"/councils/kent", // with the form comparing its committees
		"/compare?q=ofsted&council=kent&by=committee",
		"/compare?council=kent&by=committee", // no query: every item
		"/compare?q=ofsted&council=kent",     // rows of councils, offering committees
	}
	for _, f := range audit.Run(pages) {
		t.Errorf("%s", f)
	}
	for _, p := range pages {
		if audit.Status[p] != http.StatusOK {
			t.Errorf("%s: status %d", p, audit.Status[p])
		}
	}
	b.Open("/councils/kent")
	if n := b.Count("form.compare-committees"); n != 1 {
		t.Fatalf("Kent's page shows %d forms comparing its committees, want 1", n)
	}
	b.Submit("#ccq", "ofsted")
	if loc := b.Location(); !strings.Contains(loc, "by=committee") || !strings.Contains(loc, "council=kent") {
		t.Errorf("the form led to %s", loc)
	}
	if n := b.Count("svg a.cell"); n != 2 {
		t.Errorf("Kent's committees compared: %d cells, want one a committee", n)
	}
	b.ScreenshotOf(".heatmap", "audit-compare-committees-1280")

	b.Viewport(375, 800)
	for _, p := range pages {
		b.Open(p)
		if w := b.PageWidth(); w > 375 {
			t.Errorf("%s is %d pixels wide on a 375-pixel screen", p, w)
		}
	}
	p := "/compare?q=ofsted&council=kent&by=committee"
	b.Open(p)
	for _, out := range b.OutOfView("svg a.cell, svg .row text, .compare-table td") {
		t.Errorf("%s on a phone: out of view: %s", p, out)
	}
	for _, f := range audit.Axe(p + " (375 pixels)") {
		t.Errorf("%s", f)
	}
	b.ScreenshotOf(".heatmap", "audit-compare-committees-heatmap-375")
	b.ScreenshotOf(".compare-table", "audit-compare-committees-table-375")
	b.Open("/councils/kent")
	for _, f := range audit.Axe("/councils/kent (375 pixels)") {
		t.Errorf("%s", f)
	}
}

// committeeMinutes are invented minutes of a second Kent committee, for
// the page audits only.
const committeeMinutes = `KENT COUNTY COUNCIL
Minutes of a meeting of the Children's Social Care and Health Cabinet Committee held on 4 March 2014

1 Apologies for absence
Apologies were received from one member. (Invented for tests.)

2 Ofsted inspection of children's services
The Committee received an update on the actions taken since the Ofsted inspection.
RESOLVED that the update be noted.
`
