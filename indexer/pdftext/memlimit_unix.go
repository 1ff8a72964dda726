//go:build unix

package pdftext

import (
	"fmt"
	"runtime/debug"
	"syscall"
)

// limitMemory caps this process's data segment, which holds the Go heap,
// at n bytes: an allocation beyond it fails and the process dies, rather
// than the machine running out of memory. The garbage collector is told
// to work harder well before that.
func limitMemory(n int64) error {
	if n <= 0 {
		return nil
	}
	lim := &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, lim); err != nil {
		return fmt.Errorf("limit memory to %d bytes: %w", n, err)
	}
	debug.SetMemoryLimit(n / 2)
	return nil
}
