package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// maxToolOutput bounds what is read from a child process, in bytes.
const maxToolOutput = 64 << 20

// limitedBuffer keeps at most max bytes and remembers whether more came.
type limitedBuffer struct {
	buf      bytes.Buffer
	max      int
	overflow bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); len(p) > room {
		b.buf.Write(p[:max(room, 0)])
		b.overflow = true
		return len(p), nil
	}
	return b.buf.Write(p)
}

// runTool runs a command bounded by ctx and returns its standard output.
func runTool(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	stdout := &limitedBuffer{max: maxToolOutput}
	stderr := &limitedBuffer{max: 4096}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.Join(strings.Fields(stderr.buf.String()), " ")
		return nil, fmt.Errorf("%s: %w: %s", filepath.Base(name), err, shorten(msg, 200))
	}
	if stdout.overflow {
		return nil, fmt.Errorf("%s: output larger than %d bytes", filepath.Base(name), maxToolOutput)
	}
	return stdout.buf.Bytes(), nil
}

// findTool returns the path of a program: the given one, or the named one
// looked up on PATH.
func findTool(given, name string) (string, bool) {
	if given != "" {
		_, err := os.Stat(given)
		return given, err == nil
	}
	path, err := exec.LookPath(name)
	return path, err == nil
}

// readPdftotext reads the text with poppler's pdftotext in its default
// reading-order mode (it reads columns in order and joins hyphenated
// words, which -layout does not) and splits it into pages.
func readPdftotext(ctx context.Context, bin, path string, maxPages int) ([][]textLine, error) {
	args := []string{"-enc", "UTF-8", "-eol", "unix"}
	if maxPages > 0 {
		args = append(args, "-l", strconv.Itoa(maxPages+1))
	}
	out, err := runTool(ctx, bin, append(args, path, "-")...)
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "password") {
			return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	texts := strings.Split(string(out), "\f")
	if n := len(texts); n > 0 && strings.TrimSpace(texts[n-1]) == "" {
		texts = texts[:n-1]
	}
	if maxPages > 0 && len(texts) > maxPages {
		return nil, fmt.Errorf("%w: more than %d pages", ErrTooManyPages, maxPages)
	}
	pages := make([][]textLine, len(texts))
	for i, t := range texts {
		pages[i] = plainLines(t)
	}
	return pages, nil
}

// ocrTools finds pdftoppm and tesseract and makes a folder for the
// rendered pages, which the caller removes.
func ocrTools() (pdftoppm, tesseract, dir string, err error) {
	pdftoppm, ok1 := findTool("", "pdftoppm")
	tesseract, ok2 := findTool("", "tesseract")
	if !ok1 || !ok2 {
		return "", "", "", errors.New("ocr needs pdftoppm and tesseract on PATH")
	}
	dir, err = os.MkdirTemp("", "pdftext-ocr-")
	if err != nil {
		return "", "", "", fmt.Errorf("ocr: %w", err)
	}
	return pdftoppm, tesseract, dir, nil
}

// readOCRPages reads the given pages (from 1) of a PDF by OCR, one
// rendering each, and returns their lines in the same order.
func readOCRPages(ctx context.Context, path string, pages []int) ([][]textLine, error) {
	pdftoppm, tesseract, dir, err := ocrTools()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := make([][]textLine, 0, len(pages))
	for _, n := range pages {
		num := strconv.Itoa(n)
		prefix := filepath.Join(dir, "page"+num)
		if _, err := runTool(ctx, pdftoppm, "-r", "150", "-gray", "-png", "-f", num, "-l", num, "-singlefile", path, prefix); err != nil {
			return nil, fmt.Errorf("ocr: render page %d: %w", n, err)
		}
		text, err := runTool(ctx, tesseract, prefix+".png", "stdout", "-l", "eng", "--psm", "3")
		if err != nil {
			return nil, fmt.Errorf("ocr: page %d: %w", n, err)
		}
		out = append(out, plainLines(string(text)))
	}
	return out, nil
}

// readOCR renders the pages with pdftoppm and reads them with tesseract.
func readOCR(ctx context.Context, path string, maxPages int) ([][]textLine, error) {
	pdftoppm, tesseract, dir, err := ocrTools()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	args := []string{"-r", "150", "-gray", "-png"}
	if maxPages > 0 {
		args = append(args, "-l", strconv.Itoa(maxPages))
	}
	if _, err := runTool(ctx, pdftoppm, append(args, path, filepath.Join(dir, "page"))...); err != nil {
		return nil, fmt.Errorf("ocr: render pages: %w", err)
	}
	images, err := filepath.Glob(filepath.Join(dir, "page*.png"))
	if err != nil || len(images) == 0 {
		return nil, errors.New("ocr: pdftoppm rendered no pages")
	}
	sort.Strings(images) // pdftoppm pads page numbers to equal width
	pages := make([][]textLine, 0, len(images))
	for _, img := range images {
		out, err := runTool(ctx, tesseract, img, "stdout", "-l", "eng", "--psm", "3")
		if err != nil {
			return nil, fmt.Errorf("ocr: %s: %w", filepath.Base(img), err)
		}
		pages = append(pages, plainLines(string(out)))
	}
	return pages, nil
}
