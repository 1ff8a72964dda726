package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCompareCoversEveryYear checks that both engines' compare counts
// items of every year of the corpus, including years outside the
// generator's span (the reference corpus runs to 2026).
func TestCompareCoversEveryYear(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "items.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	jw := NewJSONLWriter(f)
	s := newCorpusStats()
	for i, date := range []string{"2003-05-01", "2015-06-02", "2026-07-03"} {
		it := Item{ID: "item-" + date, Council: "Kent County Council", Committee: "Cabinet", Date: date,
			Topics: []string{"finance"}, Title: "Budget", Text: "The budget was agreed for the year."}
		if i == 1 {
			it.Committee = "Schools Forum"
		}
		s.add(&it)
		if err := jw.Write(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := jw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	q := Query{Class: ClassCompare, Words: []string{"budget"}, Op: OpAnd, Compare: true, Page: 1, PageSize: 20}
	for _, e := range engines(s) {
		idx := filepath.Join(dir, e.Name())
		if _, err := indexAll(ctx, e, path, idx, DefaultBatch, "", nil); err != nil {
			t.Fatal(err)
		}
		if err := e.Open(idx); err != nil {
			t.Fatal(err)
		}
		n, err := e.Search(ctx, q)
		if cerr := e.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		if n != 3 {
			t.Errorf("%s: compare counted %d items, want 3 (2003, 2015, 2026)", e.Name(), n)
		}
	}
}
