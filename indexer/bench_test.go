package indexer

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
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

// BenchmarkExtractLargeText extracts a 25 MB text file made of copies of
// the seed minutes (numbered on, so the splitter sees one long meeting),
// written to a temporary folder, never committed. It measures what a
// large text costs: B/op is every byte allocated, and peak-MB the most
// heap in use while extracting (see the README's performance section).
func BenchmarkExtractLargeText(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.txt")
	if err := writeLargeText(path, 25<<20); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(25 << 20)
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		done := make(chan uint64)
		go samplePeak(done)
		if _, err := Extract(context.Background(), path, ExtractOptions{}); err != nil {
			b.Fatal(err)
		}
		done <- 0
		peak = max(peak, <-done-before.HeapInuse)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// BenchmarkIndexLargeText builds an index from a corpus of one 25 MB
// text file (the same as BenchmarkExtractLargeText's): extraction and
// writing together. peak-MB is the most heap in use during the build;
// issue 20 asks that indexing such a file stay under 1 GB of RSS. A fresh
// build writes a file's items in parts of bounded size
// (search/engine/parts.go), so the peak is what a part costs, not the file.
func BenchmarkIndexLargeText(b *testing.B) {
	corpusDir := b.TempDir()
	committee := filepath.Join(corpusDir, "testcouncil", "big-panel")
	if err := os.MkdirAll(committee, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := writeLargeText(filepath.Join(committee, "2024-01-01.txt"), 25<<20); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(25 << 20)
	b.ReportAllocs()
	var peak uint64
	for i := 0; b.Loop(); i++ {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		done := make(chan uint64)
		go samplePeak(done)
		indexDir := filepath.Join(b.TempDir(), fmt.Sprintf("index-%d", i))
		sum, err := Run(context.Background(), Options{Corpus: corpusDir, Index: indexDir, Workers: 1})
		done <- 0
		peak = max(peak, <-done-before.HeapInuse)
		if err != nil {
			b.Fatal(err)
		}
		if sum.Meetings != 1 || sum.Items < 1000 {
			b.Fatalf("wrote %d meetings, %d items; want 1 meeting of over 1000 items", sum.Meetings, sum.Items)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// samplePeak samples the heap in use every few milliseconds until told
// to stop, then sends back the most it saw.
func samplePeak(done chan uint64) {
	var peak uint64
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			done <- peak
			return
		case <-tick.C:
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
}

// writeLargeText writes about size bytes of minutes: the seeds' text
// again and again, with the item numbers of each copy counting on.
func writeLargeText(path string, size int) error {
	seeds, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		return fmt.Errorf("no seeds: %v", err)
	}
	var texts []string
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		texts = append(texts, string(data))
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	n := 0
	for i := 0; n < size; i++ {
		k, _ := fmt.Fprintf(w, "\n%d. Item %d\n\n%s\n", 100+i, i, texts[i%len(texts)])
		n += k
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
