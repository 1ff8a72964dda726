package indexer

import "testing"

// The eighth hold-out set (testdata/holdout8, see its README): documents
// written before their writer read the extractor's code, after the seventh
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut8Dir = "testdata/holdout8"

// TestHoldOut8 scores Extract on the eighth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout8/scores.json
// (-update rewrites it).
func TestHoldOut8(t *testing.T) { scoreSet(t, holdOut8Dir, "TestHoldOut8") }
