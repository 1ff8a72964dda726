// Package pdftext turns a PDF file into clean text for indexing.
//
// It opens the file and its objects with github.com/ledongthuc/pdf but
// does not use the library's own text assembly: it lexes and interprets
// each page's content stream itself (glyph positions, TJ spacing, word
// spacing, Form XObjects, the appearances of the annotations a page shows)
// and rebuilds the text from where the glyphs are drawn. Turned text (a
// landscape table on a page with /Rotate 90, a heading set sideways, a
// diagonal "DRAFT" watermark) is read in its own direction, to the nearest
// 15°, as lines of its own.
// Codes become text by a font's ToUnicode map first, then its encoding's
// glyph names (read as the Adobe Glyph List says: "f_i", "uni0066",
// "a.sc") and base encoding, then the PDF library's reading; a Type3
// font's widths are scaled by its FontMatrix. Text in CID fonts with
// Identity codes and no ToUnicode map says no letter: the document warns,
// naming the fonts, and one mostly in such fonts is read by pdftotext.
// Annotations count as the page shows them (a filled form field, a
// free-text comment, a stamp); a note's hidden /Contents and a field's
// value with no appearance do not. Glyphs are grouped into lines by baseline; words are split where
// the gap between glyphs is wide or a space is drawn between them, but not
// by a space drawn over a letter (underlines), by letter spacing, or by an
// underline typed as underscores over the text (those underscores, which
// hold no word, are left out); two-column pages are read column by column,
// but a table's rows whose number and title cells wrap beside a wide cell
// of text (rows that start both sides on one baseline after the space
// between rows) are read row by row, the left cells joined into one line
// before the text, a table's head row repeated at a page's top is marked
// Running, and side headings (a minute's number and heading wrapped in a
// narrow left column, columns.go) are read before the text beside them;
// wide gaps become " | " only where rows line up as a table, never at a
// tab stop after a minute number; hyphenated line ends are joined, keeping
// the hyphen of a compound the document's own words show ("well-" "being",
// "pathway-" "planning"), and of any other unless the document is
// hyphenated at syllables ("recruit-" "ment" where it prints
// "recruitment"); larger vertical gaps become paragraph breaks.
//
// Nothing read is dropped: running headers, footers and page numbers stay
// in Text and are marked Running in Lines, so that a caller (the indexer)
// can keep each running header and footer once and leave page numbers out.
//
// Document.Lines gives each line of the text with what the page showed of
// it: its page, whether a paragraph starts there, its font size relative to
// the body text, boldness, indent from the page's left text margin and the
// width of a tab stop after its first word ("76.<tab>Apologies"), so that
// callers can tell headings from body text.
//
// Every panic of the PDF library is recovered: a bad page becomes a
// warning, a file whose cross-reference table is broken is read through
// one rebuilt from the objects found in it (xref.go), a file the library
// cannot open even so is handed to poppler's
// pdftotext when it is installed, and a file with no text layer is read by
// OCR (pdftoppm and tesseract) when Options.OCR asks for it. So are the
// pages of a file with a text layer that are images alone (a scanned
// signed page in an agenda pack); without OCR the document warns, naming
// those pages, that their words are not read.
//
// Size, page count and time are bounded by Options, and so is content,
// against decompression bombs: streams are decompressed as they are read
// and counted (per stream, per document), and so are glyphs and text, so
// memory stays small whatever a stream inflates to; every read of the file
// and of a stream checks the context, so a reader given up at its deadline
// stops. With Options.Child the text layer is read in a child process (the
// minutes binary's hidden "pdftext-child", see ServeChild) whose memory is
// capped and which is killed at the deadline: the PDF library makes some
// allocations sized by numbers in the file, which nothing in the process
// can stop and which would end it.
//
// Callers branch on the sentinel errors (ErrEncrypted, ErrNoText,
// ErrTooLarge, ErrTooManyPages, ErrTimeout, ErrUnreadable,
// ErrTooMuchContent) with errors.Is.
package pdftext
