package pdftext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/rawpdf"
)

// handmadePDF writes a PDF with one page per content stream; the pages
// share Form XObject /Fm1, which draws form. Font /F1 is Helvetica with
// every glyph 500 units wide, so positions are exact.
func handmadePDF(t *testing.T, form string, pages ...string) string {
	t.Helper()
	return handmadePDFWith(t, "<< /Font << /F1 3 0 R >> >>", "<< /Type /Pages /Kids [%s] /Count %d >>", form, pages...)
}

// handmadePDFWith is handmadePDF with the form's resources and the page
// tree's dictionary (a format taking the kids and their count) given.
func handmadePDFWith(t *testing.T, formResources, pagesDict, form string, pages ...string) string {
	t.Helper()
	widths := strings.TrimSpace(strings.Repeat("500 ", 95))
	var kids []string
	for i := range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", 5+2*i))
	}
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf(pagesDict, strings.Join(kids, " "), len(pages)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding " +
			"/FirstChar 32 /LastChar 126 /Widths [" + widths + "] >>",
		fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -100] "+
			"/Resources %s /Length %d >>\nstream\n%s\nendstream", formResources, len(form)+1, form),
	}
	for i, content := range pages {
		stream := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content)
		if strings.HasPrefix(content, "<<") {
			stream = content // a whole stream object, dictionary and all
		}
		objects = append(objects,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "+
				"/Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 4 0 R >> >> >>", 6+2*i),
			stream)
	}
	pdf := rawpdf.Write(objects...)
	path := filepath.Join(t.TempDir(), "handmade.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestContentOperators covers what ledongthuc/pdf's own text assembly gets
// wrong: words placed by TJ offsets or Td moves without space glyphs,
// word spacing, text inside Form XObjects, and content drawn out of
// reading order.
func TestContentOperators(t *testing.T) {
	tests := []struct {
		name, content, form, want string
	}{
		{"tj offsets make spaces", "BT /F1 10 Tf 72 700 Td [(The)-300(Committee)-300(resolved)] TJ ET", "", "The Committee resolved"},
		{"kerning is not a space", "BT /F1 10 Tf 72 700 Td [(Com)20(mittee)] TJ ET", "", "Committee"},
		{"td moves make spaces", "BT /F1 10 Tf 72 700 Td (The) Tj 18 0 Td (Panel) Tj ET", "", "The Panel"},
		{"word spacing", "BT /F1 10 Tf 3 Tw 72 700 Td (noted by all) Tj ET", "", "noted by all"},
		{"footer drawn first comes last", "BT /F1 10 Tf 72 40 Td (Ends here) Tj ET BT /F1 10 Tf 72 700 Td (Starts here) Tj ET", "", "Starts here\n\nEnds here"},
		{"text in a form xobject", "BT /F1 10 Tf 72 700 Td (Page text) Tj ET /Fm1 Do", "BT /F1 10 Tf 72 700 Td (Form text) Tj ET", "Page text\n\nForm text"},
		{"lines by baseline", "BT /F1 10 Tf 12 TL 72 700 Td (first line) Tj T* (second line) Tj ET", "", "first line\nsecond line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := handmadePDF(t, tt.form, tt.content)
			doc, err := Extract(context.Background(), path, Options{Pdftotext: "/nonexistent/pdftotext"})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text = %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

func TestBadPageIsAWarning(t *testing.T) {
	first := "BT /F1 10 Tf 72 700 Td (First page) Tj ET"
	bad := "<< /Length 35 /Filter /NoSuchDecode >>\nstream\nBT /F1 10 Tf 72 700 Td (Lost) Tj ET\nendstream"
	third := "BT /F1 10 Tf 72 700 Td (Third page) Tj ET"
	doc, err := Extract(context.Background(), handmadePDF(t, "", first, bad, third), Options{Pdftotext: "/nonexistent/pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 3 || doc.Pages[1] != "" || doc.Text != "First page\n\nThird page" {
		t.Errorf("pages %q, text %q; want the good pages kept and the bad one empty", doc.Pages, doc.Text)
	}
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "page 2:") {
		t.Errorf("warnings %q; want one for page 2", doc.Warnings)
	}
}

func TestOnlyPageBadIsAnError(t *testing.T) {
	path := handmadePDF(t, "", "<< /Length 35 /Filter /NoSuchDecode >>\nstream\nBT /F1 10 Tf 72 700 Td (Lost) Tj ET\nendstream")
	_, err := Extract(context.Background(), path, Options{Pdftotext: "/nonexistent/pdftotext"})
	if !errors.Is(err, ErrUnreadable) {
		t.Fatalf("Extract = %v, want ErrUnreadable", err)
	}
}
