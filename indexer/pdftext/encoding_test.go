package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiCMap maps two-byte codes 0x0020–0x007E to the same characters.
var asciiCMap = streamObject("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"+
	"1 begincodespacerange <0000> <FFFF> endcodespacerange\n1 beginbfrange <0020> <007E> <0020> endbfrange\n"+
	"endcmap CMapName currentdict /CMap defineresource pop end end")

// cidFont is a Type0 font with Identity-H codes; toUnicode, if not "",
// refers to its ToUnicode CMap.
func cidFont(toUnicode string) string {
	tu := ""
	if toUnicode != "" {
		tu = "/ToUnicode " + toUnicode
	}
	return "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H " + tu +
		" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial " +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>] >>"
}

// twoByte writes s as a hex string of two-byte codes, each its letter's
// ASCII value.
func twoByte(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	return "<" + b.String() + ">"
}

// TestFontEncodings checks how codes become text where the PDF library
// reads them wrong: a font with an /Encoding dictionary and a ToUnicode
// map is read by the map (the library took the encoding's glyph names);
// glyph names of ligatures ("f_i"), code points ("uni0066", "uni00660069")
// and variants ("a.sc", "g.alt") are read as the Adobe Glyph List says
// (the library gave control characters); codes the differences leave to a
// WinAnsi base encoding read as WinAnsi ("\222" a right quote, not U+0092).
func TestFontEncodings(t *testing.T) {
	widths := "/FirstChar 1 /LastChar 255 /Widths [" + strings.TrimSpace(strings.Repeat("500 ", 255)) + "]"
	checkKinds(t, []kindCase{
		{"glyph names", kindPDF{font: "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Calibri /Encoding << /Type /Encoding " +
			"/BaseEncoding /WinAnsiEncoding /Differences [1 /f_i /uni0066 /f_l /uni00660069 /T_h /a.sc /g.alt /u1F600] >> " + widths + " >>",
			content: "BT /F1 10 Tf 72 700 Td (\\001nance \\002ood \\003ow \\004rst \\005e b\\006d \\007ood council\\222s) Tj ET"},
			"finance food flow first The bad good council\u2019s"},
		{"tounicode over differences", kindPDF{font: "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Calibri " +
			"/Encoding << /Type /Encoding /Differences [65 /g1 /g2 /g3] >> /ToUnicode 6 0 R " + widths + " >>",
			content: "BT /F1 10 Tf 72 700 Td (ABC) Tj ET",
			more: []string{streamObject("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"+
				"1 begincodespacerange <00> <FF> endcodespacerange\n3 beginbfchar <41> <0043> <42> <0061> <43> <0074> endbfchar\n"+
				"endcmap CMapName currentdict /CMap defineresource pop end end")}},
			"Cat"},
		{"tounicode over winansi", kindPDF{font: "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Calibri /Encoding /WinAnsiEncoding " +
			"/ToUnicode 6 0 R " + widths + " >>", content: "BT /F1 10 Tf 72 700 Td (\\001 \\002ance) Tj ET",
			more: []string{streamObject("", "begincmap 1 begincodespacerange <00> <FF> endcodespacerange\n"+
				"2 beginbfrange <01> <01> [<0041006C006C>] <02> <02> <FB01> endbfrange endcmap")}},
			"All fiance"},
		{"cid font with tounicode", kindPDF{font: cidFont("6 0 R"), content: "BT /F1 10 Tf 72 700 Td " + twoByte("Identity coded words") + " Tj ET",
			more: []string{asciiCMap}}, "Identity coded words"},
	})
}

