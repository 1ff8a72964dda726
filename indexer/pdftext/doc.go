// Package pdftext turns a PDF file into clean text for indexing.
//
// It reads the text layer with github.com/ledongthuc/pdf but does not use
// the library's own text assembly: it interprets each page's content
// stream itself (glyph positions, TJ spacing, word spacing, Form XObjects)
// and rebuilds the text from where the glyphs are drawn. Glyphs are grouped
// into lines by baseline, words are split where the gap between glyphs is
// wide, two-column pages are read column by column, hyphenated line ends are
// joined, running headers, footers and page numbers are removed, and larger
// vertical gaps become paragraph breaks.
//
// Document.Lines gives each line of the text with what the page showed of
// it: its page, whether a paragraph starts there, its font size relative to
// the body text, boldness, indent from the page's usual left margin and the
// width of a tab stop after its first word ("76.<tab>Apologies"), so that
// callers can tell headings from body text.
//
// Every panic of the PDF library is recovered: a bad page becomes a
// warning, a file the library cannot open at all is handed to poppler's
// pdftotext when it is installed, and a file with no text layer is read by
// OCR (pdftoppm and tesseract) when Options.OCR asks for it. Size, page count
// and time are bounded by Options. Callers branch on the sentinel errors
// (ErrEncrypted, ErrNoText, ErrTooLarge, ErrTooManyPages, ErrTimeout,
// ErrUnreadable) with errors.Is.
package pdftext
