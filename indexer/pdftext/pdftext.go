package pdftext

import (
	"errors"
	"time"
)

// Options bound the work done on one file. Zero values mean no limit,
// except for the content limits, where zero means the default below and a
// negative value no limit.
type Options struct {
	MaxBytes  int64         // refuse larger files before reading them
	MaxPages  int           // refuse documents with more pages
	Timeout   time.Duration // give up on the file after this long
	OCR       bool          // read pages without a text layer with tesseract, when installed
	Pdftotext string        // path of poppler's pdftotext; "" looks it up on PATH

	// Content limits, against decompression bombs and other hostile files.
	// Exceeding one fails the file with ErrTooMuchContent, except a single
	// stream's limit, which fails its page (and the file when no page is
	// left).
	MaxStreamBytes  int64 // decompressed bytes of one content stream or font CMap
	MaxContentBytes int64 // decompressed bytes of all content streams and CMaps read
	MaxGlyphs       int   // glyphs drawn in the whole document
	MaxTextBytes    int   // bytes of text those glyphs stand for

	// Child, when set, is the command that runs the text-layer reader in a
	// child process: a program and its arguments, which must call
	// ServeChild (the minutes binary's hidden "pdftext-child"). The child
	// gets at most ChildMemory bytes of memory (0: DefaultChildMemory) and
	// is killed when the file is given up, so that a file the PDF library
	// cannot read in bounded memory or time costs only the child.
	Child       []string
	ChildMemory int64
}

// Default content limits, far above any real council document: the
// largest content stream of a real document is a few megabytes (a vector
// map), and 2,000 dense pages draw about five million glyphs.
const (
	DefaultMaxStreamBytes  = 128 << 20
	DefaultMaxContentBytes = 512 << 20
	DefaultMaxGlyphs       = 10_000_000
	DefaultMaxTextBytes    = 64 << 20
	DefaultChildMemory     = 768 << 20
)

// Document is the text of one PDF. Nothing read is left out of Text:
// running headers and footers are marked in Lines, and Body leaves out
// their repeats.
type Document struct {
	Pages    []string // text of each page
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

	Running bool // a running header or footer or a page number, at the top or bottom of a page
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
	// ErrTooMuchContent: the file holds more than the content limits of
	// Options allow, as a decompression bomb does.
	ErrTooMuchContent = errors.New("too much content (a decompression bomb?)")
)
