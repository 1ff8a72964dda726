package indexer

import "testing"

// The seventh hold-out set (testdata/holdout7, see its README): documents
// written before their writer read the extractor's code, after the sixth
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut7Dir = "testdata/holdout7"

// TestHoldOut7 scores Extract on the seventh hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout7/scores.json
// (-update rewrites it).
func TestHoldOut7(t *testing.T) { scoreSet(t, holdOut7Dir, "TestHoldOut7") }
