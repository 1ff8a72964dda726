package indexer

import "testing"

// The twelfth hold-out set (testdata/holdout12, see its README): parish and
// town council minutes and minutes published as web pages, written before
// their writer read the extractor's code, after the tenth set's failures had
// been studied and fixed. It measures how the extractor generalises and is
// never to be tuned against.

const holdOut12Dir = "testdata/holdout12"

// TestHoldOut12 scores Extract on the twelfth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout12/scores.json
// (-update rewrites it).
func TestHoldOut12(t *testing.T) { scoreSet(t, holdOut12Dir, "TestHoldOut12") }
