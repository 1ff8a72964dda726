package bench

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/search/schema"
)

// measure indexes the corpus into e, reopens it as a server would and runs
// the query mix from one client and then from opts.Clients at once.
func measure(ctx context.Context, e engine, items, path string, mix map[string][]Query, s *corpusStats, opts Options, log *slog.Logger) (*Engine, error) {
	name := e.Name()
	profile := func(what string) string {
		if opts.ProfileDir == "" {
			return ""
		}
		return filepath.Join(opts.ProfileDir, fmt.Sprintf("%s-%s.pprof", schema.Slug(name), what))
	}
	p := progress.Start(opts.Progress, "bench", "items", s.Items)
	p.Detail("indexing with %s", name)
	ir, err := indexAll(ctx, e, items, path, opts.Batch, profile("index"), p)
	p.Finish()
	if err != nil {
		return nil, err
	}
	textMB := float64(s.TextBytes) / 1e6
	r := &Engine{
		Name:         name,
		IndexSeconds: ir.Took.Seconds(),
		IndexCPUSecs: ir.CPU.Seconds(),
		ItemsPerSec:  float64(s.Items) / ir.Took.Seconds(),
		MBPerSec:     textMB / ir.Took.Seconds(),
		IndexMB:      float64(ir.Bytes) / 1e6,
		SizeRatio:    float64(ir.Bytes) / float64(max(s.TextBytes, 1)),
		IndexRSSMB:   mb(ir.Mem.RSS),
		IndexAnonMB:  mb(ir.Mem.Anon),
		IndexFileMB:  mb(ir.Mem.File),
		IndexHeapMB:  mb(ir.Mem.Heap),
	}
	log.Info("bench: indexed", "engine", name, "items_per_sec", int(r.ItemsPerSec), "index_mb", int(r.IndexMB))

	mem := startMemSampler()
	t0 := time.Now()
	if err := e.Open(path); err != nil {
		mem.Stop()
		return nil, err
	}
	defer e.Close()
	if _, err := e.Search(ctx, mix[ClassCommon][0]); err != nil {
		mem.Stop()
		return nil, err
	}
	r.StartupMS = ms(time.Since(t0))

	// Warm up: every variant once, unmeasured.
	if _, err := runPass(ctx, e, jobs(mix, variants), 1); err != nil {
		mem.Stop()
		return nil, err
	}
	// Progress is counted between passes, never inside the time measured.
	p = progress.Start(opts.Progress, "bench", "queries", 2*opts.Queries*len(Classes))
	p.Detail("querying %s, from one client then %d", name, opts.Clients)
	defer p.Finish()
	single, cpu, err := runSingle(ctx, e, mix, opts.Queries, p)
	if err != nil {
		mem.Stop()
		return nil, err
	}
	conc, err := runPass(ctx, e, jobs(mix, opts.Queries), opts.Clients)
	peak := mem.Stop()
	if err == nil {
		p.Add(conc.Queries)
	}
	if err != nil {
		return nil, err
	}
	after := readRSS() // no GC forced: what a server holds after the mix
	if err := writeHeapProfile(heapProfilePath(profile("serve"))); err != nil {
		return nil, err
	}
	r.ServeRSSMB, r.ServeAnonMB, r.ServeFileMB, r.ServeHeapMB = mb(peak.RSS), mb(peak.Anon), mb(peak.File), mb(peak.Heap)
	r.AfterRSSMB, r.AfterAnonMB = mb(after.Total), mb(after.Anon)
	r.Single, r.Concurrent, r.CPUPerQuery = map[string]Latency{}, map[string]Latency{}, cpu
	for _, c := range Classes {
		r.Single[c] = summarise(single.Durations[c])
		r.Concurrent[c] = summarise(conc.Durations[c])
	}
	r.Matches = single.Matches
	r.SingleQPS, r.ConcurrentQPS = single.qps(), conc.qps()
	log.Info("bench: queried", "engine", name, "single_qps", r.SingleQPS, "concurrent_qps", r.ConcurrentQPS)

	for _, c := range []struct{ class, name string }{{ClassPhrase, "phrase"}, {ClassFiltered, "filtered"}, {ClassBroad, "broad"}} {
		if p := profile(c.name); p != "" {
			if err := profileClass(ctx, e, mix[c.class], opts.Queries, p); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// runSingle runs n queries of each class from one client, a class at a
// time (counting them on prog after each class), and returns the latencies and the process CPU time per query of
// each class in milliseconds.
func runSingle(ctx context.Context, e engine, mix map[string][]Query, n int, prog *progress.Printer) (*passResult, map[string]float64, error) {
	all := &passResult{Durations: map[string][]time.Duration{}, Matches: map[string]uint64{}}
	cpu := map[string]float64{}
	for _, c := range Classes {
		var js []job
		for i := 0; i < n && len(mix[c]) > 0; i++ {
			js = append(js, job{class: c, q: mix[c][i%len(mix[c])], first: i < len(mix[c])})
		}
		c0 := processCPU()
		p, err := runPass(ctx, e, js, 1)
		if err != nil {
			return nil, nil, err
		}
		if len(js) > 0 {
			cpu[c] = ms(processCPU()-c0) / float64(len(js))
		}
		prog.Add(len(js))
		all.Durations[c] = p.Durations[c]
		all.Matches[c] = p.Matches[c]
		all.Wall += p.Wall
		all.Queries += p.Queries
	}
	return all, cpu, nil
}

// profileClass runs n queries of one class under a CPU profile written to
// path, outside the measured passes.
func profileClass(ctx context.Context, e engine, qs []Query, n int, path string) error {
	stop, err := startProfile(path)
	if err != nil {
		return err
	}
	for i := 0; i < n && len(qs) > 0; i++ {
		if _, err := e.Search(ctx, qs[i%len(qs)]); err != nil {
			stop()
			return err
		}
	}
	return stop()
}

func mb(b uint64) float64 { return float64(b) / 1e6 }
