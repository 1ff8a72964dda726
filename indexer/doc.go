// Package indexer turns files of minutes into schema.Meeting values
// (extraction) and feeds them to the search index (the indexing run:
// walking a corpus, skipping unchanged files, reporting failures).
//
// Extraction (Extract) goes in steps, one file each: read.go tells the
// format and turns the file into text (decode.go for encodings, html.go,
// docx.go, pdf.go through package pdftext, xml.go through package
// moderngov); clean.go normalises the text and strips Markdown and link
// residue; split.go and rows.go cut it into a header and items (numbered
// items, flattened ModernGov tables, headings); item.go and decisions.go
// read each item's title, agenda text, minute and decisions; header.go and
// meeting.go settle council, committee, date and attendance; topics.go
// tags items from the topic taxonomy.
//
// The indexing run (Run, Update) goes: walk.go lists the corpus (links are
// passed over); update.go plans the run from the walk, the manifest and
// what the index holds; group.go puts the files that give one meeting ID
// together and keeps the fullest, linking the others; work.go, on a pool
// of workers, reads each file once through readVerified (inside the
// corpus, never through a link, and only if it is still the file the walk
// listed), skips it when unchanged, else extracts it from those bytes;
// writer.go writes each meeting's change in one atomic batch and never
// lets one file's meeting ID stop the run.
package indexer
