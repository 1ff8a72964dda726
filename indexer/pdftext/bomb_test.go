package pdftext

import (
	"context"
	"strings"
	"testing"
	"time"
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
			if took > 15*time.Second {
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
