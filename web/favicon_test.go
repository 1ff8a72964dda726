package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestFavicon: every page names an icon that answers, and /favicon.ico,
// which browsers ask for anyway, answers too: it was a 404 on every first
// page a browser opened.
func TestFavicon(t *testing.T) {
	h := newHandler(t, testIndex(t))
	page := get(t, h, "/help").Body.String()
	if !strings.Contains(page, `<link rel="icon" href="/static/favicon.svg"`) {
		t.Fatal("the page names no icon")
	}
	for _, target := range []string{"/static/favicon.svg", "/favicon.ico"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "image/svg+xml") {
			t.Errorf("%s: status %d, type %q", target, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
}
