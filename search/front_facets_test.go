package search

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestFacetsCountFrontRecords: when words match a meeting's front record
// (its text outside the items), the facets count it as the total and the
// hits do, so that following a facet gives as many hits as it showed:
// "Kent (3)" led to 4 hits, and the facets summed to less than the total.
// Compare's counts stay those of items.
func TestFacetsCountFrontRecords(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "front.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	for _, c := range []struct{ slug, date string }{{"testshire", "2024-05-01"}, {"otherby", "2023-02-01"}} {
		m := &schema.Meeting{SourcePath: c.slug + "/cabinet/" + c.date + ".txt", Council: c.slug + " Council", CouncilSlug: c.slug,
			Committee: "Cabinet", CommitteeSlug: "cabinet", Date: c.date, DateSource: schema.DateFromText,
			Header: "Present: Councillor Quillfeather (Chair)",
			Items:  []schema.Item{{Number: "1", Title: "Library hours", Text: "Councillor Quillfeather proposed new hours."}}}
		m.AssignIDs()
		if err := ix.Apply(ctx, []FileChange{{Path: m.SourcePath, Hash: "h-" + c.slug, Meeting: m}}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := ix.Search(ctx, Request{Query: "quillfeather", Size: 20})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 4 {
		t.Fatalf("total %d; want 4 (two items, two front records)", res.Total)
	}
	for _, name := range []string{"council", "committee", "year", "kind"} {
		sum := 0
		for _, f := range res.Facets[name] {
			sum += f.Count
			req := Request{Query: "quillfeather", Size: 20}
			switch name {
			case "council":
				req.Councils = []string{f.Value}
			case "committee":
				req.Committees = []string{f.Value}
			case "year":
				req.From, req.To = f.Value, f.Value
			case "kind":
				req.Kinds = []string{f.Value}
			}
			got, err := ix.Search(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != uint64(f.Count) {
				t.Errorf("facet %s=%s shows %d; following it gives %d hits", name, f.Value, f.Count, got.Total)
			}
		}
		if sum != int(res.Total) {
			t.Errorf("facet %s sums to %d; the total is %d", name, sum, res.Total)
		}
	}
	cmp, err := ix.Compare(ctx, CompareRequest{Request: Request{Query: "quillfeather"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range cmp.Rows {
		for _, cell := range row.Cells {
			if cell.Count > cell.Items {
				t.Errorf("compare %s: count %d above the %d items", row.Key, cell.Count, cell.Items)
			}
		}
	}
}
