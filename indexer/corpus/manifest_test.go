package corpus

import (
	"fmt"
	"testing"
	"time"
)

// manifestOf is a manifest of n files put one by one, as a fetch does.
func manifestOf(n int) *Manifest {
	m := &Manifest{}
	for i := range n {
		m.Put(Entry{Path: fmt.Sprintf("council-%d/cabinet/2024-01-%02d.pdf", i/28, i%28+1), MeetingID: fmt.Sprint(i)})
	}
	return m
}

// TestManifestLookupAnswers: Lookup and Put agree however Files came to
// be: put one by one, saved (sorted), loaded, or set by hand; where two
// entries share a path the first answers, as the scan's did.
func TestManifestLookupAnswers(t *testing.T) {
	m := manifestOf(100)
	m.Put(Entry{Path: "council-0/cabinet/2024-01-05.pdf", MeetingID: "replaced"})
	dir := t.TempDir()
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	byHand := &Manifest{Files: []Entry{{Path: "a/b/c.pdf", MeetingID: "1"}, {Path: "a/b/c.pdf", MeetingID: "2"}}}
	for name, tc := range map[string]struct {
		m    *Manifest
		path string
		want string
	}{
		"put":           {m, "council-3/cabinet/2024-01-10.pdf", "93"},
		"replaced":      {m, "council-0/cabinet/2024-01-05.pdf", "replaced"},
		"loaded":        {loaded, "council-3/cabinet/2024-01-10.pdf", "93"},
		"missing":       {loaded, "council-9/cabinet/2024-01-10.pdf", ""},
		"first of two":  {byHand, "a/b/c.pdf", "1"},
		"empty":         {&Manifest{}, "a/b/c.pdf", ""},
		"windows slash": {loaded, `council-3\cabinet\2024-01-10.pdf`, ""},
	} {
		e, ok := tc.m.Lookup(tc.path)
		if ok != (tc.want != "") || e.MeetingID != tc.want {
			t.Errorf("%s: Lookup(%q) = %q, %v; want %q", name, tc.path, e.MeetingID, ok, tc.want)
		}
	}
	// entries appended by hand are found, and Put after them keeps one
	// entry a path
	byHand.Files = append(byHand.Files, Entry{Path: "x/y/z.pdf", MeetingID: "3"})
	if e, ok := byHand.Lookup("x/y/z.pdf"); !ok || e.MeetingID != "3" {
		t.Errorf("appended by hand: %+v, %v", e, ok)
	}
	byHand.Put(Entry{Path: "x/y/z.pdf", MeetingID: "4"})
	if len(byHand.Files) != 3 || byHand.Files[2].MeetingID != "4" {
		t.Errorf("Put after a change by hand: %+v", byHand.Files)
	}
}

// TestManifestLookupIsNotAScan: looking a path up costs about the same in
// a manifest of 64,000 files as in one of 1,000. A scan of Files made a
// fetch or an index run of a large corpus quadratic (64 times the cost
// here); the ratio allows a loaded machine's noise many times over.
func TestManifestLookupIsNotAScan(t *testing.T) {
	perLookup := func(m *Manifest) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			for i := range 2000 {
				m.Lookup(fmt.Sprintf("council-%d/cabinet/none-%d.pdf", i, i)) // a miss: the scan's worst case
			}
			best = min(best, time.Since(start))
		}
		return best / 2000
	}
	small, large := perLookup(manifestOf(1000)), perLookup(manifestOf(64000))
	if large > 8*small {
		t.Errorf("a lookup takes %v among 64,000 files against %v among 1,000: it scans", large, small)
	}
}

func BenchmarkManifestLookup(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		m := manifestOf(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				m.Lookup(m.Files[i%n].Path)
			}
		})
	}
}
