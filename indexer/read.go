package indexer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/councilminutes/minutes/indexer/pdftext"
	"github.com/councilminutes/minutes/internal/textenc"
)

// Format names, as reported in schema.Meeting.Format.
const (
	FormatText      = "text"
	FormatMarkdown  = "markdown"
	FormatHTML      = "html"
	FormatDOCX      = "docx"
	FormatPDF       = "pdf"
	FormatModernGov = "moderngov"
)

// source is a file read into text, before items are found in it.
type source struct {
	Text      string
	Lines     []line   // for PDFs: the lines with their typography (Text is then empty)
	Furniture []string // a PDF's repeated running headers and footers and page numbers, a Word document's footers, a web page's text around its content
	Format    string
	Pages     int
	Hash      string
	Warnings  []string
	Data      []byte // the raw bytes, for formats parsed elsewhere (XML)
}

// readSource reads a file of minutes (or takes opts.Data, its bytes read
// already) and turns it into text according to its format, judged by its
// extension and its first bytes.
func readSource(ctx context.Context, path string, opts ExtractOptions) (source, error) {
	data := opts.Data
	if data == nil {
		var err error
		if data, err = readLimited(path, opts.MaxBytes); err != nil {
			return source{}, err
		}
	}
	if len(data) == 0 {
		return source{}, errors.New("empty file (0 bytes)")
	}
	sum := sha256.Sum256(data)
	src := source{Hash: hex.EncodeToString(sum[:])}
	switch sniffFormat(path, data) {
	case FormatPDF:
		src.Format = FormatPDF
		doc, err := readPDF(ctx, path, data, opts)
		if err != nil {
			return source{}, err
		}
		src.Lines, src.Furniture = pdfLines(doc)
		src.Pages, src.Warnings = len(doc.Pages), doc.Warnings
		if doc.Method != "" && doc.Method != pdftext.MethodNative {
			src.Warnings = append(src.Warnings, "PDF text read by "+doc.Method)
		}
	case FormatDOCX:
		src.Format = FormatDOCX
		var err error
		if src.Text, src.Furniture, err = docxText(data); err != nil {
			return source{}, err
		}
	case FormatModernGov:
		src.Format, src.Data = FormatModernGov, data
	case FormatHTML:
		src.Format = FormatHTML
		t, err := textenc.Decode(data, true)
		if err != nil {
			return source{}, err
		}
		if t.Note != "" {
			src.Warnings = append(src.Warnings, t.Note)
		}
		if src.Text, src.Furniture, err = htmlText(t.Text); err != nil {
			return source{}, err
		}
	case "mismatch":
		return source{}, fmt.Errorf("the content is not %s as the extension says: %w", strings.TrimPrefix(filepath.Ext(path), "."), ErrUnsupported)
	case "xml":
		return source{}, fmt.Errorf("XML without a ModernGov GetMeeting root: %w", ErrUnsupported)
	case "":
		return source{}, fmt.Errorf("extension %q: %w", filepath.Ext(path), ErrUnsupported)
	default:
		t, err := textenc.Decode(data, false)
		if err != nil {
			return source{}, err
		}
		if t.Note != "" {
			src.Warnings = append(src.Warnings, t.Note)
		}
		src.Text = t.Text
		src.Format = FormatText
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".md" || ext == ".markdown" {
			src.Format = FormatMarkdown
		} else {
			src.Text = layoutRows(t.Text) // a table of items laid out in columns (pdftotext -layout)
		}
	}
	return src, nil
}

// readLimited reads a whole file, refusing one larger than max bytes.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(512)
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		size = fi.Size() + 1 // read in one go, without doubling the buffer
	}
	if max > 0 && size > max+1 {
		return nil, fmt.Errorf("file larger than the limit of %d bytes", max)
	}
	if max <= 0 {
		max = 1<<63 - 2
	}
	data, err := readAllSized(io.LimitReader(f, max+1), size)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("file larger than the limit of %d bytes", max)
	}
	return data, nil
}

// readAllSized is io.ReadAll with a first buffer of the expected size.
func readAllSized(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// sniffFormat tells the format from the first bytes, then the extension.
func sniffFormat(path string, data []byte) string {
	head := data
	if len(head) > 2048 {
		head = head[:2048]
	}
	lower := bytes.ToLower(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"))
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if ext == ".docx" {
			return FormatDOCX
		}
		return ""
	case bytes.HasPrefix(lower, []byte("<?xml")) || ext == ".xml":
		if bytes.Contains(lower, []byte("<html")) {
			return FormatHTML
		}
		if bytes.Contains(lower, []byte("getmeeting")) || bytes.Contains(lower, []byte("<meeting")) {
			return FormatModernGov
		}
		return "xml"
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")):
		return FormatHTML
	}
	switch ext {
	case ".html", ".htm", ".aspx":
		return FormatHTML
	case ".txt", ".text", ".md", ".markdown", "":
		return FormatText
	case ".pdf", ".docx":
		return "mismatch" // the extension promises a format the bytes do not have
	}
	return ""
}

// ErrFileSwapped is returned for a file that is no longer the regular file
// the walk listed: replaced by a link, a pipe or another file.
var ErrFileSwapped = errors.New("the file changed between listing and opening (replaced by a link or another file); not read")

// readVerified opens a file the walk listed, once, and reads it whole (at
// most max bytes when max > 0). It opens it through root, so nothing
// outside the corpus is ever opened, without blocking on a pipe, and
// checks that what it opened is the regular file the walk saw (same
// device and inode), so a file swapped for a symbolic link in between is
// refused rather than followed.
func readVerified(root *os.Root, f SourceFile, max int64) ([]byte, error) {
	fh, err := root.OpenFile(filepath.FromSlash(f.Rel), os.O_RDONLY|openNoBlock, 0)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	if !info.Mode().IsRegular() || (f.info != nil && !os.SameFile(f.info, info)) {
		return nil, ErrFileSwapped
	}
	r := io.Reader(fh)
	if max > 0 {
		r = io.LimitReader(fh, max+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if max > 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("file larger than the limit of %d bytes", max)
	}
	return data, nil
}
