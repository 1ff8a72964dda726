package indexer

import "testing"

// The eleventh hold-out set (testdata/holdout11, see its README): documents
// written before their writer read the extractor's code, after the tenth
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut11Dir = "testdata/holdout11"

// TestHoldOut11 scores Extract on the eleventh hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout11/scores.json
// (-update rewrites it).
func TestHoldOut11(t *testing.T) { scoreSet(t, holdOut11Dir, "TestHoldOut11") }
