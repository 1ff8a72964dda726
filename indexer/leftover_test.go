package indexer

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

// A killed build leaves "<index>.building-<pid>" (and a killed swap
// "<index>.old-<pid>") beside the index; the next build removes those of
// processes that are gone and keeps those of a process that still runs.
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	index := filepath.Join(dir, "minutes.bleve")
	gone := 1 << 30 // above any Linux pid_max
	live := os.Getppid()
	paths := map[string]bool{ // path -> should still exist
		fmt.Sprintf("%s.building-%d", index, gone): false,
		fmt.Sprintf("%s.old-%d", index, gone):      false,
		fmt.Sprintf("%s.building-%d", index, live): true,
		index + ".building-notapid":                true,
		filepath.Join(dir, "other.building-1"):     true,
		index:                                      true,
	}
	for p := range paths {
		if err := os.MkdirAll(filepath.Join(p, "store"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	removeLeftovers(index, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for p, keep := range paths {
		_, err := os.Stat(p)
		if exists := err == nil; exists != keep {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), exists, keep)
		}
	}
}
