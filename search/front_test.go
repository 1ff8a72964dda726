package search

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestFrontTextSearchable checks that the text outside a meeting's items
// is found by search, opens as an item page, ranks below real items
// matching as well, and is not counted as an item.
func TestFrontTextSearchable(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "front.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m := &schema.Meeting{SourcePath: "testshire/cabinet/2024-05-01.txt", Council: "Testshire Council", CouncilSlug: "testshire",
		Committee: "Cabinet", CommitteeSlug: "cabinet", Date: "2024-05-01", DateSource: schema.DateFromText,
		Header: "TESTSHIRE COUNCIL\nPresent: Councillor Quillfeather (Chair)\nThe quorum was noted before the meeting began.",
		Items: []schema.Item{
			{Number: "1", Title: "Apologies", Text: "None.", Procedural: true},
			{Number: "2", Title: "Library opening hours", Text: "The Cabinet discussed the quorum rules for library boards and agreed new hours."},
		}}
	m.AssignIDs()
	ctx := context.Background()
	if err := ix.Apply(ctx, []FileChange{{Path: m.SourcePath, Hash: "h1", Meeting: m}}); err != nil {
		t.Fatal(err)
	}

	res, err := ix.Search(ctx, Request{Query: "quillfeather", Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	front := schema.FrontID(m.ID)
	if len(res.Hits) != 1 || res.Hits[0].ID != front || res.Hits[0].Title != FrontTitle {
		t.Fatalf("a word only in the heading: hits %+v; want the front record %s", res.Hits, front)
	}
	d, err := ix.Item(ctx, front)
	if err != nil {
		t.Fatalf("Item(%s): %v", front, err)
	}
	if d.Text != m.Header || d.NextID != m.Items[0].ID || d.SourcePath != m.SourcePath {
		t.Errorf("front record: text %q, next %q, file %q", d.Text, d.NextID, d.SourcePath)
	}

	res, err = ix.Search(ctx, Request{Query: "quorum", Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 2 || res.Hits[0].ID != m.Items[1].ID || res.Hits[1].ID != front {
		t.Errorf("a word in the heading and in an item: hits %v; want the item %s before %s", hitIDs(res.Hits), m.Items[1].ID, front)
	}

	md, err := ix.Meeting(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(md.Items) != 2 {
		t.Errorf("meeting has %d items; want 2 (the front record is not an item)", len(md.Items))
	}
	cs, err := ix.Councils(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Items != 2 {
		t.Errorf("councils %+v; want one council with 2 items", cs)
	}
}

func hitIDs(hs []Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

// TestFrontTextNotListed checks that a listing of everything (no query
// words) and its facets leave the front records out.
func TestFrontTextNotListed(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "front.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m := &schema.Meeting{SourcePath: "testshire/cabinet/2024-05-01.txt", Council: "Testshire Council", CouncilSlug: "testshire",
		Committee: "Cabinet", CommitteeSlug: "cabinet", Date: "2024-05-01", Header: "TESTSHIRE COUNCIL\nPresent: Councillor Quillfeather",
		Items: []schema.Item{{Number: "1", Title: "Library hours", Text: "Agreed."}}}
	m.AssignIDs()
	ctx := context.Background()
	if err := ix.Apply(ctx, []FileChange{{Path: m.SourcePath, Hash: "h1", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	for _, req := range []Request{{Size: 10}, {Councils: []string{"testshire"}, Size: 10}, {Sort: SortDate, Size: 10}} {
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || res.Hits[0].ID != m.Items[0].ID {
			t.Errorf("%+v: hits %v; want the one item", req, hitIDs(res.Hits))
		}
		if fs := res.Facets["council"]; len(fs) != 1 || fs[0].Count != 1 {
			t.Errorf("%+v: council facet %+v; want testshire 1", req, fs)
		}
	}
}
