package indexer

import "testing"

// The fifteenth hold-out set (testdata/holdout15, see its README): a county
// council's full council with public and members' questions in a Q&A table,
// motions, an amendment and a recorded vote; a district planning committee
// whose minutes are titled by application reference; a town council's Word
// minutes with council-year references and a payments schedule; a
// metropolitan borough's scrutiny minutes from a general CMS with <strong>
// headings inside <p>; an annual parish meeting with no numbering; a joint
// committee of two councils; Part A / Part B minutes with exempt items
// summarised; and 2008 minutes with Roman-numeral numbers, written without
// reading the extractor's code. It measures how the extractor generalises
// and is never to be tuned against.

const holdOut15Dir = "testdata/holdout15"

// TestHoldOut15 scores Extract on the fifteenth hold-out set as TestDevSet
// does on the dev set, and holds the figures to testdata/holdout15/scores.json
// (-update rewrites it).
func TestHoldOut15(t *testing.T) { scoreSet(t, holdOut15Dir, "TestHoldOut15") }
