package pdftext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Extract reads the text of the PDF at path. It reads the text layer
// itself; when the PDF library cannot read the file at all it falls back
// to pdftotext (if installed), and a file without a text layer is read by
// OCR when opts.OCR is set and the tools are installed. The error names
// the file and wraps one of the package's sentinel errors where one
// applies.
func Extract(ctx context.Context, path string, opts Options) (*Document, error) {
	doc, err := extract(ctx, path, opts)
	if err != nil {
		return nil, fmt.Errorf("pdf %s: %w", path, err)
	}
	return doc, nil
}

func extract(ctx context.Context, path string, opts Options) (*Document, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreadable, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: not a regular file", ErrUnreadable)
	}
	if opts.MaxBytes > 0 && fi.Size() > opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), opts.MaxBytes)
	}
	if fi.Size() == 0 {
		return nil, fmt.Errorf("%w: empty file", ErrUnreadable)
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	doc, err := extractWithin(ctx, path, fi.Size(), opts)
	switch {
	case err == nil:
		return doc, nil
	case errors.Is(err, context.DeadlineExceeded), errors.Is(ctx.Err(), context.DeadlineExceeded):
		// Once the file is given up, the reader fails in its own words
		// (a read refused mid-parse looks like a malformed PDF): the
		// cause is the deadline, whichever of the two was seen first.
		return nil, fmt.Errorf("%w after %s", ErrTimeout, opts.Timeout)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	}
	return nil, err
}

// extractWithin tries the native reader, then the fallbacks.
func extractWithin(ctx context.Context, path string, size int64, opts Options) (*Document, error) {
	read := readNativeAsync
	if len(opts.Child) > 0 {
		read = readNativeChild
	}
	native, err := read(ctx, path, size, opts)
	switch {
	case err == nil:
		if len(native.imageOnly) > 0 && len(native.imageOnly) < len(native.pages) {
			native.warnings = append(native.warnings, readScannedPages(ctx, path, opts, native))
		}
		doc := assemble(native.pages, MethodNative, native.warnings)
		if mostlyUnmapped(native.warnings) {
			if better := readUnmapped(ctx, path, opts, doc.Warnings); better != nil {
				return better, nil
			}
		}
		if strings.TrimSpace(doc.Text) != "" {
			return doc, nil
		}
		return readWithoutText(ctx, path, opts, doc.Warnings)
	case ctx.Err() != nil, errors.Is(err, ErrTooManyPages), errors.Is(err, ErrTooMuchContent):
		return nil, err // a hostile file is not handed to pdftotext to inflate again
	}
	bin, ok := findTool(opts.Pdftotext, "pdftotext")
	if !ok {
		return nil, err
	}
	pages, perr := readPdftotext(ctx, bin, path, opts.MaxPages)
	if perr != nil {
		if ctx.Err() != nil || errors.Is(perr, ErrTooManyPages) {
			return nil, perr
		}
		return nil, fmt.Errorf("%w (pdftotext: %v)", err, perr)
	}
	warnings := []string{fmt.Sprintf("the PDF library could not read the file (%s); text from pdftotext", shorten(err.Error(), 160))}
	doc := assemble(pages, MethodPdftotext, warnings)
	if strings.TrimSpace(doc.Text) == "" {
		return readWithoutText(ctx, path, opts, doc.Warnings)
	}
	return doc, nil
}

// readScannedPages reads the pages of a document with a text layer that
// are images alone (a scanned signed page, an appendix) by OCR when
// opts.OCR asks for it, putting their lines in native.pages, and returns
// the warning that says which pages were read so or, without OCR or when
// it fails, that their words are not read.
func readScannedPages(ctx context.Context, path string, opts Options, native *nativeResult) string {
	list := pageList(native.imageOnly)
	if !opts.OCR {
		return fmt.Sprintf("%s %s: images with no text layer; their words are not read (OCR reads them)", pagesWord(native.imageOnly), list)
	}
	pages, err := readOCRPages(ctx, path, native.imageOnly)
	if err != nil {
		return fmt.Sprintf("%s %s: images with no text layer; OCR failed (%v), their words are not read", pagesWord(native.imageOnly), list, err)
	}
	for i, n := range native.imageOnly {
		if n-1 < len(native.pages) {
			native.pages[n-1] = pages[i]
		}
	}
	return fmt.Sprintf("%s %s: images with no text layer; text read by OCR (tesseract), expect misread words", pagesWord(native.imageOnly), list)
}