// TestUnmappedFontSaysSo checks a CID font with Identity codes and no
// ToUnicode map, whose codes are glyph numbers that say no letter: the
// document must say its text could not be read, naming the font, and not
// pass the glyph numbers off as words silently; with pdftotext, which
// reads the embedded font's own map, the file is read by it.
func TestUnmappedFontSaysSo(t *testing.T) {
	path := kindPDF{font: cidFont(""), content: "BT /F1 10 Tf 72 700 Td " + twoByte("Identity coded words") + " Tj ET"}.write(t)
	doc, err := Extract(context.Background(), path, Options{Pdftotext: "/nonexistent/pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "20 of 20 letters") || !strings.Contains(doc.Warnings[0], "ABCDEF+Arial") {
		t.Errorf("warnings %q; want one naming the font and counting its letters", doc.Warnings)
	}
	doc, err = Extract(context.Background(), path, Options{Pdftotext: requireTool(t, "pdftotext")})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Method != MethodPdftotext || len(doc.Warnings) != 2 {
		t.Errorf("method %q, warnings %q; want pdftotext's reading, saying why", doc.Method, doc.Warnings)
	}
}

func TestGlyphText(t *testing.T) {
	for name, want := range map[string]string{
		"a": "a", "a.sc": "a", "f_f_i": "ffi", "T_h": "Th", "uni00E9": "é", "uni00660069": "fi", "u1F600": "😀",
		"one.oldstyle": "1", "quoteright": "\u2019", "uniD800": "\ufffd",
	} {
		if got, ok := glyphText(name); !ok || got != want {
			t.Errorf("glyphText(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"g123", "cid42", "uniXYZW", "u110000", "uD800", "", ".notdef", "a_g1"} {
		if got, ok := glyphText(name); ok {
			t.Errorf("glyphText(%q) = %q; want it unknown", name, got)
		}
	}
}

func TestParseToUnicode(t *testing.T) {
	got, err := parseToUnicode(strings.NewReader("2 beginbfchar <01> <0041> <0203> <D83DDE00> endbfchar\n" +
		"2 beginbfrange <10> <12> <0061> <20> <21> [<0066 0069> <0066006C>] endbfrange\n" +
		"1 beginbfrange <30> <2F> <0041> endbfrange 1 beginbfrange <3000> <31FF> <0041> endbfrange"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"\x01": "A", "\x02\x03": "😀", "\x10": "a", "\x11": "b", "\x12": "c", "\x20": "fi", "\x21": "fl"}
	if len(got) != len(want) {
		t.Errorf("parseToUnicode = %q, want %q", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("code %q = %q, want %q", k, got[k], v)
		}
	}
	var big strings.Builder
	for i := range 600 {
		fmt.Fprintf(&big, "1 beginbfrange <%06X00> <%06XFF> <0041> endbfrange\n", i, i)
	}
	if got, err := parseToUnicode(strings.NewReader(big.String())); err != errCMapFull || len(got) > maxCMapEntries+256 {
		t.Errorf("a CMap of %d ranges: %d codes, %v; want it stopped near %d", 600, len(got), err, maxCMapEntries)
	}
}

// FuzzParseToUnicode feeds mutated CMaps to parseToUnicode: it must not
// panic, must stay within its bound, and must map codes to valid text.
func FuzzParseToUnicode(f *testing.F) {
	f.Add("2 beginbfchar <01> <0041> <0203> <D83DDE00> endbfchar 1 beginbfrange <10> <12> <0061> endbfrange")
	f.Add("1 beginbfrange <0000> <FFFF> [<0041> (x) <>] endbfrange")
	f.Add("1 beginbfrange <00FF> <0000> <0041> endbfrange beginbfchar <> <> endbfchar")
	f.Fuzz(func(t *testing.T, cmap string) {
		got, _ := parseToUnicode(strings.NewReader(cmap))
		if len(got) > maxCMapEntries+256 {
			t.Fatalf("%d codes mapped", len(got))
		}
		for _, v := range got {
			if !utf8.ValidString(v) {
				t.Fatalf("invalid text %q", v)
			}
		}
	})
}

// FuzzGlyphText: any glyph name gives valid text or none, never a panic.
func FuzzGlyphText(f *testing.F) {
	for _, s := range []string{"f_f_i", "uni00660069", "u1F600", "a.sc", "g12", "_", "uni", "u"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if s, ok := glyphText(name); ok && !utf8.ValidString(s) {
			t.Fatalf("glyphText(%q) = %q", name, s)
		}
	})
}
