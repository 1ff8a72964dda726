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
// scorch for this index, to be passed whenever it is opened: an index
// opened with another cap would merge its segments into larger ones.
// Scorch reads the merge plan's options by their JSON names over its
// defaults (mergeplan.DefaultMergePlanOptions).
func ScorchConfig() map[string]any {
	return map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": MaxSegmentDocs}}
}

// BuildMergeWidth is how many segments the merger of a new index lets
// gather before it merges them (BuildScorchConfig).
const BuildMergeWidth = 24

// BuildScorchConfig is ScorchConfig for an index that Create makes: the
// same cap, with a merge plan that merges each part (PartBytes of text,
// parts.go) about once instead of up a staircase of tiers.
//
// Scorch's default plan merges whatever parts are waiting (ten at most)
// into a segment of about ten parts, and ten of those into one that
// reaches the cap: every document is read and written again twice, which
// took 14-17% of a build's CPU (BENCHMARKS.md, issue 16). Here the
// smallest segment sets the first tier (FloorSegmentSize 1), which holds
// BuildMergeWidth segments; the tiers above it grow so fast (TierGrowth)
// that the merger waits until about BuildMergeWidth segments are
// waiting, then merges up to twice as many at once, up to the cap. On
// the reference corpus (about 1,000 documents a part) that merge reaches
// half the cap, and its segment is merged no further.
func BuildScorchConfig() map[string]any {
	return map[string]any{"scorchMergePlanOptions": map[string]any{
		"MaxSegmentSize":       MaxSegmentDocs,
		"FloorSegmentSize":     1,
		"MaxSegmentsPerTier":   BuildMergeWidth,
		"TierGrowth":           1000.0,
		"SegmentsPerMergeTask": 2 * BuildMergeWidth,
	}}
}
