package web

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/web/webtest"
)

// page fetches an HTML page and checks its status and type.
func htmlPage(t *testing.T, h http.Handler, target string, status int) string {
	t.Helper()
	rec := get(t, h, target)
	if rec.Code != status {
		t.Fatalf("%s: status %d, want %d: %s", target, rec.Code, status, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Fatalf("%s: Content-Type %q", target, ct)
	}
	return rec.Body.String()
}

func mustContain(t *testing.T, where, body string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(body, p) {
			t.Errorf("%s: missing %q", where, p)
		}
	}
}

func TestPages(t *testing.T) {
	h := newHandler(t, testIndex(t))
	item := "/items/kent--corporate-parenting-panel--2013-12-13--i01"
	undated := "/items/middlesbrough--corporate-parenting-board--agenda-and-minutes--i01"
	tests := []struct {
		target string
		want   []string
	}{
		{"/", []string{`<label for="q">`, "What is indexed", "13 agenda items of 4 councils, 2013 to 2021", `href="/?topic=ofsted"`,
			"Corporate Parenting Panel", "within 12 months after an inadequate Ofsted judgement", `href="/help"`}},
		{"/?q=ofsted", []string{"<strong>5</strong> matching items", "<mark>Ofsted</mark>", `<h2>Council</h2>`, `<h2>Year</h2>`,
			`href="/api/search?format=csv&amp;q=ofsted"`, `href="/feeds/search?q=ofsted"`, `<link rel="alternate" type="application/atom+xml"`, `href="/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted"`,
			"Kent County Council", "item 65", "Group by meeting"}},
		{"/?q=ofsted&council=kent", []string{"<strong>1</strong> matching item ", `aria-current="true"`, "Council: Kent County Council",
			"Relative to Ofsted inspections", `href="/compare?neighbours_of=kent&amp;q=ofsted"`, "Compare Kent County Council with its statistical neighbours"}},
		{"/?q=ofsted&region=south-east", []string{"<strong>1</strong> matching item ", "Region: South East", `<h2>Type of council</h2>`}},
		{"/?q=ofsted&group=meeting", []string{"Corporate Parenting Board · ", "Show items one by one"}},
		{"/?council=middlesbrough&group=meeting", []string{"2 more matching items from this meeting", "Item 21/15", "Item 21/17"}},
		{"/?q=ofsted&group=meeting&size=2", []string{`rel="next"`, "Page 1 of 2"}},
		{"/?q=zzzz&council=kent", []string{"No results", "Remove Council: kent", "fewer or more general words"}},
		{"/?q=ofsted&from=2021&to=2021", []string{"<h2>Month</h2>", `href="/?from=2021-09&amp;q=ofsted&amp;to=2021-09"`, "From: 2021", "<strong>3</strong>"}},
		{"/?q=ofsted&from=2021-09&to=2021-09", []string{"<h2>Month</h2>", `<a href="/?q=ofsted" class="active" aria-current="true"><span class="visually-hidden">Remove filter: </span>2021-09`, "<strong>2</strong>"}},
		{"/?q=ofsted&size=2", []string{`rel="next"`, "Page 1 of 3"}},
		{"/?q=ofsted&size=2&page=2", []string{`rel="prev"`, `rel="next"`, "Page 2 of 3"}},
		{item + "?q=inspection", []string{"<mark>inspection</mark>", "Decisions", "RESOLVED that the Ofsted <mark>inspection</mark> report be noted.",
			`href="/councils/kent"`, `href="/meetings/kent--corporate-parenting-panel--2013-12-13"`, "Similar items from other councils",
			"Middlesbrough Council", `rel="next"`, "Kent County Council, Corporate Parenting Panel, 13 December 2013, Minute 65 Ofsted inspection",
			`href="/source/kent/corporate-parenting-panel/2013-12-13.txt"`}},
		{"/meetings/kent--corporate-parenting-panel--2013-12-13", []string{"Council Chamber", "Cllr A Smith", "Cllr C Brown", "RESOLVED that the Ofsted",
			`href="/items/kent--corporate-parenting-panel--2013-12-13--i02"`, "Original minutes"}},
		{"/councils", []string{`href="/councils/kent"`, "Cheshire East Council"}},
		{"/councils/middlesbrough", []string{"Corporate Parenting Board", "2021", "1 September 2021", "Meetings, newest first"}},
		{"/compare", []string{"Compare councils for"}},
		{"/compare?q=ofsted", []string{"<svg", `<title>Kent County Council, 2013: 1 of 3 items (33.3%); 0.02 per 10,000 residents aged 0–25</title>`, "Residents 0–25", `id="per-pop-link"`,
			`href="/?council=kent&amp;from=2013&amp;q=ofsted&amp;to=2013"`, "Download CSV"}},
		{"/compare?q=ofsted&norm=per10k", []string{"per 10,000 residents aged 0–25</strong>", `name="norm" value="per10k"`}},
		{"/compare?neighbours_of=kent", []string{"<strong>Kent County Council</strong> and its statistical neighbours", `name="neighbours_of" value="kent"`, "Luton Borough Council"}},
		{"/help", []string{`<a href="/?q=%22children%20in%20care%22"><code>"children in care"</code></a>`, "title:ofsted", "do not matter"}},
		// minutes whose date is unknown: no datetime, a filter of their own
		{"/?q=permanence", []string{"Middlesbrough Council · Corporate Parenting Board · date unknown · item 21/30",
			`href="/?q=permanence&amp;undated=1"`, "Date unknown <span"}},
		{"/?q=permanence&undated=1", []string{"<strong>1</strong> matching item", `class="active" aria-current="true"`,
			`href="/?q=permanence"`, `<input type="hidden" name="undated" value="1">`}},
		{undated + "?q=permanence", []string{"date unknown", "<mark>permanence</mark>",
			`<li>AGREED that<ul class="parts"><li>a) the <mark>permanence</mark> action plan be endorsed;</li><li>b) progress be reported to the Board;</li>`}},
		{"/meetings/middlesbrough--corporate-parenting-board--agenda-and-minutes", []string{"Corporate Parenting Board, date unknown"}},
		{"/councils/middlesbrough", []string{`<h3 id="y-unknown">Date unknown</h3>`, `aria-labelledby="y-unknown"`}},
		{"/compare?q=permanence", []string{">undated</th>", `href="/?council=middlesbrough&amp;q=permanence&amp;undated=1"`}},
	}
	for _, tt := range tests {
		body := htmlPage(t, h, tt.target, http.StatusOK)
		mustContain(t, tt.target, body, tt.want...)
		for _, fault := range webtest.Lint([]byte(body)) {
			t.Errorf("%s: %s", tt.target, fault)
		}
		if len(body) > 100_000 {
			t.Errorf("%s: %d bytes of HTML", tt.target, len(body))
		}
		if strings.Contains(body, "<script>") || regexp.MustCompile(`(?i)\son\w+=`).MatchString(body) || strings.Contains(body, "style=") {
			t.Errorf("%s: inline script or style", tt.target)
		}
	}
}

