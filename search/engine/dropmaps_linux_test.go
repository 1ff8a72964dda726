package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// rssFileKB is the process's file-backed resident memory (RssFile in
// /proc/self/status), in kB.
func rssFileKB(t *testing.T) int {
	t.Helper()
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "RssFile:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

// TestDropPages checks that dropPages takes a read file mapping's pages
// out of the resident set and that the mapping still reads the file.
func TestDropPages(t *testing.T) {
	const size = 16 << 20
	want := bytes.Repeat([]byte("minutes of the planning committee\n"), size/34+1)[:size]
	path := filepath.Join(t.TempDir(), "seg")
	if err := os.WriteFile(path, want, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)

	if !bytes.Equal(m, want) { // reads every page
		t.Fatal("the mapping does not read the file")
	}
	read := rssFileKB(t)
	dropPages(m)
	dropped := rssFileKB(t)
	if read-dropped < size/1024*3/4 {
		t.Errorf("RssFile %d kB with the file read, %d kB after dropPages: want at least %d kB less", read, dropped, size/1024*3/4)
	}
	if !bytes.Equal(m, want) {
		t.Fatal("the mapping reads otherwise after dropPages")
	}
	if back := rssFileKB(t); back-dropped < size/1024*3/4 {
		t.Errorf("RssFile %d kB after reading the mapping again, %d kB before: the pages did not come back", back, dropped)
	}
}
