package indexer

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractSeeds extracts the five seed minutes per iteration.
func BenchmarkExtractSeeds(b *testing.B) {
	opts := testOptions(b)
	paths, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var size int64
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			size += fi.Size()
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paths {
			if _, err := Extract(context.Background(), p, opts); err != nil {
				b.Fatal(err)
			}
		}
	}
}
