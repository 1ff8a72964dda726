package bench

import "fmt"

// Target is one goal of the issue checked against a report.
type Target struct {
	Name     string `json:"name"`
	Measured string `json:"measured"`
	Met      bool   `json:"met"`
}

// checkTargets evaluates the targets (stated for 200k items) on
// ours. Targets relative to the baseline are left out without one.
func checkTargets(r *Report) []Target {
	o, p := r.Ours, r.Baseline
	var ts []Target
	if p != nil && p.ItemsPerSec > 0 {
		x := o.ItemsPerSec / p.ItemsPerSec
		ts = append(ts, Target{"indexing >= 1.5x plain bleve items/s", fmt.Sprintf("%.2fx", x), x >= 1.5})
	}
	broad := o.Single[ClassBroad]
	if p != nil && broad.P50 > 0 {
		x := p.Single[ClassBroad].P50 / broad.P50
		ts = append(ts, Target{"broad 4-facet query >= 5x faster than plain bleve (p50)", fmt.Sprintf("%.2fx", x), x >= 5})
	}
	ts = append(ts, Target{"broad 4-facet query p99 < 50 ms", fmt.Sprintf("%.1f ms", broad.P99), broad.N > 0 && broad.P99 < 50})
	for _, c := range []string{ClassRare, ClassPhrase, ClassFiltered} {
		l := o.Single[c]
		ts = append(ts, Target{c + ": p50 < 5 ms, p99 < 20 ms", fmt.Sprintf("%.2f / %.2f ms", l.P50, l.P99), l.N > 0 && l.P50 < 5 && l.P99 < 20})
	}
	if o.SingleQPS > 0 {
		x := o.ConcurrentQPS / o.SingleQPS
		ts = append(ts, Target{fmt.Sprintf("%d clients >= 1.7x single-client throughput", r.Clients), fmt.Sprintf("%.2fx", x), x >= 1.7})
	}
	ts = append(ts,
		Target{"serving memory (peak RSS) < 600 MB", fmt.Sprintf("%.0f MB", o.ServeRSSMB), o.ServeRSSMB > 0 && o.ServeRSSMB < 600},
		Target{"start-up to first answer < 2 s", fmt.Sprintf("%.0f ms", o.StartupMS), o.StartupMS > 0 && o.StartupMS < 2000},
	)
	return ts
}
