package indexer

import "testing"

// The second hold-out set (testdata/holdout2, see its README): documents
// written by an engineer who had read neither the extractor's heuristics nor
// the first hold-out set's documents, after that set's failures had been
// studied and fixed. Like the first, it measures how the extractor
// generalises and is never to be tuned against.

const holdOut2Dir = "testdata/holdout2"

// TestHoldOut2 scores Extract on the second hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout2/scores.json
// (-update rewrites it).
func TestHoldOut2(t *testing.T) { scoreSet(t, holdOut2Dir, "TestHoldOut2") }
