package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/councilminutes/minutes/web/webtest"
)

// TestBrowserPagesQuiet opens every kind of page, at a desktop's width and
// a phone's, as a visitor walks them (home, search, facets, item,
// meeting, councils, council, compare, help, an error): none reports a
// script error or warning, none scrolls sideways, and every link of the
// site on it answers.
func TestBrowserPagesQuiet(t *testing.T) {
	b := browseTestIndex(t)
	errs := b.ConsoleErrors()
	pages := []string{"/", "/?q=ofsted", "/?q=ofsted&council=kent&sort=-date", "/?q=care+leavers&group=meeting",
		"/items/kent--corporate-parenting-panel--2013-12-13--i01", "/meetings/kent--corporate-parenting-panel--2013-12-13",
		"/councils", "/councils/kent", "/compare?q=ofsted", "/compare?q=ofsted&norm=per10k", "/help", "/?q=%22", "/items/none"}
	checked := map[string]bool{}
	for _, width := range []int64{1280, 390} {
		b.Viewport(width, 900)
		for _, p := range pages {
			b.Open(p)
			if got := errs(); len(got) > 0 {
				t.Errorf("%d px, %s: %q", width, p, got)
			}
			if w := b.PageWidth(); w > int(width) {
				t.Errorf("%d px, %s: the page is %d px wide", width, p, w)
			}
			links := webtest.Run(b, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a[href]'))
  .map(a => new URL(a.getAttribute('href'), location.href)).filter(u => u.origin === location.origin)
  .map(u => u.pathname + u.search)`))
			for _, l := range links {
				if checked[l] {
					continue
				}
				checked[l] = true
				if strings.HasPrefix(l, "/items/none") || strings.HasPrefix(l, "/?q=%22") || strings.HasPrefix(l, "/source/") {
					continue // the error pages' own links to themselves; this index has no corpus to serve
				}
				resp, err := http.Get(b.BaseURL + l)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode >= 400 {
					t.Errorf("%s links %s: %d", p, l, resp.StatusCode)
				}
			}
		}
	}
	if len(checked) < 50 {
		t.Errorf("only %d links checked", len(checked))
	}
}
