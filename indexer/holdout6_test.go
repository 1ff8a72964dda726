package indexer

import "testing"

// The sixth hold-out set (testdata/holdout6, see its README): documents
// written before their writer read the extractor's code, after the fifth
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut6Dir = "testdata/holdout6"

// TestHoldOut6 scores Extract on the sixth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout6/scores.json
// (-update rewrites it).
func TestHoldOut6(t *testing.T) { scoreSet(t, holdOut6Dir, "TestHoldOut6") }
