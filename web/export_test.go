package web

import (
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"

	"github.com/councilminutes/minutes/internal/golden"
)

func readCSV(t *testing.T, body string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("parse csv: %v\n%s", err, body)
	}
	return rows
}

func TestSearchCSV(t *testing.T) {
	h := newHandler(t, testIndex(t))
	rec := get(t, h, "/api/search?q=ofsted&sort=date&format=csv&page=3")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	rows := readCSV(t, rec.Body.String())
	want := []string{"id", "council", "committee", "date", "item_number", "title", "url", "snippet", "missing"}
	if strings.Join(rows[0], ",") != strings.Join(want, ",") {
		t.Errorf("header %v", rows[0])
	}
	if len(rows) != 6 { // header + every match, whatever page was asked for
		t.Errorf("%d rows, want 6", len(rows))
	}
	for _, r := range rows[1:] {
		if strings.Contains(r[7], "<mark>") || strings.Contains(r[7], "&lt;") {
			t.Errorf("snippet not plain text: %q", r[7])
		}
	}
	golden.Check(t, filepath.Join("testdata", "search.csv"), rec.Body.Bytes())
}

func TestSearchCSVEscapesMarkupAndFormulas(t *testing.T) {
	h := newHandler(t, testIndex(t))
	rows := readCSV(t, get(t, h, "/api/search?q=script&format=csv").Body.String())
	if len(rows) != 2 || !strings.Contains(rows[1][7], "<script>alert('x')</script>") {
		t.Errorf("rows %q: want the snippet unescaped as plain text", rows)
	}
	if got := cell("=HYPERLINK(\"x\")"); got != "'=HYPERLINK(\"x\")" {
		t.Errorf("cell = %q", got)
	}
	if got := cell("21/15"); got != "21/15" {
		t.Errorf("cell = %q", got)
	}
}

// manySearcher answers every search with total matches, paged: the
// export's limit of 5,000 rows is tested on 12,000 matches, which would
// take an index of 12,000 items to build for every run of the tests.
type manySearcher struct {
	search.Searcher
	total int
	calls int
}

func (m *manySearcher) Search(ctx context.Context, req search.Request) (*search.Result, error) {
	m.calls++
	res := &search.Result{Total: uint64(m.total), Page: req.Page, Size: req.Size}
	start := (req.Page - 1) * req.Size
	for i := start; i < min(start+req.Size, m.total); i++ {
		res.Hits = append(res.Hits, search.Hit{ID: fmt.Sprintf("item-%05d", i), Title: "t"})
	}
	return res, nil
}

func TestSearchCSVPagesUpToLimit(t *testing.T) {
	for _, tt := range []struct{ total, rows, calls int }{{250, 250, 3}, {12000, MaxExportRows, MaxExportRows / search.MaxSize}} {
		m := &manySearcher{Searcher: testIndex(t), total: tt.total}
		rows := readCSV(t, get(t, newHandler(t, m), "/api/search?format=csv").Body.String())
		if len(rows)-1 != tt.rows || m.calls != tt.calls {
			t.Errorf("total %d: %d rows in %d calls, want %d in %d", tt.total, len(rows)-1, m.calls, tt.rows, tt.calls)
		}
		if rows[len(rows)-1][0] != fmt.Sprintf("item-%05d", tt.rows-1) {
			t.Errorf("last row %v", rows[len(rows)-1])
		}
	}
}

type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

func TestAtomFeed(t *testing.T) {
	h := newHandler(t, testIndex(t), func(c *Config) { c.BaseURL = "https://minutes.example.org/" })
	rec := get(t, h, "/feeds/search?q=ofsted&council=kent&council=middlesbrough")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("Content-Type %q", ct)
	}
	var feed atomFeed
	if err := xml.Unmarshal(rec.Body.Bytes(), &feed); err != nil {
		t.Fatalf("parse atom: %v", err)
	}
	if len(feed.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(feed.Entries))
	}
	first := feed.Entries[0]
	if !strings.HasPrefix(first.Updated, "2021-09-01") || !strings.HasPrefix(feed.Updated, "2021-09-01") {
		t.Errorf("newest first: entry %q feed %q", first.Updated, feed.Updated)
	}
	if !strings.HasPrefix(first.Link.Href, "https://minutes.example.org/items/middlesbrough--") {
		t.Errorf("link %q", first.Link.Href)
	}
	if !strings.Contains(feed.Title, "ofsted") || !strings.Contains(first.Title, "Middlesbrough Council") {
		t.Errorf("titles %q / %q", feed.Title, first.Title)
	}
}

func TestCompareAPI(t *testing.T) {
	h := newHandler(t, testIndex(t))
	var res CompareAnswer
	decode(t, get(t, h, "/api/compare?q=ofsted&by=council&per=year"), &res)
	if len(res.Rows) != 4 || len(res.Periods) != 4 || res.Periods[3] != "unknown" {
		t.Fatalf("compare = %+v", res)
	}
	rec := get(t, h, "/api/compare?q=ofsted&format=csv")
	rows := readCSV(t, rec.Body.String())
	if len(rows) != 1+4*4 || rows[0][0] != "council" {
		t.Errorf("compare csv has %d rows: %v", len(rows), rows[:1])
	}
	golden.Check(t, filepath.Join("testdata", "compare.csv"), rec.Body.Bytes())
}
