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
	Warnings []string // what was doubtful: bad pages, fallbacks used
	Method   string   // how the text was read: "ledongthuc", "pdftotext" or "ocr"
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
