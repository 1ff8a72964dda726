// Package hashset is a set of 64-bit hashes that costs about eight bytes
// a member: a sorted slice, and a small map of the members added since it
// was last sorted in.
//
// A new index remembers every file and meeting it has written (package
// search), and the benchmark every path it has named, so that neither
// looks up or renames what cannot collide. Go maps of a million such
// hashes took 30-50 MB each with their spare room, and under the build's
// memory limit (search.BuildMemoryLimit) a live heap that grows with the
// corpus leaves the collector less and less room: at 1M items, about
// none.
package hashset
