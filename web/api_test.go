package web

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

func TestSearchAPIFields(t *testing.T) {
	h := newHandler(t, testIndex(t))
	rec := get(t, h, "/api/search?q=ofsted")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var body map[string]any
	decode(t, rec, &body)
	for _, k := range []string{"query", "total", "took_ms", "page", "size", "hits", "facets"} {
		if _, ok := body[k]; !ok {
			t.Errorf("answer lacks %q", k)
		}
	}
	hits := body["hits"].([]any)
	if len(hits) == 0 {
		t.Fatal("no hits for ofsted")
	}
	hit := hits[0].(map[string]any)
	for _, k := range []string{"id", "meeting_id", "council", "council_name", "committee", "committee_name", "date",
		"item_number", "title", "snippets", "topics", "score", "url", "source_url"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("hit lacks %q", k)
		}
	}
	facets := body["facets"].(map[string]any)
	for _, k := range []string{"council", "committee", "topic", "year"} {
		vals, ok := facets[k].([]any)
		if !ok || len(vals) == 0 {
			t.Errorf("facet %q missing or empty", k)
			continue
		}
		for _, f := range []string{"value", "label", "count"} {
			if _, ok := vals[0].(map[string]any)[f]; !ok {
				t.Errorf("facet %q value lacks %q", k, f)
			}
		}
	}
}

func TestSearchAPIFilters(t *testing.T) {
	h := newHandler(t, testIndex(t))
	total := func(target string) uint64 {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", target, rec.Code, rec.Body)
		}
		var res SearchAnswer
		decode(t, rec, &res)
		return res.Total
	}
	tests := []struct {
		target string
		want   uint64
	}{
		{"/api/search?q=ofsted", 5},
		{"/api/search?q=ofsted&council=kent", 1},
		{"/api/search?q=ofsted&council=kent&council=middlesbrough", 3},
		{"/api/search?q=ofsted&from=2021", 3},
		{"/api/search?q=ofsted&from=2018&to=2018-12", 1},
		{"/api/search?q=ofsted&topic=ofsted&committee=corporate-parenting-board", 2},
		{"/api/search?q=noted&decisions=1", 4},
		{"/api/search?q=ofsted+-inspection", 2},
		{"/api/search?q=permanence&undated=1", 1},
		{"/api/search?q=ofsted&undated=1", 0},
		{"/api/search", 13},
		// characters printed as nothing: an empty search, and inside a
		// word (a soft hyphen copied from a PDF) not there
		{"/api/search?q=%E2%80%8B", 13},
		{"/api/search?q=of%C2%ADsted", 5},
	}
	for _, tt := range tests {
		if got := total(tt.target); got != tt.want {
			t.Errorf("%s: total %d, want %d", tt.target, got, tt.want)
		}
	}
}

func TestBadParameters(t *testing.T) {
	h := newHandler(t, testIndex(t))
	long := strings.Repeat("a", search.MaxQueryLength+1)
	tests := []struct{ target, param string }{
		{"/api/search?page=0", "page"},
		{"/api/search?page=x", "page"},
		{"/api/search?page=501", "page"},
		{"/api/search?size=0", "size"},
		{"/api/search?size=101", "size"},
		{"/api/search?kind=letters", "kind"},
		{"/api/search?person=J%20Collins", "person"},
		{"/api/search?size=-5", "size"},
		{"/api/search?sort=score", "sort"},
		{"/api/search?from=2019-13", "from"},
		{"/api/search?from=19", "from"},
		{"/api/search?to=2019-02-30", "to"},
		{"/api/search?from=2020&to=2019", "from"},
		{"/api/search?decisions=yes", "decisions"},
		{"/api/search?group=council", "group"},
		{"/api/search?year=21", "year"},
		{"/api/search?council=Kent+County", "council"},
		{"/api/search?committee=a/b", "committee"},
		{"/api/search?topic=%3Cx%3E", "topic"},
		{"/api/search?q=" + long, "q"},
		{"/api/search?format=xml", "format"},
		{"/api/search?kind=zzz", "kind"},
		{"/api/search?from=1677", "from"},
		{"/api/search?to=2262", "to"},
		{"/api/search?after=abc", "after"},
		{"/api/search?q=x&within=6", "within"},
		{"/api/search?q=care+kind:zzz", "q"},
		{"/api/compare?q=kind:zzz", "q"},
		{"/feeds/search?q=kind:zzz", "q"},
		{"/api/compare?q=x&by=topic", "by"},
		{"/api/compare?q=x&per=month", "per"},
		{"/api/compare?q=x&page=abc", "page"},
		{"/api/items/kent--corporate-parenting-panel--2013-12-13--i01/similar?all=2", "all"},
		{"/api/items/kent--corporate-parenting-panel--2013-12-13--i01/similar?size=1000", "size"},
		{"/feeds/search?sort=x", "sort"},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.target)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", tt.target, rec.Code)
			continue
		}
		var e errorBody
		decode(t, rec, &e)
		if !strings.Contains(e.Error, `"`+tt.param+`"`) {
			t.Errorf("%s: error %q does not name parameter %q", tt.target, e.Error, tt.param)
		}
	}
}

func TestNotFound(t *testing.T) {
	h := newHandler(t, testIndex(t))
	tests := []struct {
		target string
		json   bool
	}{
		{"/api/items/nope", true},
		{"/api/items/nope/similar", true},
		{"/api/meetings/nope", true},
		{"/api/councils/nope", true},
		{"/api/nothing-here", true},
		{"/items/nope", false},
		{"/meetings/nope", false},
		{"/councils/nope", false},
		{"/no/such/page", false},
		{"/static/", false},
		{"/static/missing.css", false},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.target)
		if rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", tt.target, rec.Code)
			continue
		}
		ct := rec.Header().Get("Content-Type")
		if tt.json {
			var e errorBody
			decode(t, rec, &e)
			if e.Error == "" {
				t.Errorf("%s: empty error", tt.target)
			}
		} else if !strings.HasPrefix(ct, "text/html") && !strings.HasPrefix(tt.target, "/static/") {
			t.Errorf("%s: Content-Type %q, want HTML", tt.target, ct)
		}
	}
}