func pagesWord(pages []int) string {
	if len(pages) == 1 {
		return "page"
	}
	return "pages"
}

// pageList writes page numbers as "3, 5-7".
func pageList(pages []int) string {
	var parts []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d-%d", pages[i], pages[j]))
		} else {
			parts = append(parts, strconv.Itoa(pages[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// mostlyUnmapped reports whether the native reader warned that at least a
// quarter of the document's letters are in fonts whose codes say no text.
func mostlyUnmapped(warnings []string) bool {
	for _, w := range warnings {
		var n, of int
		if _, err := fmt.Sscanf(w, unmappedWarning+" %d of %d", &n, &of); err == nil && of > 0 && 4*n >= of {
			return true
		}
	}
	return false
}

// readUnmapped reads a document mostly in fonts without a Unicode map with
// pdftotext, which reads the embedded fonts' own maps; nil when pdftotext
// is missing or reads nothing, and the native reading (with its warning)
// stands.
func readUnmapped(ctx context.Context, path string, opts Options, warnings []string) *Document {
	bin, ok := findTool(opts.Pdftotext, "pdftotext")
	if !ok {
		return nil
	}
	pages, err := readPdftotext(ctx, bin, path, opts.MaxPages)
	if err != nil {
		return nil
	}
	doc := assemble(pages, MethodPdftotext, append(warnings, "text from pdftotext, which reads the fonts' own maps"))
	if strings.TrimSpace(doc.Text) == "" {
		return nil
	}
	return doc
}

// readWithoutText handles a readable file without text: ErrNoText, or OCR.
func readWithoutText(ctx context.Context, path string, opts Options, warnings []string) (*Document, error) {
	if !opts.OCR {
		return nil, ErrNoText
	}
	pages, err := readOCR(ctx, path, opts.MaxPages)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w (%v)", ErrNoText, err)
	}
	warnings = append(warnings, "no text layer; text read by OCR (tesseract), expect misread words")
	doc := assemble(pages, MethodOCR, warnings)
	if strings.TrimSpace(doc.Text) == "" {
		return nil, fmt.Errorf("%w (OCR found no text either)", ErrNoText)
	}
	return doc, nil
}

// readNativeAsync runs the native reader in a goroutine so that a library
// call that never returns cannot hold the caller past its deadline. The
// goroutine stops at its next read of the file or of a stream once the
// context ends (guardedFile, countingReader).
func readNativeAsync(ctx context.Context, path string, size int64, opts Options) (*nativeResult, error) {
	type result struct {
		res *nativeResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := readNativeSafe(ctx, path, size, opts)
		done <- result{res, err}
	}()
	select {
	case r := <-done:
		return r.res, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readNativeSafe is readNative with any panic returned as ErrUnreadable.
func readNativeSafe(ctx context.Context, path string, size int64, opts Options) (res *nativeResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: %v", ErrUnreadable, p)
		}
	}()
	return readNative(ctx, path, size, opts)
}

// assemble cleans the pages' lines into a Document.
func assemble(pages [][]textLine, method string, warnings []string) *Document {
	markRunning(pages)
	lines := newHyphenation(pages).joinLines(pages)
	doc := &Document{Method: method, Warnings: warnings, Lines: typeset(lines, len(pages))}
	doc.Text = renderLines(doc.Lines)
	doc.Pages = make([]string, len(pages))
	for start := 0; start < len(doc.Lines); {
		end := start + 1
		for end < len(doc.Lines) && doc.Lines[end].Page == doc.Lines[start].Page {
			end++
		}
		page := slices.Clone(doc.Lines[start:end])
		page[0].Para = false
		doc.Pages[page[0].Page-1] = renderLines(page)
		start = end
	}
	return doc
}

// shorten cuts s to at most n bytes at a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
