package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/internal/rawpdf"
)

// TestRecursionBombs feeds PDFs whose object graph loops or explodes: a
// form that draws itself thirty times over, and a page tree that is its own
// child. Extraction must end promptly with an error or a warning, never
// hang or crash the process.
func TestRecursionBombs(t *testing.T) {
	selfDrawing := handmadePDFWith(t, "<< /Font << /F1 3 0 R >> /XObject << /Fm1 4 0 R >> >>",
		"<< /Type /Pages /Kids [%s] /Count %d >>",
		"BT /F1 10 Tf 72 700 Td (Boom) Tj ET "+strings.Repeat("/Fm1 Do ", 30),
		"BT /F1 10 Tf 72 720 Td (Before the bomb) Tj ET /Fm1 Do")
	loopingTree := handmadePDFWith(t, "<< /Font << /F1 3 0 R >> >>",
		"<< /Type /Pages /Kids [2 0 R %s] /Count %d >>", "",
		"BT /F1 10 Tf 72 720 Td (Looping tree) Tj ET")
	for name, path := range map[string]string{"self-drawing form": selfDrawing, "page tree loop": loopingTree} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			doc, err := Extract(context.Background(), path, Options{Timeout: 20 * time.Second, Pdftotext: "/nonexistent/pdftotext"})
			took := time.Since(start)
			if took > 15*time.Second*raceSlowdown {
				t.Errorf("took %v", took)
			}
			if err == nil && len(doc.Warnings) == 0 {
				t.Errorf("no error and no warning; text %q", doc.Text)
			}
			t.Logf("%s: %v, err %v, warnings %q", name, took.Round(time.Millisecond), err, warnings(doc))
		})
	}
}

func warnings(doc *Document) []string {
	if doc == nil {
		return nil
	}
	return doc.Warnings
}

// repeat returns a writer of n bytes of s over and over, for bombs.
func repeat(s string, n int64) func(io.Writer) {
	return func(w io.Writer) {
		chunk := []byte(strings.Repeat(s, max(1, (64<<10)/len(s))))
		for written := int64(0); written < n; written += int64(len(chunk)) {
			w.Write(chunk)
		}
	}
}

// bomb describes a PDF whose streams are written compressed by functions:
// each page's content, and a ToUnicode CMap for its font when set.
type bomb struct {
	pages   int
	content func(page int) func(io.Writer) // nil: the first page's for all
	shared  func(io.Writer)                // one content stream all pages draw
	cmap    func(io.Writer)
}

// write builds the PDF in a temporary file and returns its path.
func (bm bomb) write(t testing.TB) string {
	t.Helper()
	var objs []string
	add := func(o string) int { objs = append(objs, o); return len(objs) }
	stream := func(dict string, fill func(io.Writer)) string {
		var z bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
		fill(zw)
		zw.Close()
		return fmt.Sprintf("<< %s /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", dict, z.Len(), z.Bytes())
	}
	add("<< /Type /Catalog /Pages 2 0 R >>")
	add("") // the page tree, written last
	cmap := ""
	if bm.cmap != nil {
		cmap = fmt.Sprintf(" /ToUnicode %d 0 R", add(stream("", bm.cmap)))
	}
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding" + cmap + " >>")
	shared := 0
	if bm.shared != nil {
		shared = add(stream("", bm.shared))
	}
	var kids []string
	for i := 0; i < bm.pages; i++ {
		content := shared
		if content == 0 {
			content = add(stream("", bm.content(i)))
		}
		kids = append(kids, fmt.Sprintf("%d 0 R", add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "+
			"/Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", content, font))))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), bm.pages)
	pdf := rawpdf.Write(objs...)
	path := filepath.Join(t.TempDir(), "bomb.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const mib = 1 << 20

// textBomb is a content stream of n bytes that shows text over and over.
func textBomb(n int64) func(io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, "BT /F1 10 Tf 72 700 Td ")
		repeat("(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ", n)(w)
		io.WriteString(w, " ET")
	}
}

