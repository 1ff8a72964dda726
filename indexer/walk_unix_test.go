//go:build unix

package indexer

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWalkNamesSpecialFiles: a named pipe in the corpus, even one named
// like minutes, is named as passed over and never opened (opening one
// blocks until a writer comes); it was left out without a word.
func TestWalkNamesSpecialFiles(t *testing.T) {
	root := t.TempDir()
	folder := filepath.Join(root, "kent", "cabinet")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, "2024-01-01.txt"), []byte("minutes"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"2024-02-01.txt", ".hidden-pipe"} {
		if err := syscall.Mkfifo(filepath.Join(folder, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, skipped, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Rel != "kent/cabinet/2024-01-01.txt" {
		t.Errorf("files: %+v", files)
	}
	want := Skipped{Rel: "kent/cabinet/2024-02-01.txt", Reason: "not a regular file (a named pipe), not read"}
	if len(skipped) != 1 || skipped[0] != want {
		t.Errorf("passed over: %+v; want only %+v", skipped, want)
	}
}
