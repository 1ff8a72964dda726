package search

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/engine"
)

// TestDateBoundYears: from and to outside the years the index can filter
// on are the caller's mistake, named, never an index error.
func TestDateBoundYears(t *testing.T) {
	tests := []struct {
		param, value string
		end, ok      bool
	}{
		{"from", "1678", false, true},
		{"to", "2261", true, true},
		{"to", "2261-12-31", true, true},
		{"from", "1677-12", false, false},
		{"from", "1000", false, false},
		{"to", "2262", true, false},
		{"to", "9999", true, false},
		{"to", "0000-01-01", true, false},
	}
	for _, tt := range tests {
		_, _, err := dateBound(tt.param, tt.value, tt.end)
		if tt.ok != (err == nil) {
			t.Errorf("dateBound(%s=%s) = %v, want ok %v", tt.param, tt.value, err, tt.ok)
		}
		if err != nil && (!errors.Is(err, ErrBadRequest) || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "bad request: "), tt.param+":")) {
			t.Errorf("dateBound(%s=%s): error %q does not name the parameter", tt.param, tt.value, err)
		}
		if _, err := filters(Request{From: tt.value}, true); tt.ok && !tt.end && err != nil {
			t.Errorf("filters(from=%s): %v", tt.value, err)
		}
	}
}

// TestUndatedFilter: undated keeps the items whose date is unknown, those
// the year facet counts as "unknown", and refuses a date range beside it.
func TestUndatedFilter(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, Request{})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, f := range all.Facets["year"] {
		if f.Value == engine.UnknownPeriod {
			want = f.Count
		}
	}
	if want == 0 {
		t.Fatal("the fixtures hold no undated item")
	}
	res, err := ix.Search(ctx, Request{Undated: true})
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != want || len(res.Hits) != want {
		t.Errorf("undated: %d items (%d hits), the year facet counts %d", res.Total, len(res.Hits), want)
	}
	for _, h := range res.Hits {
		if h.Date != "" {
			t.Errorf("undated: %s is dated %s", h.ID, h.Date)
		}
	}
	if got := facetString(res.Facets["year"]); got != "unknown=Date unknown:"+strconv.Itoa(want) {
		t.Errorf("undated: year facet %s", got)
	}
	cmp, err := ix.Compare(ctx, CompareRequest{Request: Request{Undated: true}, By: "council", Per: "year"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Periods) != 1 || cmp.Periods[0] != engine.UnknownPeriod {
		t.Errorf("undated compare: periods %v", cmp.Periods)
	}
	for _, bad := range []Request{{Undated: true, From: "2018"}, {Undated: true, To: "2018"}} {
		if _, err := ix.Search(ctx, bad); !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), "undated") {
			t.Errorf("%+v: error %v, want a bad request naming undated", bad, err)
		}
	}
}