// TestDecompressionBombs reads PDFs of a few megabytes whose streams
// inflate far beyond any real document's: each must fail promptly with
// ErrTooMuchContent, whatever the kind of content (text, operators, an
// inline image, a font's CMap, one huge string, deep nesting) and whether
// one page or many share it.
func TestDecompressionBombs(t *testing.T) {
	pageOf := func(f func(io.Writer)) func(int) func(io.Writer) { return func(int) func(io.Writer) { return f } }
	tests := []struct {
		name string
		bomb bomb
		opts Options
	}{
		{"text", bomb{pages: 1, content: pageOf(textBomb(64 * mib))}, Options{}},
		{"text on many pages", bomb{pages: 300, shared: textBomb(64 * mib)}, Options{}},
		{"operators", bomb{pages: 1, content: pageOf(repeat("0 0 m 1 1 l ", 64*mib))}, Options{}},
		{"inline image", bomb{pages: 1, content: pageOf(func(w io.Writer) {
			io.WriteString(w, "BI /W 8000 /H 8000 /BPC 8 /CS /G ID ")
			repeat("\x00", 64*mib)(w)
		})}, Options{MaxStreamBytes: 16 * mib}},
		{"streams of many pages", bomb{pages: 50, shared: repeat("0 0 m ", 4*mib)}, Options{MaxContentBytes: 32 * mib}},
		{"streams of many pages, each over its limit", bomb{pages: 50, shared: repeat("0 0 m ", 4*mib)}, Options{MaxStreamBytes: mib}},
		{"cmap", bomb{pages: 2, content: pageOf(textBomb(1000)), cmap: repeat("<0041> <0041>\n", 64*mib)}, Options{}},
		{"one huge string", bomb{pages: 1, content: pageOf(func(w io.Writer) {
			io.WriteString(w, "BT /F1 10 Tf 72 700 Td (")
			repeat("A", 64*mib)(w)
		})}, Options{}},
		{"deep nesting", bomb{pages: 1, content: pageOf(repeat("[", 16*mib))}, Options{}},
		{"glyphs of the document", bomb{pages: 20, shared: textBomb(64 << 10)}, Options{MaxGlyphs: 100_000}},
		{"text of the document", bomb{pages: 20, shared: textBomb(64 << 10)}, Options{MaxTextBytes: 100_000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.bomb.write(t)
			fi, _ := os.Stat(path)
			tt.opts.Pdftotext = "/nonexistent/pdftotext"
			start := time.Now()
			doc, err := Extract(context.Background(), path, tt.opts)
			took := time.Since(start)
			t.Logf("%d-byte file: %v in %v", fi.Size(), err, took.Round(time.Millisecond))
			if !errors.Is(err, ErrTooMuchContent) {
				t.Fatalf("Extract = %v, %v; want ErrTooMuchContent", warnings(doc), err)
			}
			if took > 20*time.Second*raceSlowdown {
				t.Errorf("took %v", took)
			}
		})
	}
}

// TestBombPageAmongGoodOnes checks that a page over a page's limits is a
// warning when the other pages are good: the file keeps their text.
func TestBombPageAmongGoodOnes(t *testing.T) {
	path := bomb{pages: 3, content: func(page int) func(io.Writer) {
		if page == 1 {
			return textBomb(64 * mib)
		}
		return func(w io.Writer) { fmt.Fprintf(w, "BT /F1 10 Tf 72 700 Td (Good page %d) Tj ET", page+1) }
	}}.write(t)
	doc, err := Extract(context.Background(), path, Options{Pdftotext: "/nonexistent/pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Good page 1\n\nGood page 3" || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "too much content") {
		t.Errorf("text %q, warnings %q; want the good pages and a warning for page 2", doc.Text, doc.Warnings)
	}
}

// TestTimeoutStopsReader checks that a reader given up at its deadline
// really stops: with the content limits off, a bomb takes far longer than
// the timeout, and the goroutine reading it must end soon after it.
func TestTimeoutStopsReader(t *testing.T) {
	path := bomb{pages: 200, shared: repeat("0 0 m ", 8*mib)}.write(t)
	before := runtime.NumGoroutine()
	start := time.Now()
	_, err := Extract(context.Background(), path, Options{Timeout: 300 * time.Millisecond,
		MaxContentBytes: -1, MaxStreamBytes: -1, Pdftotext: "/nonexistent/pdftotext"})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Extract = %v, want ErrTimeout", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("returned after %v", took)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines still running, %d before: the reader did not stop", n, before)
	}
}

// TestTimeoutKillsChild checks the same of a reader in a child process.
func TestTimeoutKillsChild(t *testing.T) {
	path := bomb{pages: 200, shared: repeat("0 0 m ", 8*mib)}.write(t)
	start := time.Now()
	_, err := Extract(context.Background(), path, inChild(Options{Timeout: 300 * time.Millisecond,
		MaxContentBytes: -1, MaxStreamBytes: -1, Pdftotext: "/nonexistent/pdftotext"}))
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Extract = %v, want ErrTimeout", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("returned after %v", took)
	}
}
