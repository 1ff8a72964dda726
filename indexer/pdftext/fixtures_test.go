package pdftext

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// fixture is a PDF with the source it was generated from.
type fixture struct {
	name   string
	pdf    string // path from this directory
	source string // Markdown source of the PDF
	header string // running header line printed on every page
	method string // expected Document.Method
}

const (
	kentPDF    = "../../corpus/kent/corporate-parenting-panel/2013-12-13.pdf"
	kentSource = "../../corpus/tools/src/kent-corporate-parenting-panel-2013-12-13.md"
	kentHeader = "Kent County Council - Corporate Parenting Panel - 13 December 2013"
)

var fixtures = []fixture{
	{"kent", kentPDF, kentSource, kentHeader, MethodNative},
	{"luton", "../../corpus/luton/scrutiny-children-services-review-group/2021-03-02.pdf",
		"../../corpus/tools/src/luton-scrutiny-children-services-review-group-2021-03-02.md",
		"Luton Borough Council - Scrutiny Children Services Review Group - 2 March 2021", MethodNative},
	{"twocolumn", "testdata/twocolumn.pdf", "testdata/src/twocolumn.md",
		"Cheshire East Council - Corporate Parenting Committee - 9 May 2018", MethodNative},
	{"headers", "testdata/headers.pdf", "testdata/src/headers.md",
		"Cheshire East Council - Corporate Parenting Committee - 9 May 2018", MethodNative},
	{"table", "testdata/table.pdf", "testdata/src/table.md",
		"Luton Borough Council - Children Services Review Group - Action tracker", MethodNative},
	{"hyphenated", "testdata/hyphenated.pdf", "testdata/src/hyphenated.md", kentHeader, MethodNative},
	{"long", "testdata/long.pdf", "testdata/src/long.md", "Minutes of five councils - bundled corpus", MethodNative},
	{"chromium", "testdata/chromium.pdf", "testdata/src/chromium.html", "", MethodNative},
	{"shifted-xref", "testdata/shifted-xref.pdf", kentSource, kentHeader, MethodNative},
	{"broken-xref", "testdata/broken-xref.pdf", kentSource, kentHeader, MethodNative},
}

// minF1 is the word F1 every fixture must reach.
const minF1 = 0.97

// TestWordF1 compares the words of Document.Body (what is indexed) with
// the words of the source each PDF was made from, and with pdftotext's
// words (running header and page footers removed from both sides).
func TestWordF1(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), fx.pdf, Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if doc.Method != fx.method {
				t.Errorf("method = %q, want %q (warnings %q)", doc.Method, fx.method, doc.Warnings)
			}
			body := withoutRunning(doc.Text, fx.header)
			f1, p, r := wordF1(body, sourceText(t, fx.source))
			t.Logf("%s: %d pages, %d words; against source F1 %.4f (precision %.4f, recall %.4f)",
				filepath.Base(fx.pdf), len(doc.Pages), len(strings.Fields(doc.Text)), f1, p, r)
			if f1 < minF1 {
				t.Errorf("F1 against source = %.4f, want >= %.2f", f1, minF1)
			}
			f1, p, r = wordF1(body, popplerText(t, fx.pdf, fx.header))
			t.Logf("%s: against pdftotext F1 %.4f (precision %.4f, recall %.4f)", filepath.Base(fx.pdf), f1, p, r)
			if f1 < minF1 {
				t.Errorf("F1 against pdftotext = %.4f, want >= %.2f", f1, minF1)
			}
		})
	}
}
