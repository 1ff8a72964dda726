package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// benchItems is the corpus size of the testing.B benchmarks.
const benchItems = 2000

// benchCorpus writes benchItems generated items to a JSONL file and
// returns its path and statistics.
func benchCorpus(b *testing.B) (string, *corpusStats) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "items.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	jw := NewJSONLWriter(f)
	s := newCorpusStats()
	for _, it := range generate(b, 1, benchItems) {
		s.add(&it)
		if err := jw.Write(it); err != nil {
			b.Fatal(err)
		}
	}
	if err := jw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path, s
}

func engines(s *corpusStats) []engine {
	return []engine{newOurs(nil), &baseline{years: s.yearSpan()}}
}

func BenchmarkGenerate(b *testing.B) {
	g, err := NewGenerator(1)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		g.Meeting()
	}
}

// BenchmarkIndex indexes benchItems items into a new index per iteration.
func BenchmarkIndex(b *testing.B) {
	items, s := benchCorpus(b)
	for _, e := range engines(s) {
		b.Run(e.Name(), func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				if _, err := indexAll(context.Background(), e, items, filepath.Join(b.TempDir(), "idx"), DefaultBatch, "", nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Items*i)/b.Elapsed().Seconds(), "items/s")
		})
	}
}

// BenchmarkQuery runs each class of the query mix on an index of
// benchItems items.
func BenchmarkQuery(b *testing.B) {
	items, s := benchCorpus(b)
	mix, err := buildMix(s, 1)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, e := range engines(s) {
		path := filepath.Join(b.TempDir(), "idx")
		if _, err := indexAll(ctx, e, items, path, DefaultBatch, "", nil); err != nil {
			b.Fatal(err)
		}
		if err := e.Open(path); err != nil {
			b.Fatal(err)
		}
		for _, c := range Classes {
			b.Run(e.Name()+"/"+c, func(b *testing.B) {
				qs := mix[c]
				i := 0
				for b.Loop() {
					if _, err := e.Search(ctx, qs[i%len(qs)]); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
