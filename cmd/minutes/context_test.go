package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// run runs the minutes command line and returns its exit status and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// buildIndex indexes a corpus into a temporary folder, leaving it closed.
func buildIndex(t *testing.T, corpusDir string) string {
	t.Helper()
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	if code, out, errs := run(t, "index", "--corpus", corpusDir, "--index", index, "--workers", "2"); code != exitOK {
		t.Fatalf("index %s: exit %d\n%s%s", corpusDir, code, out, errs)
	}
	return index
}
