package indexer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/councilminutes/minutes/indexer/pdftext"
)

// readPDF reads the text of a PDF through package pdftext, which guards
// against the PDF library's panics, falls back to pdftotext and, when
// asked, to OCR, and marks running headers and footers; callers index
// Document.Body, which keeps each of those once.
//
// When the caller has read the file already (opts.Data), pdftext reads a
// private copy of those bytes rather than path again, so that what is
// indexed is what was opened, even if path has been replaced since.
func readPDF(ctx context.Context, path string, data []byte, opts ExtractOptions) (*pdftext.Document, error) {
	popts := pdftext.Options{MaxBytes: opts.MaxBytes, MaxPages: opts.MaxPages, Timeout: opts.Timeout, OCR: opts.OCR,
		Child: opts.PDFChild}
	if opts.Data == nil {
		return pdftext.Extract(ctx, path, popts)
	}
	dir, err := os.MkdirTemp("", "minutes-pdf-")
	if err != nil {
		return nil, fmt.Errorf("copy for the PDF reader: %w", err)
	}
	defer os.RemoveAll(dir)
	cp := filepath.Join(dir, filepath.Base(path))
	if err := os.WriteFile(cp, data, 0o600); err != nil {
		return nil, fmt.Errorf("copy for the PDF reader: %w", err)
	}
	doc, err := pdftext.Extract(ctx, cp, popts)
	if err != nil {
		return nil, renamedError{err: err, from: cp, to: path}
	}
	return doc, nil
}

// renamedError is err with the name of a private copy replaced by the
// name of the file it copies.
type renamedError struct {
	err      error
	from, to string
}

func (e renamedError) Error() string { return strings.ReplaceAll(e.err.Error(), e.from, e.to) }
func (e renamedError) Unwrap() error { return e.err }
