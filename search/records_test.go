package search

import (
	"context"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestRecordsBySnapshot checks that the hits of a page, whose records are
// read by document number from the snapshot searched (records), are the
// hits made from the records read by ID as bleve reads them (hitsByID),
// on an index of many segments, some with deleted documents.
func TestRecordsBySnapshot(t *testing.T) {
	ctx := context.Background()
	changes := bulkCorpus(t, 6)
	replaced := *changes[2].Meeting
	replaced.Items = append([]schema.Item(nil), replaced.Items[1:]...)
	replaced.AssignIDs()
	bulk, _ := buildBoth(t, changes, []FileChange{{Path: changes[2].Path, Hash: "replaced", Meeting: &replaced}, {Path: changes[4].Path, Hash: "gone"}})
	for _, req := range []Request{
		{Query: "council", Size: 100},
		{Query: "planning application", Size: 50, Page: 2},
		{Query: "budget OR school", Size: 100, Sort: SortDateDesc},
		{Query: "", Size: 100},
	} {
		res, err := bulk.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("%q: no hits", req.Query)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		byID, err := bulk.hitsByID(ctx, nil, ids)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			want, ok := byID[h.ID]
			if !ok {
				t.Fatalf("%q: %s not found by ID", req.Query, h.ID)
			}
			h.Score, want.Score = 0, 0
			h.Missing = nil // set by relaxation (relax.go), not by the record
			if got, want := jsonOf(h), jsonOf(want); got != want {
				t.Errorf("%q: hit %s\n got  %s\n want %s", req.Query, h.ID, got, want)
			}
		}
	}
}