func TestPagesEscapeMinutes(t *testing.T) {
	h := newHandler(t, testIndex(t))
	for _, target := range []string{"/?q=script", "/items/kent--corporate-parenting-panel--2013-12-13--i03?q=script",
		"/meetings/kent--corporate-parenting-panel--2013-12-13", "/api/search?q=script"} {
		body := get(t, h, target).Body.String()
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>bold") {
			t.Errorf("%s: markup from the minutes was not escaped", target)
		}
		if !strings.Contains(body, "&lt;script&gt;alert") && !strings.Contains(body, `\u003cscript\u003ealert`) {
			t.Errorf("%s: escaped script text missing", target)
		}
	}
}

func TestFacetLinksToggle(t *testing.T) {
	h := newHandler(t, testIndex(t))
	body := htmlPage(t, h, "/?q=ofsted&page=1", http.StatusOK)
	add := regexp.MustCompile(`href="(/\?council=kent&amp;q=ofsted)"`).FindStringSubmatch(body)
	if add == nil {
		t.Fatalf("no link adding council=kent")
	}
	body = htmlPage(t, h, strings.ReplaceAll(add[1], "&amp;", "&"), http.StatusOK)
	mustContain(t, "filtered", body, "<strong>1</strong> matching item", `href="/?q=ofsted"`)
	// a year facet is a from/to range on that year
	mustContain(t, "year", htmlPage(t, h, "/?q=ofsted", http.StatusOK), `href="/?from=2021&amp;q=ofsted&amp;to=2021"`)
}

