package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestControlCharactersAre400: a parameter holding a control character,
// bytes that are not UTF-8 or a broken %-escape is a 400 naming it, on
// every kind of route, rather than a search for it (a NUL in q answered
// 200 and echoed the NUL into the page title and the feed).
func TestControlCharactersAre400(t *testing.T) {
	h := newHandler(t, testIndex(t))
	paths := []string{"/api/search", "/", "/feeds/search", "/api/compare", "/compare", "/help",
		"/items/kent--corporate-parenting-panel--2013-12-13--i01"}
	bad := []struct{ query, param string }{
		{"q=%00", "q"},
		{"q=ofsted%01", "q"},
		{"q=%1b%5B31m", "q"},
		{"q=x%7f", "q"},
		{"q=x%C2%85", "q"},
		{"council=kent&committee=a%00b", "committee"},
		{"q=ofsted&sort=date%00", "sort"},
		{"q=%zz", "q"},
		{"q=ofsted&after=%ff", "after"},
		{"q%00=ofsted", "the name holds the control character"},
	}
	for _, p := range paths {
		for _, b := range bad {
			rec := get(t, h, p+"?"+b.query)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("%s?%s: status %d, want 400", p, b.query, rec.Code)
				continue
			}
			if !strings.Contains(rec.Body.String(), b.param) {
				t.Errorf("%s?%s: the 400 does not name %q: %.300s", p, b.query, b.param, rec.Body)
			}
		}
	}
	for _, ok := range []string{"q=ofsted%09care", "q=ofsted%0D%0Acare", "q=caf%C3%A9", "q=%E2%80%AE"} {
		if rec := get(t, h, "/api/search?"+ok); rec.Code != http.StatusOK {
			t.Errorf("/api/search?%s: status %d, want 200: %.300s", ok, rec.Code, rec.Body)
		}
	}
}
