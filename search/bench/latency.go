package bench

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Latency summarises the durations of one query class, in milliseconds.
type Latency struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P95 float64 `json:"p95_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

// summarise computes the percentiles of ds (nearest rank).
func summarise(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := func(p float64) float64 {
		i := int(p*float64(len(s))+0.999999) - 1
		i = min(max(i, 0), len(s)-1)
		return ms(s[i])
	}
	return Latency{N: len(s), P50: rank(0.50), P95: rank(0.95), P99: rank(0.99), Max: ms(s[len(s)-1])}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// job is one query to run in a measured pass.
type job struct {
	class string
	q     Query
	first bool // the first run of this variant: its matches are counted
}

// jobs lists perClass queries of every class, cycling through its
// variants, interleaved so that concurrent clients run a mix.
func jobs(mix map[string][]Query, perClass int) []job {
	var out []job
	for i := 0; i < perClass; i++ {
		for _, c := range Classes {
			vs := mix[c]
			if len(vs) == 0 {
				continue
			}
			out = append(out, job{class: c, q: vs[i%len(vs)], first: i < len(vs)})
		}
	}
	return out
}

// passResult is what one measured pass of queries gave.
type passResult struct {
	Durations map[string][]time.Duration
	Matches   map[string]uint64 // sum over the variants, each counted once
	Wall      time.Duration
	Queries   int
}

// runPass runs js on e from clients goroutines at once and records each
// query's latency. The first error stops the pass.
func runPass(ctx context.Context, e engine, js []job, clients int) (*passResult, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	res := &passResult{Durations: map[string][]time.Duration{}, Matches: map[string]uint64{}}
	var (
		mu       sync.Mutex
		next     atomic.Int64
		firstErr error
		wg       sync.WaitGroup
	)
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(js) || ctx.Err() != nil {
					return
				}
				t0 := time.Now()
				n, err := e.Search(ctx, js[i].q)
				d := time.Since(t0)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				res.Durations[js[i].class] = append(res.Durations[js[i].class], d)
				if js[i].first {
					res.Matches[js[i].class] += n
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Wall = time.Since(start)
	res.Queries = len(js)
	if firstErr != nil {
		return nil, fmt.Errorf("%s: %w", e.Name(), firstErr)
	}
	return res, nil
}

// qps is the throughput of a pass.
func (p *passResult) qps() float64 {
	if p.Wall <= 0 {
		return 0
	}
	return float64(p.Queries) / p.Wall.Seconds()
}
