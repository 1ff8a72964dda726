package indexer

import "testing"

// The ninth hold-out set (testdata/holdout9, see its README): documents
// written before their writer read the extractor's code, after the eighth
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut9Dir = "testdata/holdout9"

// TestHoldOut9 scores Extract on the ninth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout9/scores.json
// (-update rewrites it).
func TestHoldOut9(t *testing.T) { scoreSet(t, holdOut9Dir, "TestHoldOut9") }
