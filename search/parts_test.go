package search

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// TestApplyWritesAHugeFileInParts writes a meeting with more text than
// engine.PartBytes into a new index, which Apply writes in parts, and then
// replaces it in place, which is one batch: every item, the meeting
// record and the file's hash are there each time.
func TestApplyWritesAHugeFileInParts(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "parts.bleve"), fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ctx := context.Background()
	words := strings.Fields("the panel noted the report on placements for children in care and asked officers to return with figures on foster carers")
	const path = "kent/corporate-parenting-panel/2024-01-01.txt"
	huge := &schema.Meeting{Council: "Kent County Council", CouncilSlug: "kent", Committee: "Corporate Parenting Panel",
		CommitteeSlug: "corporate-parenting-panel", Date: "2024-01-01", SourcePath: path}
	text := 0
	for i := 0; text <= engine.PartBytes+engine.PartBytes/2; i++ {
		var b strings.Builder
		b.WriteString("Foster carers. ")
		for b.Len() < 10000 {
			b.WriteString(words[(b.Len()+i)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "marker%04d", i)
		huge.Items = append(huge.Items, schema.Item{Title: fmt.Sprintf("Item %d", i), Text: b.String()})
		text += b.Len()
	}
	huge.AssignIDs()
	small := *huge
	small.Items = append([]schema.Item(nil), huge.Items[:2]...)

	for _, tt := range []struct {
		name string
		m    *schema.Meeting
	}{{"new index, in parts", huge}, {"in place, one batch", &small}} {
		if err := ix.Apply(ctx, []FileChange{{Path: path, Hash: tt.name, Meeting: tt.m}}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		n := uint64(len(tt.m.Items))
		if got := countQuery(t, ix, "foster"); got != n {
			t.Errorf("%s: %d items found, want %d", tt.name, got, n)
		}
		last := fmt.Sprintf("marker%04d", len(tt.m.Items)-1)
		if got := countQuery(t, ix, last); got != 1 {
			t.Errorf("%s: the last item found %d times", tt.name, got)
		}
		md, err := ix.Meeting(ctx, huge.ID)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(md.Items) != len(tt.m.Items) {
			t.Errorf("%s: meeting has %d items, want %d", tt.name, len(md.Items), len(tt.m.Items))
		}
		files, err := ix.Files()
		if err != nil {
			t.Fatal(err)
		}
		if files[path] != tt.name {
			t.Errorf("%s: file's hash %q", tt.name, files[path])
		}
	}
	if got := countQuery(t, ix, "marker0002"); got != 0 {
		t.Errorf("an item of the huge meeting is still found after the replace: %d", got)
	}
}
