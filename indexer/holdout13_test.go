package indexer

import "testing"

// The thirteenth hold-out set (testdata/holdout13, see its README): printed
// minutes of principal councils and the bodies beside them (a fire and
// rescue authority, a national park authority, a combined authority, a
// police and crime panel) in layouts the other sets lack, with an agenda
// pack, a Welsh county council, parish and town minutes and an OCR text,
// written without reading the extractor's code. It measures how the
// extractor generalises and is never to be tuned against.

const holdOut13Dir = "testdata/holdout13"

// TestHoldOut13 scores Extract on the thirteenth hold-out set as TestDevSet
// does on the dev set, and holds the figures to testdata/holdout13/scores.json
// (-update rewrites it).
func TestHoldOut13(t *testing.T) { scoreSet(t, holdOut13Dir, "TestHoldOut13") }
