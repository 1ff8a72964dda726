package hashset

import "slices"

// minRecent is how many members the map of recent ones holds at least
// before they are sorted into the slice.
const minRecent = 4096

// Set is a set of hashes. The zero Set is empty and ready to use; it is
// not safe for concurrent use.
type Set struct {
	sorted []uint64            // ascending, no member twice
	recent map[uint64]struct{} // members not in sorted
}

// Has reports whether h is a member.
func (s *Set) Has(h uint64) bool {
	if _, ok := s.recent[h]; ok {
		return true
	}
	_, ok := slices.BinarySearch(s.sorted, h)
	return ok
}

// Add makes h a member.
func (s *Set) Add(h uint64) {
	if s.Has(h) {
		return
	}
	if s.recent == nil {
		s.recent = map[uint64]struct{}{}
	}
	s.recent[h] = struct{}{}
	// sorted in once the map holds an eighth of the slice: each member
	// is copied about eight times in all, and the map stays small
	if len(s.recent) >= max(minRecent, len(s.sorted)/8) {
		s.fold()
	}
}

// Len is the number of members.
func (s *Set) Len() int { return len(s.sorted) + len(s.recent) }

// fold sorts the recent members into the slice.
func (s *Set) fold() {
	add := make([]uint64, 0, len(s.recent))
	for h := range s.recent {
		add = append(add, h)
	}
	slices.Sort(add)
	merged := make([]uint64, 0, len(s.sorted)+len(add))
	i, j := 0, 0
	for i < len(s.sorted) && j < len(add) {
		if s.sorted[i] < add[j] {
			merged = append(merged, s.sorted[i])
			i++
		} else {
			merged = append(merged, add[j])
			j++
		}
	}
	merged = append(merged, s.sorted[i:]...)
	merged = append(merged, add[j:]...)
	s.sorted = merged
	clear(s.recent)
}
