package pdftext

import (
	"context"
	"reflect"
	"testing"
)

// TestLines checks the typography of Document.Lines on a handmade page: a
// heading drawn bold (fill and stroke) and larger, a minute number hanging
// left of the body with a tab stop before its title, and body lines.
func TestLines(t *testing.T) {
	body := func(y, text string) string { return "BT /F1 12 Tf 108 " + y + " Td (" + text + ") Tj ET " }
	path := handmadePDF(t, "",
		"BT /F1 16 Tf 2 Tr 108 740 Td (Cabinet minutes) Tj 0 Tr ET "+
			body("700", "Present: the members")+body("686", "of the Cabinet and")+body("672", "their officers.")+
			"BT /F1 12 Tf 72 640 Td (76.) Tj 36 0 Td (Apologies) Tj ET "+
			body("626", "None were received."),
		body("700", "Second page text"))
	doc, err := Extract(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{
		{Page: 1, Text: "Cabinet minutes", Size: 1.33, Bold: true},
		{Page: 1, Text: "Present: the members", Para: true, Size: 1},
		{Page: 1, Text: "of the Cabinet and", Size: 1},
		{Page: 1, Text: "their officers.", Size: 1},
		{Page: 1, Text: "76. Apologies", Para: true, Size: 1, Indent: -3, Tab: 1.5},
		{Page: 1, Text: "None were received.", Size: 1},
		{Page: 2, Text: "Second page text", Para: true, Size: 1},
	}
	if !reflect.DeepEqual(doc.Lines, want) {
		t.Errorf("lines:\n%+v\nwant:\n%+v", doc.Lines, want)
	}
	if got := renderLines(doc.Lines); got != doc.Text {
		t.Errorf("Text is not the rendering of Lines:\n%q\n%q", doc.Text, got)
	}
}

// TestLinesWithoutPositions checks text from pdftotext fills what it can.
func TestLinesWithoutPositions(t *testing.T) {
	pages := [][]textLine{plainLines("Minutes\n\n1. Apologies\nNone."), plainLines("2. Close")}
	doc := assemble(pages, MethodPdftotext, nil)
	want := []Line{
		{Page: 1, Text: "Minutes", Size: 1},
		{Page: 1, Text: "1. Apologies", Para: true, Size: 1},
		{Page: 1, Text: "None.", Size: 1},
		{Page: 2, Text: "2. Close", Para: true, Size: 1},
	}
	if !reflect.DeepEqual(doc.Lines, want) {
		t.Errorf("lines:\n%+v\nwant:\n%+v", doc.Lines, want)
	}
	if doc.Text != "Minutes\n\n1. Apologies\nNone.\n\n2. Close" || len(doc.Pages) != 2 || doc.Pages[1] != "2. Close" {
		t.Errorf("text %q, pages %q", doc.Text, doc.Pages)
	}
}
