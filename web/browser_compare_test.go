package web

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/councilminutes/minutes/search/schema"
	"github.com/councilminutes/minutes/web/webtest"
)

// TestBrowserCompareDesktopNothingCut: on a desktop screen the compare
// page's table may scroll sideways inside its frame, but the line that
// says what the table holds is read whole, not cut at the frame's edge
// (it was the table's <caption>, as wide as the table); and the heat map's
// column labels, months since an inspection, neither overlap nor run past
// the map's left edge.
func TestBrowserCompareDesktopNothingCut(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped in -short mode")
	}
	// Kent's minutes every year from 2000: a table of 22 years, and 13
	// years of six-month spans before its inspection of 2013.
	ix := newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		for year := 2000; year < 2013; year++ {
			ms = append(ms, testMeeting("Kent County Council", "Corporate Parenting Panel", fmt.Sprintf("%d-06-01", year),
				item("1", "Ofsted readiness", "The Panel heard how the service prepares for Ofsted.", []string{"ofsted"})))
		}
		return ms
	})
	b := webtest.New(t)
	b.Serve(newHandler(t, ix, withContext(ix)))
	b.Viewport(1024, 900)
	for _, target := range []string{"/compare?q=ofsted&per=months_since_inspection", "/compare?q=ofsted"} {
		b.Open(target)
		b.Screenshot("compare-desktop")
		cut := webtest.Run(b, chromedp.Evaluate[[]string](`(() => {
  const cut = [];
  const cap = document.getElementById('compare-table-caption') || document.querySelector('.compare-table caption');
  if (!cap) return ['no caption'];
  const frame = cap.closest('.scroll') || document.querySelector('main');
  const c = cap.getBoundingClientRect(), f = frame.getBoundingClientRect();
  if (c.right > f.right + 1 || c.right > innerWidth) cut.push('caption ends at ' + c.right + ', its frame at ' + Math.min(f.right, innerWidth));
  const svg = document.querySelector('.heatmap svg').getBoundingClientRect();
  const labels = Array.from(document.querySelectorAll('.heatmap svg > text')).map(e => e.getBoundingClientRect());
  labels.forEach((r, i) => {
    if (r.left < svg.left - 1) cut.push('label ' + i + ' starts left of the map');
    if (i > 0 && r.left < labels[i-1].right) cut.push('label ' + i + ' overlaps the one before');
  });
  return cut;
})()`))
		for _, c := range cut {
			t.Errorf("%s: %s", target, c)
		}
		// the table, with room, names each span whole
		if head := b.Text(".compare-table thead th:nth-child(3)"); strings.Contains(target, "months") && !strings.Contains(head, " to ") {
			t.Errorf("%s: the table's first span is headed %q", target, head)
		}
	}
}
