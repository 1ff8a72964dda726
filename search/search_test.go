package search

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// searchCase is one row of testdata/searches.json: a request and what it
// must and must not return. Item IDs may start with an alias of a meeting
// ID ("CE18--i06").
type searchCase struct {
	Name    string   `json:"name"`
	Request Request  `json:"request"`
	Must    []string `json:"must"`
	MustNot []string `json:"must_not"`
	Total   *int     `json:"total"`
	Order   []string `json:"order"` // the exact hit order
	First   string   `json:"first"` // the top hit
	Error   string   `json:"error"` // part of the expected error message
}

type searchTable struct {
	Aliases  map[string]string `json:"aliases"`
	Searches []searchCase      `json:"searches"`
}

func loadSearchTable(t *testing.T) searchTable {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "searches.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tab searchTable
	if err := json.Unmarshal(data, &tab); err != nil {
		t.Fatalf("parse searches.json: %v", err)
	}
	return tab
}

// expand turns "CE18--i06" into the full item ID.
func (tab searchTable) expand(id string) string {
	alias, rest, ok := strings.Cut(id, "--")
	if full, known := tab.Aliases[alias]; ok && known {
		return full + "--" + rest
	}
	return id
}

func TestSearchTable(t *testing.T) {
	ix := sharedIndex(t)
	tab := loadSearchTable(t)
	for _, tc := range tab.Searches {
		t.Run(tc.Name, func(t *testing.T) {
			req := tc.Request
			if req.Size == 0 {
				req.Size = 100
			}
			req.Highlight = true
			res, err := ix.Search(context.Background(), req)
			if tc.Error != "" {
				if err == nil {
					t.Fatalf("no error, want one containing %q", tc.Error)
				}
				if !errors.Is(err, ErrBadRequest) {
					t.Errorf("error %v does not wrap ErrBadRequest", err)
				}
				if !strings.Contains(err.Error(), tc.Error) {
					t.Errorf("error %q, want it to contain %q", err, tc.Error)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			for _, id := range tc.Must {
				if !slices.Contains(got, tab.expand(id)) {
					t.Errorf("missing %s; got %v", id, got)
				}
			}
			for _, id := range tc.MustNot {
				if slices.Contains(got, tab.expand(id)) {
					t.Errorf("unexpected %s", id)
				}
			}
			if tc.Total != nil && res.Total != uint64(*tc.Total) {
				t.Errorf("total %d, want %d; got %v", res.Total, *tc.Total, got)
			}
			if tc.Order != nil {
				var want []string
				for _, id := range tc.Order {
					want = append(want, tab.expand(id))
				}
				if !slices.Equal(got, want) {
					t.Errorf("order\n got %v\nwant %v", got, want)
				}
			}
			if tc.First != "" && (len(got) == 0 || got[0] != tab.expand(tc.First)) {
				t.Errorf("first hit of %v, want %s", got, tc.First)
			}
		})
	}
}
