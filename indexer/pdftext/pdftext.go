package pdftext

import (
	"errors"
	"time"
)

// Options bound the work done on one file. Zero values mean no limit.
type Options struct {
	MaxBytes  int64         // refuse larger files before reading them
	MaxPages  int           // refuse documents with more pages
	Timeout   time.Duration // give up on the file after this long
	OCR       bool          // read pages without a text layer with tesseract, when installed
	Pdftotext string        // path of poppler's pdftotext; "" looks it up on PATH
}

// Document is the text of one PDF.
type Document struct {
	Pages    []string // clean text of each page, running headers and footers removed
	Text     string   // the pages joined with blank lines, hyphenation across pages repaired
	Lines    []Line   // the lines of Text in reading order, with their typography
	Warnings []string // what was doubtful: bad pages, fallbacks used
	Method   string   // how the text was read: "ledongthuc", "pdftotext" or "ocr"
}

// Line is one line of Document.Text with what the page showed of it.
// Text read by pdftotext or OCR has no positions: there only Page, Text
// and Para are known, Size is 1 and the rest zero.
type Line struct {
	Page   int     // 1-based page number
	Text   string  // the line as in Document.Text
	Para   bool    // a paragraph starts here (a blank line precedes it in Text)
	Size   float64 // median font size relative to the document's body text size (1 = body)
	Bold   bool    // most of the line's glyphs are in a bold font (font name or descriptor flags/weight)
	Indent float64 // left edge in ems of body size from the page's usual left text margin (may be negative)
	Tab    float64 // 0, or the width in ems of a wide gap after the line's first word (a number followed by a tab stop: "76.<tab>Apologies")
}

// Methods reported in Document.Method.
const (
	MethodNative    = "ledongthuc"
	MethodPdftotext = "pdftotext"
	MethodOCR       = "ocr"
)

// Sentinel errors; the returned errors wrap them and name the file.
var (
	ErrEncrypted    = errors.New("pdf is encrypted with a password")
	ErrNoText       = errors.New("no text layer; looks like a scan")
	ErrTooLarge     = errors.New("file is too large")
	ErrTooManyPages = errors.New("too many pages")
	ErrTimeout      = errors.New("timed out")
	ErrUnreadable   = errors.New("unreadable pdf")
)
