package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// TestStoredHoldNumbering checks that StoredHold reads a document's stored
// field as bleve reads it by ID, on a scorch index of several segments
// whose earlier segments hold deleted and replaced documents: scorch
// numbers a segment's documents after every document of the segments
// before it, deleted or not. An in-memory scorch index never merges, so
// each batch stays a segment of its own.
func TestStoredHoldNumbering(t *testing.T) {
	m := bleve.NewIndexMapping()
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	put := func(b *bleve.Batch, id, version string) {
		if err := b.Index(id, map[string]any{"record": id + " " + version, "word": "common"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, batch := range []func(b *bleve.Batch){
		func(b *bleve.Batch) {
			for i := range 10 {
				put(b, fmt.Sprintf("a%d", i), "first")
			}
		},
		func(b *bleve.Batch) {
			for i := range 10 {
				put(b, fmt.Sprintf("b%d", i), "first")
			}
		},
		func(b *bleve.Batch) { // deletions and a replacement in the segments before
			b.Delete("a3")
			b.Delete("a5")
			b.Delete("b0")
			put(b, "b2", "second")
			put(b, "a9", "second")
		},
		func(b *bleve.Batch) {
			for i := range 5 {
				put(b, fmt.Sprintf("c%d", i), "first")
			}
		},
	} {
		b := idx.NewBatch()
		batch(b)
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	hold := &StoredHold{}
	defer hold.Release()
	sr := bleve.NewSearchRequestOptions(&RankQuery{Inner: bq.NewMatchAllQuery(), Hold: hold}, 100, 0, false)
	sr.Fields = []string{"record"} // bleve's own reading, by ID
	res, err := idx.SearchInContext(context.Background(), sr)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 22 {
		t.Fatalf("%d hits, want 22", len(res.Hits))
	}
	for _, h := range res.Hits {
		v, ok, err := hold.Stored(h.IndexInternalID, "record")
		if err != nil || !ok {
			t.Fatalf("%s: ok %v, %v", h.ID, ok, err)
		}
		if got, want := string(v), h.Fields["record"]; got != want {
			t.Errorf("%s: read %q by number, %q by ID", h.ID, got, want)
		}
	}
	if _, ok, _ := hold.Stored([]byte{0, 0, 0, 0, 0, 0, 1, 0}, "record"); ok {
		t.Error("a document number past the last segment was read")
	}
}
