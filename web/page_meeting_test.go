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

// TestMeetingSourceSaysWhatItOpens: a meeting read from a council's web
// page whose source link is the printed minutes PDF says "PDF", not the
// format it was read from.
func TestMeetingSourceSaysWhatItOpens(t *testing.T) {
	for _, tc := range []struct{ url, format, want string }{
		{"https://democracy.example.gov.uk/documents/g1/Printed%20minutes%2010-Jan-2023.pdf?T=1", "html", "PDF"},
		{"https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2", "moderngov", "web page"},
		{"https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7", "pdf", "PDF"},
		{"/source/kent/cpp/2013-12-13.docx", "docx", "Word"},
		{"/source/kent/cpp/2013-12-13.txt", "text", "text"},
		{"", "markdown", "markdown"},
	} {
		if got := sourceKind(tc.url, tc.format); got != tc.want {
			t.Errorf("sourceKind(%q, %q) = %q, want %q", tc.url, tc.format, got, tc.want)
		}
	}
	printed := "https://democracy.example.gov.uk/documents/g1/Printed%20minutes.pdf?T=1"
	h := newHandler(t, newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		ms[0].Format, ms[0].SourceURL = "html", printed
		return ms
	}))
	page := htmlPage(t, h, "/meetings/kent--corporate-parenting-panel--2013-12-13", http.StatusOK)
	mustContain(t, "meeting read from a page, linking its printed minutes", page, "Original minutes (PDF)")
	if strings.Contains(page, "Original minutes (html)") {
		t.Error("the link to a PDF is labelled html")
	}
	item := htmlPage(t, h, "/items/kent--corporate-parenting-panel--2013-12-13--i01", http.StatusOK)
	mustContain(t, "its item", item, `<a href="`+strings.ReplaceAll(printed, "&", "&amp;")+`">Original minutes (PDF)</a>`)
}
