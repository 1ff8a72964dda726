package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/internal/rawpdf"
)

// mixedScanPDF writes a PDF of three pages: text, the image of
// testdata/scan.pdf (page 1 of the Luton minutes, no text layer), text.
// The image's compressed bytes are copied as they are.
func mixedScanPDF(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/scan.pdf")
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(data, []byte("/Subtype/Image"))
	start := bytes.Index(data[at:], []byte("stream\n"))
	end := bytes.Index(data[at:], []byte("\nendstream"))
	if at < 0 || start < 0 || end < start {
		t.Fatal("no image stream in testdata/scan.pdf")
	}
	img := data[at+start+len("stream\n") : at+end]
	text := func(s string) string {
		c := "BT /F1 12 Tf 72 700 Td (" + s + ") Tj ET"
		return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(c), c)
	}
	scan := "q 595 0 0 842 0 0 cm /Im1 Do Q"
	page := func(contents int) string {
		return fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "+
			"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> >>", contents)
	}
	pdf := rawpdf.Write(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [5 0 R 7 0 R 9 0 R] /Count 3 >>",
		helvetica,
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 827 /Height 1170 /BitsPerComponent 8 /ColorSpace /DeviceRGB "+
			"/Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(img), img),
		page(6), text("Agenda pack of the Children Services Review Group"),
		page(8), fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(scan), scan),
		page(10), text("Appendix read from its text layer"),
	)
	path := filepath.Join(t.TempDir(), "mixed.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestScannedPageSaysSo checks a document with a text layer and a page
// that is an image alone (a scanned signed page in an agenda pack): the
// page's words never reached the index and nothing said so. Without OCR
// the document now warns naming the page; with OCR the page is read by
// it, the other pages by the text layer.
func TestScannedPageSaysSo(t *testing.T) {
	path := mixedScanPDF(t)
	doc, err := Extract(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodNative || len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "page 2: images with no text layer; their words are not read") {
		t.Errorf("method %q, warnings %q; want the text layer and a warning naming page 2", doc.Method, doc.Warnings)
	}
	requireTool(t, "tesseract")
	requireTool(t, "pdftoppm")
	if testing.Short() {
		t.Skip("OCR takes seconds")
	}
	doc, err = Extract(context.Background(), path, Options{OCR: true, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "page 2: images with no text layer; text read by OCR") {
		t.Errorf("warnings %q; want page 2 read by OCR", doc.Warnings)
	}
	for _, w := range []string{"Agenda pack of the Children", "Scrutiny", "Apology", "Keens", "Appendix read from its text layer"} {
		if !strings.Contains(doc.Text, w) {
			t.Errorf("text lacks %q", w)
		}
	}
	if len(doc.Pages) != 3 {
		t.Errorf("%d pages, want 3", len(doc.Pages))
	}
}

func TestPageList(t *testing.T) {
	for _, c := range []struct {
		pages []int
		want  string
	}{{[]int{2}, "2"}, {[]int{2, 3, 4, 7, 9, 10}, "2-4, 7, 9-10"}} {
		if got := pageList(c.pages); got != c.want {
			t.Errorf("pageList(%v) = %q, want %q", c.pages, got, c.want)
		}
	}
}