func TestItemAndMeetingAPI(t *testing.T) {
	h := newHandler(t, testIndex(t))
	rec := get(t, h, "/api/items/kent--corporate-parenting-panel--2013-12-13--i02")
	var it map[string]any
	decode(t, rec, &it)
	for _, k := range []string{"id", "meeting_id", "council", "title", "text", "decisions", "prev_id", "next_id", "url", "source_url"} {
		if _, ok := it[k]; !ok {
			t.Errorf("item lacks %q", k)
		}
	}
	if it["prev_id"] != "kent--corporate-parenting-panel--2013-12-13--i01" || it["next_id"] != "kent--corporate-parenting-panel--2013-12-13--i03" {
		t.Errorf("prev/next = %v/%v", it["prev_id"], it["next_id"])
	}
	rec = get(t, h, "/api/meetings/kent--corporate-parenting-panel--2013-12-13")
	var m MeetingJSON
	decode(t, rec, &m)
	if len(m.Items) != 3 || m.Venue == "" || m.CouncilName != "Kent County Council" {
		t.Errorf("meeting = %+v", m)
	}
}

func TestSimilarAPI(t *testing.T) {
	h := newHandler(t, testIndex(t))
	id := "kent--corporate-parenting-panel--2013-12-13--i01"
	councils := func(target string) []string {
		var res SimilarAnswer
		decode(t, get(t, h, target), &res)
		var out []string
		for _, hit := range res.Hits {
			out = append(out, hit.CouncilSlug)
		}
		return out
	}
	if got := councils("/api/items/" + id + "/similar"); len(got) == 0 || slices.Contains(got, "kent") {
		t.Errorf("similar from other councils = %v, want some and no kent", got)
	}
	if got := councils("/api/items/" + id + "/similar?all=1"); !slices.Contains(got, "middlesbrough") {
		t.Errorf("similar with all=1 = %v", got)
	}
}

func TestCouncilsAPI(t *testing.T) {
	h := newHandler(t, testIndex(t))
	var cs []map[string]any
	decode(t, get(t, h, "/api/councils"), &cs)
	if len(cs) != 4 {
		t.Fatalf("%d councils, want 4", len(cs))
	}
	for _, k := range []string{"slug", "name", "meetings", "items", "first_date", "last_date", "committees"} {
		if _, ok := cs[0][k]; !ok {
			t.Errorf("council lacks %q", k)
		}
	}
	var c CouncilJSON
	decode(t, get(t, h, "/api/councils/kent"), &c)
	if c.Name != "Kent County Council" || c.Items != 3 {
		t.Errorf("council = %+v", c)
	}
}

// similarSpy records the size the handler asks the index for: the
// answer alone could not tell a default of 5 from a smaller corpus.
type similarSpy struct {
	search.Searcher
	size int
}

func (s *similarSpy) Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]search.Hit, error) {
	s.size = size
	return s.Searcher.Similar(ctx, id, otherCouncils, size)
}

// TestSimilarDefaultSize checks the README's default of 5 similar items.
func TestSimilarDefaultSize(t *testing.T) {
	spy := &similarSpy{Searcher: testIndex(t)}
	h := newHandler(t, spy)
	for target, want := range map[string]int{
		"/api/items/kent--corporate-parenting-panel--2013-12-13--i01/similar":        5,
		"/api/items/kent--corporate-parenting-panel--2013-12-13--i01/similar?size=8": 8,
	} {
		if rec := get(t, h, target); rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
		if spy.size != want {
			t.Errorf("%s asked for %d similar items, want %d", target, spy.size, want)
		}
	}
}

// TestUndatedDateIsNull: an item or meeting whose date is unknown has
// "date": null in every answer, as `minutes extract --json` has it
// (API.md: "`date` is `YYYY-MM-DD` or null"), never "" (which a script
// would parse as a date and fail on); a dated one has its date.
func TestUndatedDateIsNull(t *testing.T) {
	h := newHandler(t, testIndex(t))
	var res struct {
		Hits []map[string]any `json:"hits"`
	}
	decode(t, get(t, h, "/api/search?q=permanence&undated=1"), &res)
	if len(res.Hits) == 0 {
		t.Fatal("no undated hit for permanence")
	}
	hit := res.Hits[0]
	if d, ok := hit["date"]; !ok || d != nil {
		t.Errorf("undated hit: date %#v (present %v), want null", d, ok)
	}
	id, meeting := hit["id"].(string), hit["meeting_id"].(string)
	for _, target := range []string{"/api/items/" + id, "/api/meetings/" + meeting, "/api/search?q=permanence&undated=1&group=meeting"} {
		body := get(t, h, target).Body.String()
		if strings.Contains(body, `"date": ""`) || !strings.Contains(body, `"date": null`) {
			t.Errorf("%s: the unknown date is not null:\n%.600s", target, body)
		}
	}
	var dated struct {
		Hits []map[string]any `json:"hits"`
	}
	decode(t, get(t, h, "/api/search?q=ofsted"), &dated)
	if d, _ := dated.Hits[0]["date"].(string); len(d) != len("2006-01-02") {
		t.Errorf("dated hit: date %#v", dated.Hits[0]["date"])
	}
}
