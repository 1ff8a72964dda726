package web

import (
	"net/http"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestMeetingPageShowsStructure checks that a meeting page says how its
// items were found, flags minutes that may be mis-split, and links the
// text before the first item.
func TestMeetingPageShowsStructure(t *testing.T) {
	h := newHandler(t, newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		ms[0].Header = "KENT COUNTY COUNCIL\nPresent: Cllr A Smith"
		ms[0].Structure = schema.Structure{Method: "headings", Confidence: 0.42,
			Reasons: []string{"3 items from unnumbered headings (headings in bold)"}}
		ms[1].Structure = schema.Structure{Method: "numbered", Confidence: 0.97, Reasons: []string{"2 items numbered 48 to 49"}}
		return ms
	}))

	low := htmlPage(t, h, "/meetings/kent--corporate-parenting-panel--2013-12-13", http.StatusOK)
	mustContain(t, "low confidence", low, "Items found", "from unnumbered headings, confidence 0.42", "may be mis-split",
		"3 items from unnumbered headings (headings in bold)", `href="/items/kent--corporate-parenting-panel--2013-12-13--i00"`)

	high := htmlPage(t, h, "/meetings/cheshire-east--corporate-parenting-committee--2018-05-09", http.StatusOK)
	mustContain(t, "high confidence", high, "from their numbers, confidence 0.97")
	if strings.Contains(high, "mis-split") || strings.Contains(high, "--i00") {
		t.Error("a well-found meeting without a heading text is flagged or links a front record")
	}
}
