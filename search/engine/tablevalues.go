package engine

import "slices"

// The per-snapshot tables (facettable.go, demotetable.go) hold a few
// numbers for every document of the index, so they grow with it: at a
// million items they are most of what a serving process keeps in its
// heap. The types here keep those numbers small.

// facetValues holds the value numbers of every document of a facet
// table in order: 16 bits each while every value number fits (the
// distinct councils, committees, topics, years, months, council-years,
// kinds and people of the index: a few thousand for every council of
// England), 32 bits from the first value that does not.
type facetValues struct {
	narrow []uint16
	wide   []uint32 // nil until a value number needs more than 16 bits
}

func (v *facetValues) add(n uint32) {
	if v.wide == nil && n <= 0xffff {
		v.narrow = append(v.narrow, uint16(n))
		return
	}
	if v.wide == nil {
		v.wide = make([]uint32, len(v.narrow), 2*len(v.narrow)+1)
		for i, x := range v.narrow {
			v.wide[i] = uint32(x)
		}
		v.narrow = nil
	}
	v.wide = append(v.wide, n)
}

func (v *facetValues) len() int {
	if v.wide != nil {
		return len(v.wide)
	}
	return len(v.narrow)
}

// appendRange appends the values lo to hi (exclusive) to buf.
func (v *facetValues) appendRange(buf []uint32, lo, hi uint32) []uint32 {
	if v.wide != nil {
		return append(buf, v.wide[lo:hi]...)
	}
	for _, x := range v.narrow[lo:hi] {
		buf = append(buf, uint32(x))
	}
	return buf
}

// count adds 1 to counts[v] for each value v from lo to hi (exclusive).
func (v *facetValues) count(lo, hi uint32, counts []int) {
	if v.wide != nil {
		for _, x := range v.wide[lo:hi] {
			counts[x]++
		}
		return
	}
	for _, x := range v.narrow[lo:hi] {
		counts[x]++
	}
}

// trim gives back the spare capacity that appending left.
func (v *facetValues) trim() {
	if v.wide != nil {
		v.wide = slices.Clip(slices.Clone(v.wide))
		return
	}
	v.narrow = slices.Clip(slices.Clone(v.narrow))
}

// bitSet is a set of document numbers, a bit each.
type bitSet []uint64

func (b *bitSet) set(n uint64) {
	for uint64(len(*b)) <= n/64 {
		*b = append(*b, 0)
	}
	(*b)[n/64] |= 1 << (n % 64)
}

func (b bitSet) has(n uint64) bool {
	return n/64 < uint64(len(b)) && b[n/64]&(1<<(n%64)) != 0
}
