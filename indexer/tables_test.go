package indexer

import "testing"

// The tables set (testdata/tables, see its README): minutes laid out as
// tables (a number cell, a title cell or a bold title over the text, an
// Action column of initials) in every format the extractor reads.

const tablesDir = "testdata/tables"

// TestTables scores Extract on the tables set as TestDevSet does on the dev
// set, and holds the figures to testdata/tables/scores.json (-update
// rewrites it).
func TestTables(t *testing.T) { scoreSet(t, tablesDir, "TestTables") }
