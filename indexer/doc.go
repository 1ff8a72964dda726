// Package indexer turns files of minutes into schema.Meeting values
// (extraction) and feeds them to the search index (the indexing run:
// walking a corpus, skipping unchanged files, reporting failures).
//
// Extraction (Extract) goes in steps, one file each: read.go tells the
// format and turns the file into lines (decode.go for encodings, html.go
// with a page's banner and footer kept apart, docx.go and docxnum.go, pdf.go
// and pdflines.go through package pdftext with each line's typography,
// textcolumns.go for plain text laid out in table columns, xml.go through
// package moderngov);
// clean.go and lines.go normalise each line and read its Markdown marks
// (placeholders.go keeps a converter's run of image placeholders once).
// The structure search then finds the items: agendapack.go passes over an
// agenda front sheet; numbers.go reads item numbers (trailingnumbers.go
// first moves a number printed after its title, or under it, before it);
// candidates.go weighs
// every line that could start an item on its features (evidence.go);
// sequence.go picks by dynamic programming the best sequence of each
// numbering family or heading look; split.go takes the best, or the
// document's sections, or the whole text (rows.go reads flattened
// ModernGov tables); subitems.go cuts a long item at the numbered matters
// inside it; structure.go says how far to trust it, explain.go
// why (extract --explain). item.go, title.go and decisions.go read each
// item's title, agenda text, minute and decision passages; decisionread.go
// reads the decisions as data from the forms in decisionforms.go and the
// recorded votes of votes.go; parts.go cuts over-long items; heading.go,
// header.go, date.go and meeting.go settle council, committee, date and
// attendance (emailheader.go passes over a covering e-mail above the
// minutes' own heading); attendance.go reads the attendance lists as people
// (people.go parses lists of names, personkeys.go keys them), and
// itempeople.go finds who moved, seconded, voted or is named in each
// item; papers.go says which kind of paper a file is; topics.go tags items from the
// topic taxonomy (families of council business and their topics):
// topics_words.go says how terms meet words, topics_match.go finds where
// they match, topics_score.go weighs the evidence and picks an item's
// families and topics. The labelled sample in testdata/topics holds the
// tagging to a precision floor per family.
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
