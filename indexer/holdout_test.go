package indexer

import "testing"

// The hold-out set (testdata/holdout, see its README): documents written by
// a tester who had not read the extractor, in layouts and from kinds of
// council the dev set lacks, in the dev set's format. It measures how the
// extractor generalises; it is never to be tuned against.

const holdOutDir = "testdata/holdout"

// TestHoldOut scores Extract on the hold-out set as TestDevSet does on the
// dev set, and holds the figures to testdata/holdout/scores.json (-update
// rewrites it).
func TestHoldOut(t *testing.T) { scoreSet(t, holdOutDir, "TestHoldOut") }
