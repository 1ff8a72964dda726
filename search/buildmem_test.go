package search

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestLimitBuildMemory checks what a build runs under and that the
// runtime's settings are put back after it, or left alone when the
// program set a limit of its own.
func TestLimitBuildMemory(t *testing.T) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("the test runs with a memory limit (GOMEMLIMIT)")
	}
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)

	restore := LimitBuildMemory()
	if got := debug.SetMemoryLimit(-1); got != BuildMemoryLimit {
		t.Errorf("memory limit during a build %d, want %d", got, BuildMemoryLimit)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GC percent during a build %d, want -1 (collect at the limit only)", got)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit after a build %d, want none", got)
	}
	if got := debug.SetGCPercent(percent); got != percent {
		t.Errorf("GC percent after a build %d, want %d", got, percent)
	}

	debug.SetMemoryLimit(1 << 30)
	defer debug.SetMemoryLimit(math.MaxInt64)
	restore = LimitBuildMemory()
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("the program's own limit became %d", got)
	}
	if got := debug.SetGCPercent(percent); got != percent {
		t.Errorf("GC percent under the program's own limit became %d", got)
	}
	restore()
}
