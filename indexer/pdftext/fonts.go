package pdftext

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// font decodes the codes of one font and knows their widths.
type font struct {
	enc       pdf.TextEncoding
	twoByte   bool            // Type0 font: codes are two bytes
	first     int             // first code of widths (simple fonts)
	widths    []float64       // widths of simple fonts, in 1/1000 em
	cidWidths map[int]float64 // widths of Type0 fonts from /W
	dw        float64         // default width of Type0 fonts
	guessed   bool            // no widths in the file: positions are approximate
	bold      bool            // a bold face, by its name or its descriptor
	decoded   map[string]string
	uni       map[string]string // the ToUnicode CMap: text by code, first of all
	simple    *simpleEncoding   // a simple font's /Encoding dictionary, before the library's reading of it
	unmapped  string            // the font's name when its codes say no text: a CID font with Identity codes and no ToUnicode map
}

// defaultWidth stands in for a missing width (half an em).
const defaultWidth = 500

// newFont reads a font dictionary. It may panic on a malformed one, as
// everything in the PDF library may; the page reader recovers.
func newFont(v pdf.Value) *font {
	pf := pdf.Font{V: v}
	f := &font{enc: pf.Encoder(), decoded: make(map[string]string), bold: isBold(v)}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		f.bold = f.bold || isBold(desc)
		f.dw = 1000
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidWidths = cidWidths(desc.Key("W"))
		return f
	}
	if enc := v.Key("Encoding"); enc.Kind() == pdf.Dict {
		f.simple = &simpleEncoding{names: make(map[byte]string), base: baseEncodings[enc.Key("BaseEncoding").Name()]}
		diff, code := enc.Key("Differences"), -1
		for i := 0; i < diff.Len() && i < 1024; i++ {
			switch x := diff.Index(i); x.Kind() {
			case pdf.Integer:
				code = int(x.Int64())
			case pdf.Name:
				if code >= 0 && code < 256 {
					f.simple.names[byte(code)] = x.Name()
				}
				code++
			}
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	// A Type3 font's widths are in its own glyph space, which its
	// FontMatrix maps to text space (1/1000 em for the other fonts).
	scale := 1.0
	if m := v.Key("FontMatrix"); v.Key("Subtype").Name() == "Type3" && m.Len() == 6 {
		if a := m.Index(0).Float64(); a > 0 && a < 1e3 {
			scale = a * 1000
		}
	}
	w := v.Key("Widths")
	for i := 0; i < w.Len(); i++ {
		f.widths = append(f.widths, w.Index(i).Float64()*scale)
	}
	f.guessed = len(f.widths) == 0
	return f
}

// boldNames are parts of font names that mean a bold weight:
// "Arial-BoldMT", "ABCDEF+Calibri,Bold", "SourceSansPro-Semibold".
var boldNames = []string{"bold", "black", "heavy", "demi", "semibd"}

// isBold reports whether a font (or a CIDFont) dictionary is a bold face:
// by its name, or its descriptor's ForceBold flag or weight.
func isBold(v pdf.Value) bool {
	name := strings.ToLower(v.Key("BaseFont").Name())
	for _, b := range boldNames {
		if strings.Contains(name, b) {
			return true
		}
	}
	desc := v.Key("FontDescriptor")
	const forceBold = 1 << 18
	return desc.Key("Flags").Int64()&forceBold != 0 || desc.Key("FontWeight").Float64() >= 600
}

// cidWidths reads a /W array: "c [w1 w2 ...]" and "cfirst clast w" entries.
func cidWidths(w pdf.Value) map[int]float64 {
	out := make(map[int]float64)
	for i := 0; i+1 < w.Len(); {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < 65536; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && c2-c < 65536; c2++ {
			out[c2] = width
		}
		i += 3
	}
	return out
}

// codes splits a shown string into character codes.
func (f *font) codes(raw string) []string {
	step := 1
	if f.twoByte {
		step = 2
	}
	var out []string
	for i := 0; i < len(raw); i += step {
		out = append(out, raw[i:min(i+step, len(raw))])
	}
	return out
}

// width returns the width of a code in 1/1000 em.
func (f *font) width(code string) float64 {
	if f.twoByte {
		c := 0
		for i := 0; i < len(code); i++ {
			c = c<<8 | int(code[i])
		}
		if w, ok := f.cidWidths[c]; ok {
			return w
		}
		return f.dw
	}
	i := int(code[0]) - f.first
	if i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return defaultWidth
}

// decode returns the text of one code; decoding through a ToUnicode CMap
// is slow, so the results are kept.
func (f *font) decode(code string) string {
	if f.enc == nil && f.uni == nil && f.simple == nil {
		return code
	}
	if s, ok := f.decoded[code]; ok {
		return s
	}
	s, ok := f.uni[code]
	if !ok && f.simple != nil && len(code) == 1 {
		s, ok = f.simple.decode(code[0])
	}
	if !ok {
		s = code
		if f.enc != nil {
			s = f.enc.Decode(code)
		}
	}
	if f.decoded != nil {
		f.decoded[code] = s
	}
	return s
}
