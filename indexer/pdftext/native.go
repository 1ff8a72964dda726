package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// nativeResult is what reading with the PDF library gave: a line list per
// page (nil for a page that failed) and warnings.
type nativeResult struct {
	pages     [][]textLine
	warnings  []string
	imageOnly []int // pages (from 1) that draw images and no text: scans
}

// readNative reads the file's text layer page by page with ledongthuc/pdf
// and our own layout. Errors wrap the package's sentinels. A page that
// fails is a warning; the document's content limits and the end of the
// context fail the whole file.
func readNative(ctx context.Context, path string, size int64, opts Options) (*nativeResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreadable, err)
	}
	defer f.Close()
	res := &nativeResult{}
	r, err := openReader(guardedFile{ctx, f}, size)
	var n int
	if err == nil {
		n, err = numPages(r)
	}
	if err != nil && !errors.Is(err, ErrEncrypted) {
		// A broken cross-reference table: read the file again through
		// one rebuilt from the objects in it.
		var rerr error
		if r, n, rerr = openRebuilt(ctx, f, size); rerr != nil {
			return nil, err
		}
		res.warnings = append(res.warnings, fmt.Sprintf("the cross-reference table is broken (%s); read through one rebuilt from the file's objects", shorten(err.Error(), 120)))
	} else if err != nil {
		return nil, err
	}
	if opts.MaxPages > 0 && n > opts.MaxPages {
		return nil, fmt.Errorf("%w: %d pages, limit %d", ErrTooManyPages, n, opts.MaxPages)
	}
	doc := &docState{budget: &budget{ctx: ctx, lim: limitsOf(opts)}, fonts: make(map[string]*font), unmappedFonts: make(map[string]bool)}
	failed, overLimit := 0, 0
	var firstErr error
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		glyphs, err := readPage(doc, r, i)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, ctxErr
			}
			if errors.As(err, new(docLimitError)) {
				return nil, err
			}
			if errors.Is(err, ErrTooMuchContent) {
				if overLimit++; overLimit >= maxPagesOverLimit {
					return nil, fmt.Errorf("%d pages beyond a page's limits; page %d: %w", overLimit, i, err)
				}
			}
			res.warnings = append(res.warnings, fmt.Sprintf("page %d: %v", i, err))
			if len(glyphs) == 0 {
				failed++
				firstErr = cmpOr(firstErr, err)
				res.pages = append(res.pages, nil)
				continue
			}
		}
		if len(glyphs) == 0 && doc.pageImages > 0 {
			res.imageOnly = append(res.imageOnly, i)
		}
		lines, err := layoutPage(glyphs)
		if err != nil {
			res.warnings = append(res.warnings, fmt.Sprintf("page %d: %v", i, err))
		}
		res.pages = append(res.pages, lines)
	}
	if failed == n {
		return nil, fmt.Errorf("no page could be read: %w", firstErr)
	}
	if doc.unmapped > 0 {
		names := make([]string, 0, len(doc.unmappedFonts))
		for name := range doc.unmappedFonts {
			names = append(names, name)
		}
		sort.Strings(names)
		res.warnings = append(res.warnings, fmt.Sprintf("%s %d of %d letters: %s (%s)", unmappedWarning,
			doc.unmapped, doc.glyphs, "fonts with Identity codes and no ToUnicode map, so their words cannot be read",
			shorten(strings.Join(names, ", "), 160)))
	}
	return res, nil
}

// openRebuilt reads the file and opens it through a cross-reference table
// rebuilt from its objects (rebuildXref), returning its page count.
func openRebuilt(ctx context.Context, f *os.File, size int64) (*pdf.Reader, int, error) {
	data := make([]byte, size)
	if _, err := f.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, fmt.Errorf("%w: %w", ErrUnreadable, err)
	}
	fixed, ok := rebuildXref(data)
	if !ok {
		return nil, 0, fmt.Errorf("%w: no objects or no catalog found", ErrUnreadable)
	}
	r, err := openReader(guardedFile{ctx, bytes.NewReader(fixed)}, int64(len(fixed)))
	if err != nil {
		return nil, 0, err
	}
	n, err := numPages(r)
	if err != nil {
		return nil, 0, err
	}
	return r, n, nil
}

// openReader opens the PDF, turning the library's errors and panics into
// ErrEncrypted or ErrUnreadable.
func openReader(f io.ReaderAt, size int64) (r *pdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%w: open: %v", ErrUnreadable, p)
		}
	}()
	r, err = pdf.NewReader(f, size)
	if err == nil {
		return r, nil
	}
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
	}
	if strings.Contains(err.Error(), "encrypt") {
		// AES-256 (V5), for one: the file may open without a password in
		// any reader but this one, so say it is the encryption's kind.
		return nil, fmt.Errorf("%w, or in a way the PDF library cannot decrypt: %v", ErrEncrypted, err)
	}
	return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
}

