package search

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
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
		if err != nil && (!errors.Is(err, ErrBadRequest) || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "bad request: "), "parameter "+strconv.Quote(tt.param)+":")) {
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

// TestDateRangeEdges: from and to, at each granularity and across the
// edges of days, months and years, keep exactly the items dated inside
// them (checked against the dates themselves), never an undated one.
func TestDateRangeEdges(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "ix"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	dates := []string{"1678-01-01", "1999-12-31", "2009-12-31", "2010-01-01", "2010-01-31", "2010-02-01", "2010-02-28",
		"2010-03-01", "2010-12-31", "2011-06-15", "2012-02-29", "2012-12-31", "2013-01-01", "2261-12-31", ""}
	var changes []FileChange
	for i, d := range dates {
		path := fmt.Sprintf("kent/panel/%02d.txt", i)
		m := &schema.Meeting{Council: "Kent", CouncilSlug: "kent", Committee: "Panel", CommitteeSlug: "panel", Date: d, SourcePath: path,
			Items: []schema.Item{{Title: "Item", Text: "Placements."}}}
		m.AssignIDs()
		changes = append(changes, FileChange{Path: path, Hash: "h", Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	bounds := []string{"", "1678", "1999", "2009-12", "2009-12-31", "2010", "2010-01-01", "2010-01-31", "2010-02", "2010-02-15",
		"2010-03-01", "2010-12", "2011", "2011-06-14", "2011-06-15", "2012-02", "2012-12-31", "2013", "2261"}
	for _, from := range bounds {
		for _, to := range bounds {
			fromT, hasFrom, _ := dateBound("from", from, false)
			toT, hasTo, _ := dateBound("to", to, true)
			if hasFrom && hasTo && !fromT.Before(toT) || !hasFrom && !hasTo {
				continue
			}
			want := 0
			for _, d := range dates {
				day, ok := parseDate(d)
				if ok && (!hasFrom || !day.Before(fromT)) && (!hasTo || day.Before(toT)) {
					want++
				}
			}
			res, err := ix.Search(context.Background(), Request{From: from, To: to, Size: 100})
			if err != nil {
				t.Fatalf("from %q to %q: %v", from, to, err)
			}
			if int(res.Total) != want {
				t.Errorf("from %q to %q: %d items, want %d", from, to, res.Total, want)
			}
		}
	}
}
