package indexer

import (
	"context"

	"github.com/councilminutes/minutes/indexer/pdftext"
)

// readPDF reads the text of a PDF through package pdftext, which guards
// against the PDF library's panics, falls back to pdftotext and, when
// asked, to OCR, and marks running headers and footers; callers index
// Document.Body, which keeps each of those once.
func readPDF(ctx context.Context, path string, opts ExtractOptions) (*pdftext.Document, error) {
	return pdftext.Extract(ctx, path, pdftext.Options{
		MaxBytes: opts.MaxBytes,
		MaxPages: opts.MaxPages,
		Timeout:  opts.Timeout,
		OCR:      opts.OCR,
		Child:    opts.PDFChild,
	})
}
