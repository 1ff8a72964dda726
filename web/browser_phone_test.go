package web

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/councilminutes/minutes/web/webtest"
)

// TestBrowserPhoneReachesFilters: on a phone the filters come after the
// results, out of sight; a link at the top of the results leads to them
// (hidden on a wide screen, where the filters are beside the results).
func TestBrowserPhoneReachesFilters(t *testing.T) {
	b := browseTestIndex(t)

	visible := `getComputedStyle(document.querySelector('.jump-filters')).display !== 'none'`
	filtersInView := `(r => r.top >= 0 && r.top < innerHeight)(document.getElementById('filters').getBoundingClientRect())`

	b.Viewport(1280, 900)
	b.Open("/?q=ofsted")
	if webtest.Run(b, chromedp.Evaluate[bool](visible)) {
		t.Error("the link to the filters shows on a wide screen, beside them")
	}

	b.Viewport(390, 700)
	b.Open("/?q=ofsted")
	if !webtest.Run(b, chromedp.Evaluate[bool](visible)) {
		t.Fatal("no link to the filters at the top of the results on a phone")
	}
	if webtest.Run(b, chromedp.Evaluate[bool](filtersInView)) {
		t.Fatal("the filters are already in view on a phone: the test shows nothing")
	}
	b.Do(chromedp.Focus(".jump-filters a", chromedp.NodeVisible), chromedp.KeyEvent("\r"))
	if !webtest.Run(b, chromedp.Evaluate[bool](filtersInView)) {
		t.Error("Enter on the link did not bring the filters into view")
	}
	b.Screenshot("phone-filters")
}