func TestPageBadParameters(t *testing.T) {
	h := newHandler(t, testIndex(t))
	for _, target := range []string{"/?page=0", "/?from=yesterday", "/compare?q=x&by=topic", "/?sort=x",
		"/?year=unknown", "/?undated=1&from=2013", "/?undated=yes"} {
		body := htmlPage(t, h, target, http.StatusBadRequest)
		mustContain(t, target, body, "Bad Request", "parameter")
		for _, fault := range webtest.Lint([]byte(body)) {
			t.Errorf("%s: %s", target, fault)
		}
	}
	mustContain(t, "year=unknown", htmlPage(t, h, "/?year=unknown", http.StatusBadRequest), "undated=1 keeps the items whose date is unknown")
	body := htmlPage(t, h, "/nope", http.StatusNotFound)
	mustContain(t, "404", body, "Not Found")
	for _, fault := range webtest.Lint([]byte(body)) {
		t.Errorf("404: %s", fault)
	}
}

func TestStaticFiles(t *testing.T) {
	h := newHandler(t, testIndex(t))
	for target, ctype := range map[string]string{"/static/style.css": "text/css; charset=utf-8", "/static/app.js": "text/javascript; charset=utf-8"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != ctype {
			t.Errorf("%s: status %d, type %q", target, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
}

// TestPageSizes checks that every page stays under 100 KB with its CSS and
// script, and logs the sizes.
func TestPageSizes(t *testing.T) {
	h := newHandler(t, testIndex(t))
	assets := len(get(t, h, "/static/style.css").Body.String()) + len(get(t, h, "/static/app.js").Body.String())
	for _, target := range []string{"/", "/?q=ofsted", "/?q=ofsted&group=meeting", "/items/kent--corporate-parenting-panel--2013-12-13--i01?q=ofsted",
		"/meetings/kent--corporate-parenting-panel--2013-12-13", "/councils", "/councils/kent", "/compare?q=ofsted", "/help", "/nope"} {
		n := get(t, h, target).Body.Len()
		t.Logf("%-70s %6d bytes HTML, %6d with CSS+JS", target, n, n+assets)
		if n+assets > 100_000 {
			t.Errorf("%s: %d bytes with CSS and JS, over 100 KB", target, n+assets)
		}
	}
}

func TestLongQueryString(t *testing.T) {
	h := newHandler(t, testIndex(t))
	rec := get(t, h, "/api/search?q=x&pad="+strings.Repeat("a", MaxQueryBytes))
	if rec.Code != http.StatusRequestURITooLong {
		t.Errorf("status %d, want 414", rec.Code)
	}
	var e errorBody
	decode(t, rec, &e)
}

// TestOfstedContextOnlyInRegister: a council outside the register of
// children's services authorities (the test corpus's Middlesbrough) gets no
// inspection-relative links, no Ofsted section and no compare with
// neighbours; one in it does.
func TestOfstedContextOnlyInRegister(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	for target, forbidden := range map[string][]string{
		"/?council=middlesbrough":  {"Relative to Ofsted inspections", "statistical neighbours"},
		"/councils/middlesbrough":  {"Ofsted inspections", "From minutes", "statistical neighbours", "/inspections\""},
		"/?q=leavers&council=kent": nil,
		"/councils/kent":           nil,
		"/councils/cheshire-east":  nil,
	} {
		body := htmlPage(t, h, target, http.StatusOK)
		for _, bad := range forbidden {
			if strings.Contains(body, bad) {
				t.Errorf("%s shows %q", target, bad)
			}
		}
		if forbidden == nil && !strings.Contains(body, "Ofsted inspections") {
			t.Errorf("%s shows no Ofsted context", target)
		}
	}
}

// TestPagerPastTheEnd: a page past the last one says so and links to the
// last, never "Page 99 of 1" with a link to page 98.
func TestPagerPastTheEnd(t *testing.T) {
	h := newHandler(t, testIndex(t))
	body := htmlPage(t, h, "/?q=ofsted&size=2&page=99", http.StatusOK)
	mustContain(t, "page 99", body, "Past the last page", "These results fill 3 pages", `href="/?page=3&amp;q=ofsted&amp;size=2"`)
	for _, bad := range []string{"Page 99", "page=98", `rel="next"`} {
		if strings.Contains(body, bad) {
			t.Errorf("page 99 of 3 shows %q", bad)
		}
	}
	for _, fault := range webtest.Lint([]byte(body)) {
		t.Errorf("page 99: %s", fault)
	}
}

// TestWording: counts say "1 meeting", never "1 meeting(s)", and a council
// whose minutes are of one day says so once.
func TestWording(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	for _, target := range []string{"/councils/kent", "/councils/middlesbrough", "/compare?q=ofsted", "/councils"} {
		body := htmlPage(t, h, target, http.StatusOK)
		if m := regexp.MustCompile(`\w\(s\)`).FindString(body); m != "" {
			t.Errorf("%s: %q", target, m)
		}
	}
	body := htmlPage(t, h, "/councils/kent", http.StatusOK)
	mustContain(t, "kent", body, "1 meeting, 3 items, on 13 December 2013.")
	if strings.Contains(body, "from 13 December 2013 to 13 December 2013") {
		t.Error("kent: a range from a day to the same day")
	}
}

// TestRelativeLinksApart: the links to search relative to inspections are
// set apart, not run together as one long link.
func TestRelativeLinksApart(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))
	body := htmlPage(t, h, "/?q=leavers&council=kent", http.StatusOK)
	i := strings.Index(body, "Relative to Ofsted inspections:")
	if i < 0 {
		t.Fatal("no links relative to inspections for Kent")
	}
	line := body[i:]
	line = line[:strings.Index(line, "</p>")]
	if links, apart := strings.Count(line, "<a "), strings.Count(line, "</a> · <a "); links < 2 || apart != links-1 {
		t.Errorf("%d links, %d set apart by a middle dot: %s", links, apart, line)
	}
}

// TestCouncilsWithMinutesFirst: the councils with minutes come first, in
// a table of their own, before the register's authorities without any,
// so that they are not lost among a hundred and fifty empty rows.
func TestCouncilsWithMinutesFirst(t *testing.T) {
	ix := testIndex(t)
	body := htmlPage(t, newHandler(t, ix, withContext(ix)), "/councils", http.StatusOK)
	with, without := strings.Index(body, `id="with-minutes"`), strings.Index(body, `id="without-minutes"`)
	if with < 0 {
		t.Fatal("no table of the councils with minutes")
	}
	for _, c := range []string{"kent", "cheshire-east", "middlesbrough"} {
		at := strings.Index(body, `href="/councils/`+c+`"`)
		if at < with || (without >= 0 && at > without) {
			t.Errorf("%s (with minutes) is not in the first table", c)
		}
	}
	if first := strings.Index(body, `class="no-minutes"`); first >= 0 && (without < 0 || first < without) {
		t.Error("a council without minutes is listed among those with minutes")
	}
}
