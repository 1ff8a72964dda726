package indexer

import "testing"

// The third hold-out set (testdata/holdout3, see its README): documents
// written by an engineer who had read none of the extractor's heuristics,
// after the second set's failures had been studied and fixed. It measures
// how the extractor generalises and is never to be tuned against.

const holdOut3Dir = "testdata/holdout3"

// TestHoldOut3 scores Extract on the third hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout3/scores.json
// (-update rewrites it).
func TestHoldOut3(t *testing.T) { scoreSet(t, holdOut3Dir, "TestHoldOut3") }
