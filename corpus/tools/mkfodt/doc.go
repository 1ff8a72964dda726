// Command mkfodt turns a small Markdown subset into a LibreOffice flat ODF
// text document (.fodt) laid out the way councils publish minutes: an A4
// Word-style page, a running header line, a "Page N of M" footer, headings,
// indented lists, bordered tables and optional two-column sections.
// LibreOffice then converts the .fodt to PDF (see corpus/tools/make-pdfs.sh).
//
// Usage:
//
//	mkfodt [-header TEXT] [-footer TEXT] [-soft-hyphens] [-font-size PT] SOURCE.md > OUT.fodt
//
// The markup, one construct per block of lines:
//
//	# Heading        level 1 (centred, large); ## level 2; ### and deeper level 3
//	text             consecutive lines join into one paragraph; a blank line ends it
//	- item           a list paragraph; two spaces of indent per extra level
//	| a | b |        a table row; a row of dashes (|---|) is skipped
//	::: columns      starts a two-column section; a line ":::" ends it
//	::: pagebreak    starts a new page
//
// Bold and italic markers (** and *) are dropped; the words stay.
package main
