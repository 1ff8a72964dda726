package indexer

import "testing"

// The fifth hold-out set (testdata/holdout5, see its README): documents
// written before their writer read the extractor's code, after the fourth
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut5Dir = "testdata/holdout5"

// TestHoldOut5 scores Extract on the fifth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout5/scores.json
// (-update rewrites it).
func TestHoldOut5(t *testing.T) { scoreSet(t, holdOut5Dir, "TestHoldOut5") }
