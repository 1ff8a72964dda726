package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Errorf(format string, a ...any) { r.failed = format }
func (r *recorder) Fatalf(format string, a ...any) { r.failed = format }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		got  string
		fail bool
	}{
		{"a\nb\n", false},
		{"a\nc\n", true},
		{"a\nb", true},
		{"a\nb\nc\n", true},
	}
	for _, tt := range tests {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got))
		if (r.failed != "") != tt.fail {
			t.Errorf("Check(%q): failed %v, want %v", tt.got, r.failed != "", tt.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing"), nil)
	if r.failed == "" {
		t.Error("a missing golden file passed")
	}
}

func TestFirstDifference(t *testing.T) {
	tests := map[[2]string]string{
		{"a\nb", "a\nc"}:   "line 2\n got: \"b\"\nwant: \"c\"",
		{"a\nb\n", "a\nb"}: "line 3\n got: \"\"\nwant: (end of file)",
		{"a", "a"}:         "(no line differs)",
	}
	for in, want := range tests {
		if got := firstDifference([]byte(in[0]), []byte(in[1])); got != want {
			t.Errorf("firstDifference(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}
