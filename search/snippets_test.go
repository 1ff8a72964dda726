package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTruncate: the plain snippet is the text with its runs of spaces
// made one, cut at a space before n runes with "…", however far past n
// the text goes, and whole when it is no longer than n.
func TestTruncate(t *testing.T) {
	// what truncate must answer, from the whole text at once
	whole := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		cut := string([]rune(s)[:n])
		if i := strings.LastIndexByte(cut, ' '); i > n/2 {
			cut = cut[:i]
		}
		return cut + "…"
	}
	long := strings.Repeat("Members noted the report on placements. ", 200)
	for _, s := range []string{
		"", "   ", "short text", "  spaced \t out\n\nwords  ", long, "\n\n" + long,
		strings.Repeat("x", 250), "élève " + strings.Repeat("café ", 60), strings.Repeat("ab ", 66) + "abc",
		strings.Repeat("a", 199) + " b", strings.Repeat("a", 200), strings.Repeat("a", 200) + " b", strings.Repeat("a", 201),
	} {
		for _, n := range []int{1, 5, 10, 200} {
			if got, want := truncate(s, n), whole(s, n); got != want {
				t.Errorf("truncate(%.30q…, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
