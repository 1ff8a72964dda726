package pdftext

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExtractErrors checks that every malformed input and every exceeded
// limit gives its sentinel error, names the file, and does not panic.
func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		opts Options
		want error
	}{
		{"zero bytes", "testdata/empty.pdf", Options{}, ErrUnreadable},
		{"truncated", "testdata/truncated.pdf", Options{}, ErrUnreadable},
		{"not a pdf", "testdata/notapdf.pdf", Options{}, ErrUnreadable},
		{"missing file", "testdata/no-such-file.pdf", Options{}, fs.ErrNotExist},
		{"directory", "testdata", Options{}, ErrUnreadable},
		{"encrypted rc4 with user password", "testdata/encrypted-rc4.pdf", Options{}, ErrEncrypted},
		{"encrypted aes-256 with user password", "testdata/encrypted-aes256.pdf", Options{}, ErrEncrypted},
		{"scan without text layer", "testdata/scan.pdf", Options{}, ErrNoText},
		{"too large", kentPDF, Options{MaxBytes: 1000}, ErrTooLarge},
		{"too many pages", "testdata/long.pdf", Options{MaxPages: 10}, ErrTooManyPages},
		{"too many pages of a broken xref", "testdata/broken-xref.pdf", Options{MaxPages: 2}, ErrTooManyPages},
		{"timeout", "testdata/long.pdf", Options{Timeout: time.Nanosecond}, ErrTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.path, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Extract(%s) = %v, %v; want error %v", tt.path, doc, err, tt.want)
			}
			if doc != nil {
				t.Errorf("Extract(%s) returned a document with error %v", tt.path, err)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the file %s", err, tt.path)
			}
			t.Logf("%v", err)
		})
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, kentPDF, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Extract with a cancelled context = %v, want context.Canceled", err)
	}
}

// TestBrokenXrefRebuilt checks a file whose startxref points nowhere,
// which the PDF library cannot open: it is read through a cross-reference
// table rebuilt from its objects, without pdftotext, saying so.
func TestBrokenXrefRebuilt(t *testing.T) {
	doc, err := Extract(context.Background(), "testdata/broken-xref.pdf", Options{Pdftotext: "testdata/no-such-pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodNative || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "rebuilt from the file's objects") {
		t.Errorf("method %q, warnings %q; want the text layer and a warning saying the table was rebuilt", doc.Method, doc.Warnings)
	}
	f1, _, _ := wordF1(doc.Text, sourceText(t, kentSource))
	if f1 < minF1 {
		t.Errorf("F1 %.4f against the source, want >= %.2f", f1, minF1)
	}
}

func TestExtractOCR(t *testing.T) {
	requireTool(t, "tesseract")
	requireTool(t, "pdftoppm")
	if testing.Short() {
		t.Skip("OCR takes seconds")
	}
	doc, err := Extract(context.Background(), "testdata/scan.pdf", Options{OCR: true, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodOCR || len(doc.Warnings) == 0 {
		t.Errorf("method %q, warnings %q; want ocr and a warning", doc.Method, doc.Warnings)
	}
	// The scan is page 1 of the Luton minutes.
	for _, w := range []string{"Scrutiny", "Children", "Apology", "Absence", "Keens"} {
		if !strings.Contains(doc.Text, w) {
			t.Errorf("OCR text lacks %q", w)
		}
	}
	t.Logf("OCR: %d words", len(strings.Fields(doc.Text)))
}

// TestPDF20FallsBack checks a file the PDF library refuses outright (it
// rejects the %PDF-2.0 header) is read by pdftotext, with a warning.
func TestPDF20FallsBack(t *testing.T) {
	requireTool(t, "pdftotext")
	data, err := os.ReadFile(kentPDF)
	if err != nil {
		t.Fatal(err)
	}
	copy(data, "%PDF-2.0")
	path := filepath.Join(t.TempDir(), "v2.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f1, _, _ := wordF1(doc.Text, sourceText(t, kentSource))
	if doc.Method != MethodPdftotext || len(doc.Warnings) == 0 || f1 < minF1 {
		t.Errorf("method %q, warnings %q, F1 %.4f; want pdftotext, a warning, F1 >= %.2f", doc.Method, doc.Warnings, f1, minF1)
	}
}
