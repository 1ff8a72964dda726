package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// newHandler builds the whole application over a Searcher, logging to the
// test log.
func newHandler(t *testing.T, s search.Searcher, opts ...func(*Config)) http.Handler {
	t.Helper()
	cfg := Config{Searcher: s, Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})), Version: "test"}
	for _, o := range opts {
		o(&cfg)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return h
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(p))
	return len(p), nil
}

func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

// decode decodes a JSON body into v, failing the test on error.
func decode(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("Content-Type = %q, want JSON", ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %s: %v", rec.Body.String(), err)
	}
}

// brokenSearcher wraps an index and fails or panics on Search and Item:
// a real index cannot be made to fail with a chosen error, or to panic,
// and the tests of error mapping need both.
type brokenSearcher struct {
	search.Searcher
	err      error
	panicMsg string
}

func (b brokenSearcher) Search(ctx context.Context, req search.Request) (*search.Result, error) {
	if b.panicMsg != "" {
		panic(b.panicMsg)
	}
	return nil, b.err
}

func (b brokenSearcher) Item(ctx context.Context, id string) (*search.ItemDetail, error) {
	if b.panicMsg != "" {
		panic(b.panicMsg)
	}
	return nil, b.err
}
