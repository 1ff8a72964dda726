package indexer

import "testing"

// The fourth hold-out set (testdata/holdout4, see its README): documents
// written before their writer read the extractor's code, after the third
// set's failures had been studied and fixed. It measures how the extractor
// generalises and is never to be tuned against.

const holdOut4Dir = "testdata/holdout4"

// TestHoldOut4 scores Extract on the fourth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout4/scores.json
// (-update rewrites it).
func TestHoldOut4(t *testing.T) { scoreSet(t, holdOut4Dir, "TestHoldOut4") }
