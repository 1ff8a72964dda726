package shared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("MINUTES_SHARED", dir)
	if got := Root(); got != dir {
		t.Fatalf("Root() = %q, want %q", got, dir)
	}
	t.Setenv("MINUTES_SHARED", filepath.Join(dir, "nope"))
	if got := Root(); got != "" {
		t.Fatalf("Root() with a missing folder = %q, want empty", got)
	}
}

func TestPathFindsFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MINUTES_SHARED", dir)
	if got := Path(t, "a.txt"); got != filepath.Join(dir, "a.txt") {
		t.Fatalf("Path = %q", got)
	}
}
