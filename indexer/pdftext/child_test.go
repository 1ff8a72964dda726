package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// childArg makes the test binary serve as the reader's child process.
const childArg = "pdftext-child"

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == childArg {
		if err := ServeChild(context.Background(), os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// inChild returns opts that read the text layer in a child process: this
// test binary started with childArg.
func inChild(opts Options) Options {
	opts.Child = []string{os.Args[0], childArg}
	return opts
}

// TestChildReadsAlike checks that a document read in a child process is
// the document read in this one.
func TestChildReadsAlike(t *testing.T) {
	for _, path := range []string{kentPDF, "testdata/twocolumn.pdf", "testdata/table.pdf"} {
		want, err := Extract(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Extract(context.Background(), path, inChild(Options{}))
		if err != nil {
			t.Fatalf("in a child: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the child's document differs:\n%q\nwant\n%q", path, got.Text, want.Text)
		}
	}
}

// TestChildErrors checks that the child's errors keep their sentinels.
func TestChildErrors(t *testing.T) {
	tests := []struct {
		path string
		opts Options
		want error
	}{
		{"testdata/encrypted-rc4.pdf", Options{}, ErrEncrypted},
		{"testdata/long.pdf", Options{MaxPages: 10}, ErrTooManyPages},
		{"testdata/notapdf.pdf", Options{Pdftotext: "/nonexistent/pdftotext"}, ErrUnreadable},
		{kentPDF, Options{MaxGlyphs: 100}, ErrTooMuchContent},
	}
	for _, tt := range tests {
		_, err := Extract(context.Background(), tt.path, inChild(tt.opts))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.path, err, tt.want)
		}
	}
}

// hugeXref is a PDF of a few hundred bytes whose cross-reference table
// has a section numbered near a trillion: the PDF library allocates a
// table that large, which no process can, and the Go runtime ends the
// process on the spot. Only a child process can contain it.
func hugeXref(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	o1 := b.Len()
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	o2 := b.Len()
	b.WriteString("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n999999999999 1\n%010d 00000 n \n", o1, o2, o1)
	fmt.Fprintf(&b, "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", x)
	path := filepath.Join(t.TempDir(), "huge-xref.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestChildContainsFatalAllocation reads a file that would kill this
// process: in a child, it is one failed file.
func TestChildContainsFatalAllocation(t *testing.T) {
	start := time.Now()
	_, err := Extract(context.Background(), hugeXref(t), inChild(Options{Pdftotext: "/nonexistent/pdftotext"}))
	if !errors.Is(err, ErrTooMuchContent) && !errors.Is(err, ErrUnreadable) {
		t.Fatalf("Extract = %v, want ErrTooMuchContent or ErrUnreadable", err)
	}
	t.Logf("%v in %v", err, time.Since(start).Round(time.Millisecond))
}
