package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

// TestAPIFieldNames checks, on the real test index, that every answer of
// the API holds the JSON fields ../shared/API.md and the README name, at
// each level of the answer (json_search.go, json_council.go).
func TestAPIFieldNames(t *testing.T) {
	const item = "kent--corporate-parenting-panel--2013-12-13--i02"
	const meeting = "kent--corporate-parenting-panel--2013-12-13"
	h := newHandler(t, testIndex(t))
	for _, tc := range []struct {
		target, at string // at: the object checked, a dotted path of keys and list indexes
		fields     string
	}{
		{"/api/search?q=ofsted", "", "query total took_ms page size hits facets"},
		{"/api/search?q=ofsted", "hits.0", "id meeting_id council council_name committee committee_name date item_number title snippets topics score url source_url kind"},
		{"/api/search?q=ofsted", "facets.council.0", "value label count"},
		{"/api/search?q=ofsted&group=meeting", "", "groups total_groups"},
		{"/api/search?q=ofsted&group=meeting", "groups.0", "meeting_id council council_name committee committee_name date score total hits"},
		{"/api/search?q=fostring", "suggestions.0", "word"},
		{"/api/items/" + item, "", "id meeting_id council council_name committee committee_name date item_number title snippets topics score url source_url kind text decisions prev_id next_id"},
		{"/api/items/" + item + "/similar?all=1", "", "id other_councils hits"},
		{"/api/meetings/" + meeting, "", "id council council_slug council_name committee committee_slug committee_name date date_source venue title file format items warnings url"},
		{"/api/meetings/" + meeting, "items.0", "id meeting_id seq number title text decisions topics"},
		{"/api/councils", "0", "slug name meetings items first_date last_date committees inspections"},
		{"/api/councils", "0.committees.0", "slug name meetings"},
		{"/api/councils/kent", "meeting_list.0", "id date committee committee_name items url"},
		{"/api/compare?q=ofsted", "", "query by per periods rows"},
		{"/api/compare?q=ofsted", "rows.0", "key label cells total"},
		{"/api/compare?q=ofsted", "rows.0.cells.0", "period count items share"},
		{"/api/compare?q=ofsted&by=committee&council=kent", "rows.0", "key label council council_name committee committee_name cells total"},
	} {
		rec := get(t, h, tc.target)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d: %s", tc.target, rec.Code, rec.Body)
			continue
		}
		var body any
		decode(t, rec, &body)
		obj, ok := at(body, tc.at).(map[string]any)
		if !ok {
			t.Errorf("%s: no object at %q", tc.target, tc.at)
			continue
		}
		for _, f := range strings.Fields(tc.fields) {
			if _, ok := obj[f]; !ok {
				t.Errorf("%s: %q lacks %q", tc.target, tc.at, f)
			}
		}
	}
}

// TestAPICouncilSlugOrName pins what "council" holds in each answer: a
// slug in hits, groups, compare rows and meeting lists, the name the
// minutes print in a meeting (with the slug in council_slug).
func TestAPICouncilSlugOrName(t *testing.T) {
	h := newHandler(t, testIndex(t))
	var res SearchAnswer
	decode(t, get(t, h, "/api/search?q=ofsted&council=kent"), &res)
	if len(res.Hits) == 0 || res.Hits[0].CouncilSlug != "kent" || res.Hits[0].CouncilName != "Kent County Council" {
		t.Fatalf("hits %+v", res.Hits)
	}
	var m map[string]any
	decode(t, get(t, h, "/api/meetings/"+res.Hits[0].MeetingID), &m)
	if m["council"] != "Kent County Council" || m["council_slug"] != "kent" || m["url"] != "/meetings/"+res.Hits[0].MeetingID {
		t.Errorf("meeting council %q, council_slug %q, url %q", m["council"], m["council_slug"], m["url"])
	}
}

// at walks a decoded JSON value by a dotted path of keys and indexes.
func at(v any, path string) any {
	if path == "" {
		return v
	}
	for _, step := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[step]
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// TestSearchJSONEmptyListsStayLists checks the API's promise that a search
// finding nothing still answers "hits" as a list and "facets" as an object,
// whatever search's values hold.
func TestSearchJSONEmptyListsStayLists(t *testing.T) {
	b, err := json.Marshal(SearchJSON(&search.Result{Query: "nothing"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"hits":[]`, `"facets":{}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("SearchJSON of an empty result = %s; want it to hold %s", b, want)
		}
	}
}
