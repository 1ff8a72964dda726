package indexer

import "testing"

// The tenth hold-out set (testdata/holdout10, see its README): parish and
// town council minutes in layouts no other set has (a clerk's e-mail, a
// Word table, a blog post with comments, initials for councillors, an
// extraordinary meeting of one item) and a CMIS-style printed minutes,
// written before their writer read the extractor's splitting code. It
// measures how the extractor generalises and is never to be tuned against.

const holdOut10Dir = "testdata/holdout10"

// TestHoldOut10 scores Extract on the tenth hold-out set as TestDevSet does
// on the dev set, and holds the figures to testdata/holdout10/scores.json
// (-update rewrites it).
func TestHoldOut10(t *testing.T) { scoreSet(t, holdOut10Dir, "TestHoldOut10") }
