package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOptionErrorsAreUsageErrors: a malformed flag value of fetch or a
// search filter that is not a slug is a usage error (exit 2) naming the
// flag, as the other commands' are (bench's negative numbers too); fetch answered 1, as for a site that
// failed, and search --council Kent answered 0 with nothing found.
func TestOptionErrorsAreUsageErrors(t *testing.T) {
	corpusDir := t.TempDir()
	index := filepath.Join(t.TempDir(), "none.bleve")
	fetch := func(args ...string) []string {
		return append([]string{"fetch", "--corpus", corpusDir, "--connect-timeout", "1s", "--retries", "0"}, args...)
	}
	tests := []struct {
		args []string
		flag string
	}{
		{fetch("--site", "ftp://example.org", "--council", "A"), "--site"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "A", "--from", "2023-99"), "--from"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "A", "--to", "20x"), "--to"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "A", "--from", "2024", "--to", "2020"), "--from"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "A", "--allow-host", "a b"), "--allow-host"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "A", "--delay", "-1s"), "--delay"},
		{fetch("--site", "http://127.0.0.1:1", "--council", "!!!"), "--council"},
		{[]string{"search", "--index", index, "--council", "Kent", "ofsted"}, "--council"},
		{[]string{"search", "--index", index, "--committee", "Corporate Parenting", "ofsted"}, "--committee"},
		{[]string{"search", "--index", index, "--topic", "a b", "ofsted"}, "--topic"},
		{[]string{"search", "--index", index, "--person", "Smith", "ofsted"}, "--person"},
		{[]string{"bench", "--items", "-1"}, "--items"},
		{[]string{"bench", "--queries", "-5"}, "--queries"},
		{[]string{"bench", "--jsonl", "a.jsonl", "--write-jsonl", "b.jsonl"}, "--jsonl"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != exitUsage || !strings.Contains(errs, tt.flag) {
			t.Errorf("%v: exit %d, want %d naming %s:\n%s", tt.args, code, exitUsage, tt.flag, errs)
		}
	}
}
