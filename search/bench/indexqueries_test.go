package bench

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/search"
)

// BenchmarkIndexQueries measures the CPU per query of the bench's mix on
// an index a bench run left (MINUTES_AB_INDEX, its ours.bleve folder), so
// that two builds of the query code can be compared on one index, run
// after run, without building it again (BENCHMARKS.md, eighth pass):
//
//	MINUTES_AB_INDEX=/tmp/d/ours.bleve MINUTES_AB_JSONL=/tmp/corpus-200000/corpus.jsonl \
//	  go test ./search/bench -run XXX -bench IndexQueries -benchtime 50x
//
// The mix comes from the corpus's statistics (MINUTES_AB_JSONL), cached
// as JSON in MINUTES_AB_MIX when set. With MINUTES_AB_OUT it first writes
// every answer of the mix (hits, scores, totals, facets) as JSON lines,
// so that two builds' answers can be compared with cmp.
// MINUTES_AB_CLASSES (comma-separated) limits the classes. Each class
// reports the process CPU per query (cpu-ms/op) and the median latency
// (p50-ms), after one unmeasured pass over every variant of the classes.
func BenchmarkIndexQueries(b *testing.B) {
	dir := os.Getenv("MINUTES_AB_INDEX")
	if dir == "" {
		b.Skip("MINUTES_AB_INDEX not set: the index to measure")
	}
	mix := abMix(b)
	classes := Classes
	if c := os.Getenv("MINUTES_AB_CLASSES"); c != "" {
		classes = strings.Split(c, ",")
	}
	o := newOurs(nil)
	if err := o.Open(dir); err != nil {
		b.Fatal(err)
	}
	defer o.Close()
	ctx := context.Background()
	if out := os.Getenv("MINUTES_AB_OUT"); out != "" {
		abAnswers(b, o, mix, classes, out)
	}
	for _, c := range classes { // the unmeasured pass
		for _, q := range mix[c] {
			if _, err := o.Search(ctx, q); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, c := range classes {
		b.Run(c, func(b *testing.B) {
			ds := make([]time.Duration, 0, b.N)
			c0 := processCPU()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := o.Search(ctx, mix[c][i%len(mix[c])]); err != nil {
					b.Fatal(err)
				}
				ds = append(ds, time.Since(t0))
			}
			b.ReportMetric(ms(processCPU()-c0)/float64(b.N), "cpu-ms/op")
			slices.Sort(ds)
			b.ReportMetric(ms(ds[len(ds)/2]), "p50-ms")
		})
	}
}

// abMix is the bench's query mix of the corpus MINUTES_AB_JSONL.
func abMix(t testing.TB) map[string][]Query {
	cache := os.Getenv("MINUTES_AB_MIX")
	if cache != "" {
		if data, err := os.ReadFile(cache); err == nil {
			var mix map[string][]Query
			if err := json.Unmarshal(data, &mix); err != nil {
				t.Fatal(err)
			}
			return mix
		}
	}
	f, err := os.Open(os.Getenv("MINUTES_AB_JSONL"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := newCorpusStats()
	if err := ReadJSONL(f, f.Name(), func(it Item) error { s.add(&it); return nil }); err != nil {
		t.Fatal(err)
	}
	mix, err := buildMix(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	if cache != "" {
		data, err := json.Marshal(mix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cache, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return mix
}

// abAnswers writes the whole answer of every query of classes to path.
func abAnswers(t testing.TB, o *ours, mix map[string][]Query, classes []string, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	ctx := context.Background()
	for _, c := range classes {
		for _, q := range mix[c] {
			var v any
			if q.Compare {
				v, err = o.idx.Compare(ctx, search.CompareRequest{Request: o.request(q), By: "council", Per: "year"})
			} else {
				var res *search.Result
				if res, err = o.idx.Search(ctx, o.request(q)); res != nil {
					res.TookMS = 0 // the one field that differs run to run
				}
				v = res
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := enc.Encode(map[string]any{"class": c, "query": q.Text(), "answer": v}); err != nil {
				t.Fatal(err)
			}
		}
	}
}