func numPages(r *pdf.Reader) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			n, err = 0, fmt.Errorf("%w: page tree: %v", ErrUnreadable, p)
		}
	}()
	n = r.NumPage()
	if n <= 0 {
		return 0, fmt.Errorf("%w: no pages", ErrUnreadable)
	}
	return n, nil
}

// unmappedWarning starts the warning of a document with text in fonts
// whose codes say no letter; extractWithin looks for it to hand a file
// mostly in such fonts to pdftotext.
const unmappedWarning = "unreadable text:"

// maxPagesOverLimit is how many pages beyond a page's content limits make
// the file fail: one such page among good ones is a warning, but a file of
// them is a bomb, and reading on would only spend time.
const maxPagesOverLimit = 3

// maxTreeSteps bounds the walk down the page tree: a tree deeper than
// this, or one that loops back on itself, is refused.
const maxTreeSteps = 64

// pageAt finds page num (from 1) as the library's Reader.Page does, but
// refuses a page tree that loops, where the library would spin forever.
func pageAt(r *pdf.Reader, num int) (pdf.Page, error) {
	num--
	node := r.Trailer().Key("Root").Key("Pages")
	for steps := 0; node.Key("Type").Name() == "Pages"; steps++ {
		if steps >= maxTreeSteps {
			return pdf.Page{}, fmt.Errorf("%w: page tree deeper than %d levels or looping", ErrUnreadable, maxTreeSteps)
		}
		if int(node.Key("Count").Int64()) < num {
			return pdf.Page{}, nil
		}
		kids := node.Key("Kids")
		next := pdf.Value{}
		for k := 0; k < kids.Len() && next.IsNull(); k++ {
			kid := kids.Index(k)
			switch kid.Key("Type").Name() {
			case "Pages":
				c := int(kid.Key("Count").Int64())
				if num < c {
					next = kid
				} else {
					num -= c
				}
			case "Page":
				if num == 0 {
					return pdf.Page{V: kid}, nil
				}
				num--
			}
		}
		if next.IsNull() {
			break
		}
		node = next
	}
	return pdf.Page{}, nil
}

// readPage returns the glyphs of page i, every panic recovered.
func readPage(doc *docState, r *pdf.Reader, i int) (glyphs []glyph, err error) {
	defer func() {
		if p := recover(); p != nil {
			glyphs, err = nil, fmt.Errorf("%w: page object: %v", ErrUnreadable, p)
		}
	}()
	p, err := pageAt(r, i)
	if err != nil {
		return nil, err
	}
	if p.V.IsNull() {
		return nil, fmt.Errorf("%w: page %d missing from the page tree", ErrUnreadable, i)
	}
	return pageGlyphs(doc, p)
}

// layoutPage turns glyphs into text lines in reading order. Our own code
// should not panic, but a panic here would kill the process from its
// goroutine, so it is recovered as the page's error too.
func layoutPage(glyphs []glyph) (lines []textLine, err error) {
	defer func() {
		if p := recover(); p != nil {
			lines, err = nil, fmt.Errorf("%w: layout: %v", ErrUnreadable, p)
		}
	}()
	for _, group := range byDirection(glyphs) {
		more := pageLines(markCells(readingOrder(buildLines(group))))
		if len(lines) > 0 && len(more) > 0 {
			more[0].para = true // text in another direction is a block of its own
		}
		lines = append(lines, more...)
	}
	return lines, nil
}

// byDirection splits a page's glyphs by the direction their text reads in
// (glyph.dir), the direction most of them read in first: a landscape
// table printed on a turned page, a heading set sideways or a diagonal
// watermark is read as lines of its own rather than as one-letter lines.
func byDirection(glyphs []glyph) [][]glyph {
	var count [dirs]int
	for _, g := range glyphs {
		count[g.dir%dirs]++
	}
	if count[0] == len(glyphs) {
		return [][]glyph{glyphs}
	}
	order := make([]uint8, dirs)
	for d := range order {
		order[d] = uint8(d)
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	var groups [][]glyph
	for _, d := range order {
		if count[d] == 0 {
			continue
		}
		group := make([]glyph, 0, count[d])
		for _, g := range glyphs {
			if g.dir%dirs == d {
				group = append(group, g)
			}
		}
		groups = append(groups, group)
	}
	return groups
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
