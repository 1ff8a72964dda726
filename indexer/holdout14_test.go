package indexer

import "testing"

// The fourteenth hold-out set (testdata/holdout14, see its README): agenda
// packs of principal councils (minutes followed by an action log, a
// committee's and its sub-committee's minutes in one pack), printed minutes
// in ModernGov and CMIS layouts (a cover index table, paragraphs restarting
// in every minute, decisions in shaded boxes), ModernGov item, minutes and
// decision pages, Scottish and Northern Irish minutes and a parish's
// handwritten minute book as OCR text, written without reading the
// extractor's code. It measures how the extractor generalises and is never
// to be tuned against.

const holdOut14Dir = "testdata/holdout14"

// TestHoldOut14 scores Extract on the fourteenth hold-out set as TestDevSet
// does on the dev set, and holds the figures to testdata/holdout14/scores.json
// (-update rewrites it).
func TestHoldOut14(t *testing.T) { scoreSet(t, holdOut14Dir, "TestHoldOut14") }
