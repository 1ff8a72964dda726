package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/internal/shared"
	"github.com/councilminutes/minutes/research"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/web"
)

// TestRealCorpusOutsideTheRegister serves 486 real minutes of an Irish
// council (../shared/real-corpus) as its own corpus, which has no
// authorities.csv or inspections.csv: the program's built-in register and
// record of Ofsted's inspections apply, yet its pest-control and housing
// inspections are not mined as inspections, and no page offers Ofsted's
// context for it.
func TestRealCorpusOutsideTheRegister(t *testing.T) {
	corpusDir := shared.Path(t, "real-corpus", "corpus")
	opts := indexer.Options{Corpus: corpusDir, Index: filepath.Join(t.TempDir(), "minutes.bleve"), Workers: 2,
		MaxBytes: indexer.DefaultMaxBytes, MaxPages: indexer.DefaultMaxPages, Timeout: indexer.DefaultTimeout,
		BatchItems: indexer.DefaultBatchItems, Search: searchOptions(corpusDir, nil)}
	rec, err := research.LoadRecord(corpusDir) // the built-in register and inspections
	if err != nil {
		t.Fatal(err)
	}
	opts.Search.Inspections, opts.Search.Register = rec.Inspections, rec.Register
	if _, err := indexer.Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(opts.Index, opts.Search)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	// The miner itself, whatever the register: nothing in these minutes is
	// an inspectorate inspecting the council's services.
	meetings, err := ix.Meetings(context.Background(), "")
	if err != nil || len(meetings) != 486 {
		t.Fatalf("%d meetings, %v", len(meetings), err)
	}
	for _, m := range meetings {
		for _, c := range inspections.Mine(m) {
			t.Errorf("mined %s: %q", c.ItemID, c.Sentence)
		}
	}

	h, err := web.New(web.Config{Searcher: ix, CorpusDir: corpusDir,
		Context: research.NewContext(ix, opts.Index, corpusDir, rec), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	var cs []web.CouncilJSON
	getJSON(t, srv, "/api/councils", http.StatusOK, &cs)
	var outside []string
	for _, c := range cs {
		if c.Meetings > 0 {
			if c.Register != nil || c.Inspections != 0 {
				t.Errorf("%s is given a register entry or inspections: %+v", c.Slug, c)
			}
			outside = append(outside, c.Slug)
		}
	}
	if len(cs) != 153+len(outside) || len(outside) == 0 {
		t.Errorf("%d councils, %d with minutes: want the register's 153 and those outside it", len(cs), len(outside))
	}
	for _, slug := range outside {
		var insp struct {
			FromMinutes []any `json:"from_minutes"`
		}
		getJSON(t, srv, "/api/councils/"+slug+"/inspections", http.StatusOK, &insp)
		if len(insp.FromMinutes) != 0 {
			t.Errorf("%s: %d inspections mined", slug, len(insp.FromMinutes))
		}
		if page := body(t, srv, "/councils/"+slug); strings.Contains(page, "Ofsted") || strings.Contains(page, "statistical neighbours") {
			t.Errorf("%s's page offers Ofsted's context", slug)
		}
	}
	for _, path := range []string{"/?q=inspection", "/?q=inspection&council=limerick", "/"} {
		if page := body(t, srv, path); strings.Contains(page, "Ofsted") {
			t.Errorf("%s mentions Ofsted", path)
		}
	}
	home := body(t, srv, "/")
	for _, want := range []string{"What is indexed", "2014 to 2019", "Limerick City and County Council"} {
		if !strings.Contains(home, want) {
			t.Errorf("the home page lacks %q", want)
		}
	}
}

// body GETs a page and returns it.
func body(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	return string(b)
}
