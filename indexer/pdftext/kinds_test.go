package pdftext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/rawpdf"
)

// kindPDF is a one-page PDF made by hand: font /F1 and the content stream
// are given, with extra keys for the catalog and the page and further
// objects (numbered from 6) they may refer to. Each test of a kind of PDF
// the generated fixtures lack (turned pages, Type3 and CID fonts, glyph
// names, annotations) builds its file here, so that every byte is known.
type kindPDF struct {
	catalog, page, font, content string
	more                         []string
}

// helvetica is Helvetica in WinAnsi with every glyph 500 units wide.
var helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding " +
	"/FirstChar 32 /LastChar 255 /Widths [" + strings.TrimSpace(strings.Repeat("500 ", 224)) + "] >>"

// streamObject is a stream object with dict's keys and its /Length.
func streamObject(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func (k kindPDF) write(t *testing.T) string {
	t.Helper()
	font := k.font
	if font == "" {
		font = helvetica
	}
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R " + k.catalog + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> " + k.page + " >>",
		streamObject("", k.content),
		font,
	}
	path := filepath.Join(t.TempDir(), "kind.pdf")
	if err := os.WriteFile(path, rawpdf.Write(append(objects, k.more...)...), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// kindCase is a made PDF and the text it must read as.
type kindCase struct {
	name string
	pdf  kindPDF
	want string
}

// checkKinds extracts each case's PDF without pdftotext (what the reader
// itself reads) and compares the text.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), c.pdf.write(t), Options{Pdftotext: "/nonexistent/pdftotext"})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != c.want {
				t.Errorf("text %q, want %q (warnings %q)", doc.Text, c.want, doc.Warnings)
			}
		})
	}
}

// TestTurnedText checks text whose baseline is turned: a landscape table
// on a page with /Rotate 90 (drawn reading upwards in the page's own
// space), a heading set sideways on an upright page, text upside down, and
// a diagonal watermark ("DRAFT" across the page). Each reads as lines of words, not as a
// column of one-letter lines.
func TestTurnedText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"landscape page", kindPDF{page: "/Rotate 90",
			content: "BT /F1 10 Tf 12 TL 0 1 -1 0 100 100 Tm (Landscape table heading) Tj T* (second row of the table) Tj ET"},
			"Landscape table heading\nsecond row of the table"},
		{"sideways heading", kindPDF{content: "BT /F1 10 Tf 72 700 Td (Body text of the minute) Tj ET " +
			"BT /F1 10 Tf 0 1 -1 0 300 100 Tm (Sideways) Tj ET"},
			"Body text of the minute\n\nSideways"},
		{"reading downwards", kindPDF{content: "BT /F1 10 Tf 0 -1 1 0 300 600 Tm (Downwards words) Tj ET"}, "Downwards words"},
		{"upside down", kindPDF{content: "BT /F1 10 Tf -1 0 0 -1 500 500 Tm (Upside down words) Tj ET"}, "Upside down words"},
		{"diagonal watermark", kindPDF{content: "BT /F1 10 Tf 72 700 Td (Minutes of the meeting) Tj ET " +
			"BT /F1 60 Tf 0.7071 0.7071 -0.7071 0.7071 150 200 Tm (DRAFT MINUTES) Tj ET"},
			"Minutes of the meeting\n\nDRAFT MINUTES"},
	})
}

// TestType3Widths checks a Type3 font, whose widths are in its own glyph
// space (here 1/100 em by its FontMatrix): read as thousandths of an em,
// every glyph looked a tenth as wide as drawn, words fell apart and
// letters drawn at the same place were taken for fake bold and dropped.
func TestType3Widths(t *testing.T) {
	type3 := "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] " +
		"/CharProcs << /box 6 0 R >> /Encoding << /Type /Encoding /Differences [32 /space 65 /A /B /C /D /E /F /G /H /I /J /K /L /M " +
		"/N /O /P /Q /R /S /T /U /V /W /X /Y /Z] >> /FirstChar 32 /LastChar 90 /Widths [" +
		strings.TrimSpace(strings.Repeat("60 ", 59)) + "] /Resources << >> >>"
	checkKinds(t, []kindCase{
		{"type3", kindPDF{font: type3, content: "BT /F1 12 Tf 72 700 Td (MINUTES OF THE MEETING) Tj ET",
			more: []string{streamObject("", "60 0 0 0 50 50 d1 0 0 50 50 re f")}}, "MINUTES OF THE MEETING"},
	})
}

// TestDrawnKinds checks ways of drawing text that the fixtures made by
// LibreOffice and Chromium do not use: a word drawn glyph by glyph out of
// order (each placed by its own matrix), TJ arrays kerning every pair as
// Aspose and Word write them, a soft hyphen inside a line and no-break
// spaces, and the invisible text layer (render mode 3) OCR puts under a
// scanned page.
func TestDrawnKinds(t *testing.T) {
	var shuffled strings.Builder
	for _, i := range []int{4, 0, 2, 1, 3, 5, 6, 7} {
		fmt.Fprintf(&shuffled, "1 0 0 1 %d 700 Tm (%c) Tj ", 72+5*i, "Councils"[i])
	}
	checkKinds(t, []kindCase{
		{"glyphs out of order", kindPDF{content: "BT /F1 10 Tf " + shuffled.String() + "ET"}, "Councils"},
		{"kerned pairs", kindPDF{content: "BT /F1 10 Tf 72 700 Td [(A)30(p)-10(o)20(l)(o)15(g)(i)5(e)(s)-600(w)12(e)(r)(e)-550(r)(e)(c)(e)(i)(v)(e)(d)] TJ ET"},
			"Apologies were received"},
		{"soft hyphen and no-break spaces", kindPDF{content: "BT /F1 10 Tf 72 700 Td (co\\255operate at 10\\240am on the\\240same day) Tj ET"},
			"cooperate at 10 am on the same day"},
		{"invisible text layer", kindPDF{content: "BT 3 Tr /F1 10 Tf 72 700 Td (Invisible words under a scan) Tj ET"},
			"Invisible words under a scan"},
	})
}
