package engine

// MaxSegmentDocs caps the documents of a segment that scorch's merger
// makes: segments of half as many are merged no further.
//
// A merge reads every page of the segments it merges through their
// memory maps, and those pages count in the process's resident memory
// until the merged segments are closed. With bleve's default cap (five
// million documents) the merges of a large build take in most of the
// index: building the 200,000 items of the reference corpus (about
// 210,000 documents) peaked at 557 MB of file-backed RSS beside 582 MB of
// heap. With segments of at most 50,000 documents (about 160 MB of index
// on that corpus) a merge maps at most that much, at the price of a few
// more segments for a query to visit (16 instead of 14 at 200k items,
// about five per 200k items beyond) and a few percent more index, each
// segment having its own dictionaries (BENCHMARKS.md, issue 16).
const MaxSegmentDocs = 50000

// ScorchConfig is the part of bleve's runtime configuration that tunes
// scorch for this index, to be passed whenever it is created or opened:
// an index opened with another cap would merge its segments into larger
// ones. Scorch reads the merge plan's options by their JSON names over its
// defaults (mergeplan.DefaultMergePlanOptions).
func ScorchConfig() map[string]any {
	return map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": MaxSegmentDocs}}
}
