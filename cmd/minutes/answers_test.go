package main

import (
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/web"
)

// TestAnswersAgreeAcrossSurfaces checks that exact phrases, apostrophes
// and relaxed answers behave alike in the JSON API, the search page, the
// CSV export, the Atom feed and `minutes search`, on the bundled corpus.
func TestAnswersAgreeAcrossSurfaces(t *testing.T) {
	srv, _, _ := bundledServer(t)
	api := func(q string) web.SearchAnswer {
		var res web.SearchAnswer
		getJSON(t, srv, "/api/search?size=100&"+url.Values{"q": {q}}.Encode(), http.StatusOK, &res)
		return res
	}
	body := func(path string) string {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
		}
		return string(b)
	}
	ids := func(res web.SearchAnswer) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		return out
	}

	// an exact phrase no item holds: nothing, everywhere
	phrase := `"care of children"`
	if res := api(phrase); res.Total != 0 || res.Relaxed {
		t.Errorf("%s: API total %d relaxed %v, want nothing", phrase, res.Total, res.Relaxed)
	}
	if page := body("/?" + url.Values{"q": {phrase}}.Encode()); !strings.Contains(page, "No results") {
		t.Errorf("%s: the page does not say there are no results", phrase)
	}
	if rows := csvRows(t, body("/api/search?format=csv&"+url.Values{"q": {phrase}}.Encode())); len(rows) != 1 {
		t.Errorf("%s: CSV has %d rows, want the header only", phrase, len(rows))
	}

	// both apostrophes give the same items
	straight, curly := api("Chairman's announcements"), api("Chairman’s announcements")
	if straight.Total == 0 || !slices.Equal(ids(straight), ids(curly)) {
		t.Errorf("apostrophes: %q and %q", ids(straight), ids(curly))
	}

	// a misspelt word: the page offers the spelling the index holds
	if res := api("fostring placements"); len(res.Suggestions) == 0 || !slices.Contains(res.Suggestions[0].Spellings, "fostering") {
		t.Errorf("fostring: suggestions %+v", res.Suggestions)
	}
	if page := body("/?q=fostring+placements"); !strings.Contains(page, `href="/?q=fostering&#43;placements"`) {
		t.Errorf("fostring: the page does not link the search with fostering")
	}

	// a natural question no item answers word for word
	q := "council response to ofsted inadequate judgement"
	res := api(q)
	if !res.Relaxed || res.Total == 0 || len(res.Dropped) == 0 || len(res.Hits[0].Missing) == 0 {
		t.Fatalf("%q: API relaxed %v, total %d, dropped %q", q, res.Relaxed, res.Total, res.Dropped)
	}
	note := res.Notes[len(res.Notes)-1]
	page := body("/?" + url.Values{"q": {q}}.Encode())
	for _, want := range []string{"holding some of the words", "Does not hold: " + strings.Join(res.Hits[0].Missing, ", "), "No item holds all of council"} {
		if !strings.Contains(page, want) {
			t.Errorf("%q: the page lacks %q", q, want)
		}
	}
	rows := csvRows(t, body("/api/search?format=csv&"+url.Values{"q": {q}}.Encode()))
	if len(rows) != int(res.Total)+1 || rows[0][8] != "missing" || rows[1][0] != res.Hits[0].ID || rows[1][8] != strings.Join(res.Hits[0].Missing, "; ") {
		t.Errorf("%q: CSV rows %d (want %d), first %q", q, len(rows), res.Total+1, rows[1])
	}
	if feed := body("/feeds/search?" + url.Values{"q": {q}}.Encode()); !strings.Contains(feed, "No item holds all of council") || !strings.Contains(feed, "Does not hold: ") {
		t.Errorf("%q: the feed does not say the answer is relaxed", q)
	}
	index := buildIndex(t, bundledCorpus) // the server holds its own
	code, out, errs := run(t, "search", "--index", index, "--corpus", bundledCorpus, q)
	if code != exitOK || !strings.Contains(out, "hold some of the words") || !strings.Contains(out, "does not hold: ") || !strings.Contains(out, note) {
		t.Errorf("minutes search %q: exit %d\n%s%s", q, code, out, errs)
	}
}

func csvRows(t *testing.T, s string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, s)
	}
	return rows
}
