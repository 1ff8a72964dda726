package search

import (
	"math"
	"runtime/debug"
)

// BuildMemoryLimit is the soft limit of the Go runtime's memory while a
// program builds a new index (LimitBuildMemory).
//
// Most of a build's heap is garbage: each part's analysed documents and
// the segment bleve builds of them, and the buffers of merges. With the
// runtime's default pacing (a collection whenever the heap has doubled
// since the last) building the 200,000 items of the reference corpus
// peaked at 316 MB of heap and 364 MB of anonymous RSS; with a limit of
// 256 MiB at 240 and 258 MB, with 200 MiB at 189 and 205 MB (ours alone,
// load 7-15; BENCHMARKS.md, issue 16). The collector then runs more often
// near the limit. Since text fields share their token locations
// (engine.Positions) a build allocates about a tenth less; with 160 MiB
// the 200k build peaked at 184 MB of anonymous RSS (28 MB of it the
// bench's own statistics, since let go) and 404 MB in all, and the
// collector took about a quarter of the indexing CPU against a tenth at
// 200 MiB (BENCHMARKS.md, issue 16, third pass): a trade of CPU for
// memory. The limit is soft: a build that needs more gets more, the
// collector then taking at most about half the CPU. Since the collector
// waits for the limit (LimitBuildMemory) it collects less often for the
// same peak: at 50k items, 8.9% of the indexing CPU profile in its mark
// workers against 5.7% (BENCHMARKS.md, issue 16, fourth pass).
const BuildMemoryLimit = 160 << 20

// LimitBuildMemory sets the Go runtime's soft memory limit
// (debug.SetMemoryLimit) to BuildMemoryLimit for the length of a build,
// unless the program already runs with a limit (GOMEMLIMIT, or its own
// call); the function it returns puts back what was there. The limit is
// the process's: a program calls this around a build (indexer.Build, the
// bench), not package search on its own.
//
// Under the limit the collector also stops collecting whenever the heap
// has doubled (debug.SetGCPercent(-1)): a build's live heap is 40-80 MB
// (gctrace, 30k items of the reference corpus), so that pacing collected
// every 40-80 MB of allocation although the limit allows about 150 MB of
// heap; with the limit alone it collects when the heap reaches it, about
// half as often, for the same peak.
func LimitBuildMemory() (restore func()) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	debug.SetMemoryLimit(BuildMemoryLimit)
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
