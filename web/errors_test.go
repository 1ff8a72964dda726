package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

func TestHealthz(t *testing.T) {
	dir := t.TempDir()
	ix, err := buildIndex(dir, testMeetings())
	if err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, ix)
	if rec := get(t, h, "/healthz"); rec.Code != http.StatusOK {
		t.Errorf("healthy: status %d", rec.Code)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	rec := get(t, h, "/healthz")
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("closed index: status %d, want 503", rec.Code)
	}
	if strings.Contains(rec.Body.String(), dir) {
		t.Errorf("internal error leaked: %s", rec.Body)
	}
}

func TestErrorMapping(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("query: %w", search.ErrBadRequest), http.StatusBadRequest},
		{fmt.Errorf("item: %w", search.ErrNotFound), http.StatusNotFound},
		{fmt.Errorf("search: %w", context.DeadlineExceeded), http.StatusGatewayTimeout},
		{errors.New("disk on fire at /var/secret"), http.StatusInternalServerError},
	}
	for _, tt := range tests {
		h := newHandler(t, brokenSearcher{Searcher: testIndex(t), err: tt.err})
		for _, target := range []string{"/api/search?q=x", "/?q=x"} {
			rec := get(t, h, target)
			if rec.Code != tt.want {
				t.Errorf("%v on %s: status %d, want %d", tt.err, target, rec.Code, tt.want)
			}
			if strings.Contains(rec.Body.String(), "/var/secret") {
				t.Errorf("%s leaked the internal error: %s", target, rec.Body)
			}
		}
	}
}

func TestPanicRecovery(t *testing.T) {
	h := newHandler(t, brokenSearcher{Searcher: testIndex(t), panicMsg: "secret internals"})
	for _, target := range []string{"/api/search?q=x", "/?q=x", "/items/x"} {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("X-Request-Id", "req-42")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", target, rec.Code)
		}
		body := rec.Body.String()
		if strings.Contains(body, "secret internals") || strings.Contains(body, "goroutine") {
			t.Errorf("%s: internals leaked: %s", target, body)
		}
		if !strings.Contains(body, "req-42") || rec.Header().Get("X-Request-Id") != "req-42" {
			t.Errorf("%s: request id missing from answer %q", target, body)
		}
	}
	var e errorBody
	decode(t, get(t, h, "/api/search"), &e)
	if !strings.HasPrefix(e.Error, "internal error") {
		t.Errorf("error = %q", e.Error)
	}
}

func TestRequestID(t *testing.T) {
	h := newHandler(t, testIndex(t))
	req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
	req.Header.Set("X-Request-Id", "<bad id>")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	id := rec.Header().Get("X-Request-Id")
	if id == "" || id == "<bad id>" {
		t.Errorf("X-Request-Id = %q, want a fresh id", id)
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := newHandler(t, testIndex(t))
	for _, target := range []string{"/", "/?q=ofsted", "/api/search?q=x", "/static/style.css", "/nope", "/api/nope", "/help"} {
		rec := get(t, h, target)
		hd := rec.Header()
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "style-src 'self'") {
			t.Errorf("%s: CSP %q", target, csp)
		}
		for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin"} {
			if got := hd.Get(k); got != want {
				t.Errorf("%s: %s = %q, want %q", target, k, got, want)
			}
		}
	}
}

func TestAdminReindex(t *testing.T) {
	calls := 0
	reindex := func(ctx context.Context) error { calls++; return nil }
	post := func(h http.Handler, auth string) int {
		req := httptest.NewRequest(http.MethodPost, "/api/admin/reindex", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	off := newHandler(t, testIndex(t), func(c *Config) { c.Reindex = reindex })
	if code := post(off, "Bearer x"); code != http.StatusNotFound {
		t.Errorf("without token configured: status %d, want 404", code)
	}
	on := newHandler(t, testIndex(t), func(c *Config) { c.Reindex = reindex; c.AdminToken = "s3cret" })
	for auth, want := range map[string]int{"": 401, "Bearer wrong": 401, "s3cret": 401, "Bearer s3cret": 200} {
		if code := post(on, auth); code != want {
			t.Errorf("Authorization %q: status %d, want %d", auth, code, want)
		}
	}
	if calls != 1 {
		t.Errorf("reindex called %d times, want 1", calls)
	}
	if rec := get(t, on, "/api/admin/reindex"); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET reindex: status %d, want 405", rec.Code)
	}
}

func TestNewRejectsMissingSearcher(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Error("New without a Searcher succeeded")
	}
	file := filepath.Join(t.TempDir(), "file.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{Searcher: testIndex(t), CorpusDir: file}); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("New with a file as corpus dir: %v", err)
	}
	h := newHandler(t, testIndex(t), func(c *Config) { c.CorpusDir = "/no/such/dir" })
	if rec := get(t, h, "/source/a.txt"); rec.Code != http.StatusNotFound {
		t.Errorf("missing corpus dir: /source/ status %d, want 404", rec.Code)
	}
}

// TestMethodsAndStaticMisses: a method a route does not take is a 405
// with the Allow header the status requires; OPTIONS is answered 204
// with it; a file /static/ does not hold is the site's HTML 404, never
// cached (it was the file server's plain text, cacheable for an hour).
func TestMethodsAndStaticMisses(t *testing.T) {
	h := newHandler(t, testIndex(t))
	for _, tc := range []struct {
		method, path string
		status       int
		allow, ctype string
	}{
		{http.MethodPost, "/api/search?q=x", http.StatusMethodNotAllowed, "GET, HEAD", "application/json; charset=utf-8"},
		{http.MethodDelete, "/", http.StatusMethodNotAllowed, "GET, HEAD", "text/html; charset=utf-8"},
		{http.MethodPut, "/static/style.css", http.StatusMethodNotAllowed, "GET, HEAD", "text/html; charset=utf-8"},
		{http.MethodOptions, "/api/search", http.StatusNoContent, "GET, HEAD", ""},
		{http.MethodOptions, "/councils", http.StatusNoContent, "GET, HEAD", ""},
		{http.MethodOptions, "/api/nowhere", http.StatusNotFound, "", "application/json; charset=utf-8"},
		{http.MethodGet, "/static/nowhere.css", http.StatusNotFound, "", "text/html; charset=utf-8"},
		{http.MethodGet, "/static/", http.StatusNotFound, "", "text/html; charset=utf-8"},
		{http.MethodGet, "/static/style.css", http.StatusOK, "", "text/css; charset=utf-8"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.status || rec.Header().Get("Allow") != tc.allow || rec.Header().Get("Content-Type") != tc.ctype {
			t.Errorf("%s %s: status %d, Allow %q, Content-Type %q; want %d, %q, %q", tc.method, tc.path,
				rec.Code, rec.Header().Get("Allow"), rec.Header().Get("Content-Type"), tc.status, tc.allow, tc.ctype)
		}
		if rec.Code == http.StatusNotFound && rec.Header().Get("Cache-Control") != "" {
			t.Errorf("%s %s: a 404 sent Cache-Control %q", tc.method, tc.path, rec.Header().Get("Cache-Control"))
		}
	}
}
