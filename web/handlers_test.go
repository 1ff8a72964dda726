package web

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gorilla/mux"

	"github.com/councilminutes/minutes/search"
)

func testServer(t testing.TB) *Server {
	t.Helper()
	s, err := newServer(Config{Searcher: testIndex(t), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestHandlersWithoutRouter calls handlers directly, with path variables
// set as the router would.
func TestHandlersWithoutRouter(t *testing.T) {
	s := testServer(t)
	req := mux.SetURLVars(httptest.NewRequest(http.MethodGet, "/x", nil), map[string]string{"id": "luton-borough--scrutiny-children-services-review-group--2021-03-02--i02"})
	res, err := s.apiItem(req)
	if err != nil {
		t.Fatal(err)
	}
	if it := res.(*ItemJSON); it.CouncilSlug != "luton-borough" || it.PrevID == "" {
		t.Errorf("item = %+v", it)
	}
	p, err := s.pageItem(req)
	if err != nil || p.Template != "item.html" {
		t.Fatalf("pageItem = %+v, %v", p, err)
	}
	if v := p.View.(itemView); len(v.Decisions) != 1 || v.PrevURL == "" || v.NextURL != "" {
		t.Errorf("item view = %+v", v)
	}
	req = mux.SetURLVars(httptest.NewRequest(http.MethodGet, "/x", nil), map[string]string{"slug": "nowhere"})
	if _, err := s.apiCouncil(req); !errors.Is(err, search.ErrNotFound) {
		t.Errorf("apiCouncil(nowhere) error = %v, want ErrNotFound", err)
	}
}

func BenchmarkSearchPage(b *testing.B) {
	s := testServer(b)
	h := s.routes()
	req := httptest.NewRequest(http.MethodGet, "/?q=ofsted&group=meeting", nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

func BenchmarkSafeSnippet(b *testing.B) {
	sn := "The Panel considered the <mark>Ofsted</mark> inspection report &amp; members asked about the <mark>inspection</mark> findings on care leavers."
	for b.Loop() {
		safeSnippet(sn)
	}
}
