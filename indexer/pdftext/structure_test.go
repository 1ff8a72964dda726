package pdftext

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/councilminutes/minutes/internal/rawpdf"
)

// TestFileStructures checks that the text of files whose structure the
// fixtures lack is read natively: an incremental update that replaces a
// page's content (only the new text is the page's), and a PDF 1.5 file
// whose objects are in an object stream found through an xref stream.
func TestFileStructures(t *testing.T) {
	for _, c := range []struct {
		name string
		pdf  []byte
		want string
	}{
		{"incremental update", incrementalPDF(t), "Revised minute: the grant was approved"},
		{"object and xref streams", objectStreamPDF(), "Read through an xref stream"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "in.pdf")
			if err := os.WriteFile(path, c.pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), path, Options{Pdftotext: "/nonexistent/pdftotext"})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != c.want || doc.Method != MethodNative {
				t.Errorf("text %q by %s, want %q natively", doc.Text, doc.Method, c.want)
			}
		})
	}
}

var startxref = regexp.MustCompile(`startxref\s+(\d+)`)

// incrementalPDF is a one-page PDF with an update appended that replaces
// the page's content stream (object 4) and chains to the first xref.
func incrementalPDF(t *testing.T) []byte {
	base := kindPDF{content: "BT /F1 10 Tf 72 700 Td (Draft minute: the grant was deferred) Tj ET"}
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		streamObject("", base.content),
		helvetica,
	}
	data := rawpdf.Write(objects...)
	m := startxref.FindSubmatch(data)
	if m == nil {
		t.Fatal("no startxref")
	}
	prev, _ := strconv.Atoi(string(m[1]))
	var b bytes.Buffer
	b.Write(data)
	off := b.Len()
	fmt.Fprintf(&b, "4 0 obj\n%s\nendobj\n", streamObject("", "BT /F1 10 Tf 72 700 Td (Revised minute: the grant was approved) Tj ET"))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 1\n0000000000 65535 f \n4 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", off, prev, xref)
	return b.Bytes()
}

// objectStreamPDF is a PDF 1.5 file: catalog, page tree, page and font in
// an object stream (object 6), the content stream (4) on its own, and an
// xref stream (7) with entries of widths 1, 4 and 2.
func objectStreamPDF() []byte {
	inStream := map[int]string{
		1: "<< /Type /Catalog /Pages 2 0 R >>",
		2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		5: helvetica,
	}
	var head, body bytes.Buffer
	for _, n := range []int{1, 2, 3, 5} {
		fmt.Fprintf(&head, "%d %d ", n, body.Len())
		body.WriteString(inStream[n] + "\n")
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offsets := map[int]int{}
	offsets[4] = b.Len()
	fmt.Fprintf(&b, "4 0 obj\n%s\nendobj\n", streamObject("", "BT /F1 10 Tf 72 700 Td (Read through an xref stream) Tj ET"))
	offsets[6] = b.Len()
	fmt.Fprintf(&b, "6 0 obj\n%s\nendobj\n", streamObject(fmt.Sprintf("/Type /ObjStm /N 4 /First %d", head.Len()), head.String()+body.String()))
	offsets[7] = b.Len()
	var xref bytes.Buffer
	entry := func(kind byte, field2 uint32, field3 uint16) {
		xref.WriteByte(kind)
		binary.Write(&xref, binary.BigEndian, field2)
		binary.Write(&xref, binary.BigEndian, field3)
	}
	entry(0, 0, 65535)
	index := map[int]uint16{1: 0, 2: 1, 3: 2, 5: 3}
	for n := 1; n <= 7; n++ {
		if i, ok := index[n]; ok {
			entry(2, 6, i)
		} else {
			entry(1, uint32(offsets[n]), 0)
		}
	}
	fmt.Fprintf(&b, "7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n", xref.Len(), xref.Bytes())
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offsets[7])
	return b.Bytes()
}

// TestEncryptedOpenable checks files encrypted with an empty user
// password, which every reader opens without asking: AES-128 (and RC4
// 128-bit) is read natively, as the unencrypted file is. AES-256 (V5) is
// beyond the PDF library, which refuses it as encrypted: it is read by
// pdftotext with a warning, and without pdftotext the error says the file
// is encrypted, never an empty document.
func TestEncryptedOpenable(t *testing.T) {
	plain, err := Extract(context.Background(), "testdata/table.pdf", Options{Pdftotext: "/nonexistent/pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), "testdata/encrypted-open-aes128.pdf", Options{Pdftotext: "/nonexistent/pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodNative || doc.Text != plain.Text {
		t.Errorf("AES-128: method %q, text %q; want the unencrypted file's text natively", doc.Method, doc.Text)
	}
	if _, err := Extract(context.Background(), "testdata/encrypted-open-aes256.pdf", Options{Pdftotext: "/nonexistent/pdftotext"}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("AES-256 without pdftotext: error %v, want ErrEncrypted", err)
	}
	doc, err = Extract(context.Background(), "testdata/encrypted-open-aes256.pdf", Options{Pdftotext: requireTool(t, "pdftotext")})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodPdftotext || len(doc.Warnings) == 0 || wordRecall(doc.Text, plain.Text) < 0.99 {
		t.Errorf("AES-256: method %q, warnings %q, recall %.3f; want pdftotext's reading of the words", doc.Method, doc.Warnings, wordRecall(doc.Text, plain.Text))
	}
}
