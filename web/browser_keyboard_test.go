package web

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/councilminutes/minutes/web/webtest"
)

// focused describes the element that has the focus: its tag, href or id,
// whether it can be seen, and whether its focus is drawn.
const focused = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return "body";
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  const seen = r.width > 0 && r.height > 0 && s.visibility !== "hidden";
  const drawn = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  return e.tagName.toLowerCase() + " " + (e.getAttribute("href") || e.id || e.name || "") +
    (seen ? "" : " INVISIBLE") + (drawn ? "" : " NO-FOCUS-RING");
})()`

// TestBrowserKeyboardOnly walks the pages with the Tab key alone: the
// first stop skips to the content, every stop can be seen and shows its
// focus, and the search box, a filter, a result and the pager's or
// export's links are all reached.
func TestBrowserKeyboardOnly(t *testing.T) {
	b := browseTestIndex(t)
	for _, tc := range []struct {
		path  string
		reach []string // parts of the stops that must be reached
	}{
		{"/?q=ofsted", []string{"a #main", "input q", "council=kent", "/items/", "format=csv"}},
		{"/items/kent--corporate-parenting-panel--2013-12-13--i01", []string{"a #main", "/meetings/kent--corporate-parenting-panel--2013-12-13"}},
		{"/meetings/kent--corporate-parenting-panel--2013-12-13", []string{"a #main", "/items/kent--corporate-parenting-panel--2013-12-13--i01"}},
		{"/councils", []string{"a #main", "/councils/kent"}},
		{"/compare?q=ofsted", []string{"a #main", "input cq", "council=kent", "format=csv"}},
	} {
		b.Open(tc.path)
		var stops []string
		for i := 0; i < 80; i++ {
			b.Do(chromedp.KeyEvent(kb.Tab))
			stop := webtest.Run(b, chromedp.Evaluate[string](focused))
			if stop == "body" || (len(stops) > 0 && stop == stops[0]) {
				break // round the page and back
			}
			stops = append(stops, stop)
			if strings.Contains(stop, "INVISIBLE") || strings.Contains(stop, "NO-FOCUS-RING") {
				t.Errorf("%s: Tab stop %d: %s", tc.path, i+1, stop)
			}
		}
		if len(stops) == 0 || !strings.HasPrefix(stops[0], "a #main") {
			t.Errorf("%s: the first Tab stop is %v, want the link skipping to the content", tc.path, stops[:min(len(stops), 1)])
		}
		all := strings.Join(stops, "\n")
		for _, want := range tc.reach {
			if !strings.Contains(all, want) {
				t.Errorf("%s: no Tab stop holds %q; stops:\n%s", tc.path, want, all)
			}
		}
	}
}
