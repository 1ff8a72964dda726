package engine

import (
	"slices"
	"testing"
)

// TestFacetValues checks that the values of each document come back as
// added, in 16 bits and once a value number needs 32.
func TestFacetValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs [][]uint32
	}{
		{"none", [][]uint32{{}, {}}},
		{"narrow", [][]uint32{{0, 7, 0xffff}, {}, {3}}},
		{"wide from the start", [][]uint32{{0x10000, 1}, {2}}},
		{"wide after narrow", [][]uint32{{1, 2}, {0xffff, 0x10000}, {}, {4, 1 << 20}}},
	} {
		var v facetValues
		start := []uint32{0}
		for _, d := range tc.docs {
			for _, n := range d {
				v.add(n)
			}
			start = append(start, uint32(v.len()))
		}
		v.trim()
		var buf []uint32
		for i, d := range tc.docs {
			buf = v.appendRange(buf[:0], start[i], start[i+1])
			if !slices.Equal(buf, d) && len(buf)+len(d) > 0 {
				t.Errorf("%s, document %d: %v, want %v", tc.name, i, buf, d)
			}
			counts := map[uint32]int{}
			for _, n := range d {
				counts[n]++
			}
			got := make([]int, 1<<20+1)
			v.count(start[i], start[i+1], got)
			for n, c := range counts {
				if got[n] != c {
					t.Errorf("%s, document %d: value %d counted %d times, want %d", tc.name, i, n, got[n], c)
				}
			}
		}
	}
}

// TestBitSet checks membership around word boundaries and beyond the end.
func TestBitSet(t *testing.T) {
	var b bitSet
	in := []uint64{0, 63, 64, 130, 1000}
	for _, n := range in {
		b.set(n)
	}
	for n := uint64(0); n < 1100; n++ {
		if got, want := b.has(n), slices.Contains(in, n); got != want {
			t.Errorf("has(%d) = %v, want %v", n, got, want)
		}
	}
}
