package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzExtract feeds mutated PDFs to Extract: it must return a document or
// an error, never panic or hang. pdftotext is disabled so that the target
// exercises our code and the PDF library, not a child process.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.pdf")
	for _, s := range append(seeds, kentPDF) {
		if fi, err := os.Stat(s); err != nil || fi.Size() > 100_000 {
			continue // long.pdf and scan.pdf make every run slow
		}
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "in.pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{Timeout: 5 * time.Second, MaxPages: 200, Pdftotext: "/nonexistent/pdftotext"}
		doc, err := Extract(context.Background(), path, opts)
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
		if errors.Is(err, ErrTimeout) {
			t.Fatalf("timed out on a %d-byte input", len(data))
		}
	})
}
