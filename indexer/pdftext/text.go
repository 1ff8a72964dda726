package pdftext

import (
	"cmp"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Text showing: the operators that draw glyphs, and the fonts they use.

// font returns the font of a font dictionary, reading it the first time
// the document uses it. Its ToUnicode CMap is measured first, so that the
// PDF library, which reads it whole, never reads a bomb.
func (pr *pageReader) font(v pdf.Value) *font {
	key := v.String()
	if f, ok := pr.doc.fonts[key]; ok {
		return f
	}
	var uni map[string]string
	if cmap := v.Key("ToUnicode"); cmap.Kind() == pdf.Stream {
		var err error
		uni, err = parseToUnicode(pr.doc.open(cmap.Reader(), "a ToUnicode CMap", maxCMapBytes))
		if stopping(err) {
			panic(stop{err})
		}
	}
	f := newFont(v)
	if len(uni) > 0 {
		f.uni = uni
	} else if f.twoByte && strings.HasPrefix(v.Key("Encoding").Name(), "Identity") {
		// Identity codes are glyph numbers: without a ToUnicode map they
		// say no letter (poppler may still read the embedded font's own
		// map, which this reader does not).
		f.unmapped = cmp.Or(v.Key("BaseFont").Name(), "unnamed")
	}
	pr.doc.fonts[key] = f
	return f
}

func (pr *pageReader) nextLine(st *textState) {
	st.tlm = translate(0, -st.tl).mul(st.tlm)
	st.tm = st.tlm
}

// showArray draws a TJ array: strings, and numbers that move the pen back
// by thousandths of an em.
func (pr *pageReader) showArray(st *textState, arr operand) {
	for _, v := range arr.items {
		if v.kind == kindString {
			pr.show(st, v.str)
			continue
		}
		tx := -v.number() / 1000 * st.tfs * st.th
		st.tm = translate(tx, 0).mul(st.tm)
	}
}

// show draws a string in the current font, one glyph per code.
func (pr *pageReader) show(st *textState, raw string) {
	f := st.font
	if f == nil {
		f = &font{guessed: true}
		st.font = f
	}
	for _, code := range f.codes(raw) {
		trm := matrix{st.tfs * st.th, 0, 0, st.tfs, 0, st.rise}.mul(st.tm).mul(st.ctm)
		w0 := f.width(code) / 1000
		if text := f.decode(code); text != "" {
			if len(pr.glyphs) >= maxGlyphs {
				panic(stop{tooMuch("more than %d glyphs on one page", maxGlyphs)})
			}
			if err := pr.doc.addGlyph(text); err != nil {
				panic(stop{err})
			}
			if f.unmapped != "" {
				pr.doc.unmapped++
				pr.doc.unmappedFonts[f.unmapped] = true
			}
			dir, x, y := upright(trm, trm[4], trm[5])
			pr.glyphs = append(pr.glyphs, glyph{
				s: text, x: x, y: y, dir: dir,
				w: w0 * trm.xScale(), size: trm.yScale(), guessed: f.guessed,
				bold: f.bold || st.render == fillStroke,
			})
		}
		adv := w0*st.tfs + st.tc
		if len(code) == 1 && code[0] == ' ' {
			adv += st.tw
		}
		st.tm = translate(adv*st.th, 0).mul(st.tm)
	}
}
