package pdftext

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// limits are Options' content limits with the defaults filled in; a
// limit of 0 is none.
type limits struct {
	stream, content int64
	glyphs, text    int
}

func limitsOf(opts Options) limits {
	pick := func(v, def int64) int64 {
		switch {
		case v == 0:
			return def
		case v < 0:
			return 0
		}
		return v
	}
	return limits{
		stream:  pick(opts.MaxStreamBytes, DefaultMaxStreamBytes),
		content: pick(opts.MaxContentBytes, DefaultMaxContentBytes),
		glyphs:  int(pick(int64(opts.MaxGlyphs), DefaultMaxGlyphs)),
		text:    int(pick(int64(opts.MaxTextBytes), DefaultMaxTextBytes)),
	}
}

// budget is what one document has used of its limits. A document is read
// by one goroutine, so it needs no lock.
type budget struct {
	ctx     context.Context
	lim     limits
	content int64 // decompressed bytes read
	glyphs  int
	text    int
}

// docLimitError is an exceeded limit of the whole document: it fails the
// file, where other errors fail a page.
type docLimitError struct{ error }

func (e docLimitError) Unwrap() error { return e.error }

func tooMuch(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrTooMuchContent}, args...)...)
}

// addGlyph counts one glyph and its text against the document's limits.
func (b *budget) addGlyph(text string) error {
	b.glyphs++
	b.text += len(text)
	switch {
	case b.lim.glyphs > 0 && b.glyphs > b.lim.glyphs:
		return docLimitError{tooMuch("more than %d glyphs", b.lim.glyphs)}
	case b.lim.text > 0 && b.text > b.lim.text:
		return docLimitError{tooMuch("more than %d bytes of text", b.lim.text)}
	}
	return nil
}

// open returns a reader of a stream's decompressed bytes that counts them
// against the document's limit and the stream's own (max, 0 for none), and
// stops when the context ends. The decompression happens inside its Read,
// so a bomb is stopped as it inflates.
func (b *budget) open(r io.Reader, what string, max int64) io.Reader {
	return &countingReader{r: r, b: b, what: what, max: max}
}

type countingReader struct {
	r    io.Reader
	b    *budget
	what string
	max  int64
	n    int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.b.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.b.content += int64(n)
	switch {
	case c.b.lim.content > 0 && c.b.content > c.b.lim.content:
		return n, docLimitError{tooMuch("more than %d bytes of decompressed content", c.b.lim.content)}
	case c.max > 0 && c.n > c.max:
		return n, tooMuch("%s decompresses to more than %d bytes", c.what, c.max)
	}
	return n, err
}

// stopping reports whether err must stop the reading of the document or
// page (an exceeded limit, the context's end) rather than end one stream
// early (a corrupt or truncated stream keeps what was read of it).
func stopping(err error) bool {
	return errors.Is(err, ErrTooMuchContent) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// guardedFile is the file as the PDF library reads it: every read first
// checks the context, so that a library call still running when the file
// is given up (a timeout) fails at its next read instead of running on.
type guardedFile struct {
	ctx context.Context
	f   io.ReaderAt
}

func (g guardedFile) ReadAt(p []byte, off int64) (int, error) {
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	return g.f.ReadAt(p, off)
}
