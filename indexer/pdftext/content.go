package pdftext

import (
	"context"
	"errors"
	"fmt"

	"github.com/ledongthuc/pdf"
)

// glyph is one character as drawn on the page.
type glyph struct {
	s       string  // its text (a ligature may be several letters)
	x, y    float64 // start of its baseline, points, y upwards
	w       float64 // its advance width, points
	size    float64 // font size after scaling, points
	guessed bool    // width guessed: the font has no widths
	bold    bool    // drawn in a bold font, or filled and stroked (fake bold)
}

// Limits on one page's content, against hostile or broken files.
const (
	maxOps       = 2_000_000 // operators interpreted per page
	maxFormDepth = 8         // nested Form XObjects
	maxForms     = 1000      // Form XObjects drawn per page, nested or not
	checkEvery   = 4096      // operators between checks of the context
	maxGlyphs    = 200_000   // glyphs laid out per page
)

// fillStroke is the text rendering mode that fills and strokes glyphs,
// which word processors use to embolden a font that has no bold face.
const fillStroke = 2

// errStopped is panicked to abandon a page when the context ends; it is
// recovered into the context's error.
var errStopped = errors.New("stopped")

// textState is the part of the graphics state that places text.
type textState struct {
	ctm, tm, tlm matrix
	tc, tw, th   float64 // character spacing, word spacing, horizontal scale
	tl, tfs      float64 // leading, font size
	rise         float64
	render       int // text rendering mode (Tr)
	font         *font
}

// pageReader collects the glyphs of one page.
type pageReader struct {
	ctx    context.Context
	glyphs []glyph
	ops    int
	forms  int
}

// pageGlyphs interprets the page's content stream and returns its glyphs.
// Every panic of the PDF library is returned as an error.
func pageGlyphs(ctx context.Context, p pdf.Page) (glyphs []glyph, err error) {
	pr := &pageReader{ctx: ctx}
	defer func() {
		if r := recover(); r != nil {
			if r == errStopped {
				err = ctx.Err()
				return
			}
			err = fmt.Errorf("%w: page content: %v", ErrUnreadable, r)
		}
	}()
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return nil, nil
	}
	st := textState{ctm: identity, tm: identity, tlm: identity, th: 1}
	pr.run(contents, p.Resources(), st, 0)
	return pr.glyphs, nil
}

// run interprets one content stream (a page's or a form's) with its
// resources, starting from state st.
func (pr *pageReader) run(stream, res pdf.Value, st textState, depth int) {
	fonts := make(map[string]*font)
	var stack []textState
	pdf.Interpret(stream, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		pr.ops++
		if pr.ops%checkEvery == 0 && pr.ctx.Err() != nil {
			panic(errStopped)
		}
		if pr.ops > maxOps {
			panic(fmt.Sprintf("more than %d operators", maxOps))
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			stack = append(stack, st)
		case "Q":
			if n := len(stack); n > 0 {
				st, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			st.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(st.ctm)
		case "BT":
			st.tm, st.tlm = identity, identity
		case "Tc":
			st.tc = num(0)
		case "Tw":
			st.tw = num(0)
		case "Tz":
			st.th = num(0) / 100
		case "TL":
			st.tl = num(0)
		case "Ts":
			st.rise = num(0)
		case "Tr":
			st.render = int(num(0))
		case "Tf":
			st.tfs = num(1)
			if len(args) > 0 {
				name := args[0].Name()
				f, ok := fonts[name]
				if !ok {
					f = newFont(res.Key("Font").Key(name))
					fonts[name] = f
				}
				st.font = f
			}
		case "Td", "TD":
			if op == "TD" {
				st.tl = -num(1)
			}
			st.tlm = translate(num(0), num(1)).mul(st.tlm)
			st.tm = st.tlm
		case "Tm":
			st.tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			st.tm = st.tlm
		case "T*":
			pr.nextLine(&st)
		case "Tj":
			if len(args) == 1 {
				pr.show(&st, args[0].RawString())
			}
		case "'":
			pr.nextLine(&st)
			if len(args) == 1 {
				pr.show(&st, args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				st.tw, st.tc = num(0), num(1)
				pr.nextLine(&st)
				pr.show(&st, args[2].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				pr.showArray(&st, args[0])
			}
		case "Do":
			if len(args) == 1 {
				pr.form(res.Key("XObject").Key(args[0].Name()), res, st, depth)
			}
		}
	})
}

func (pr *pageReader) nextLine(st *textState) {
	st.tlm = translate(0, -st.tl).mul(st.tlm)
	st.tm = st.tlm
}

// form interprets a Form XObject drawn with Do; images are ignored.
func (pr *pageReader) form(xo, parentRes pdf.Value, st textState, depth int) {
	if xo.Key("Subtype").Name() != "Form" || depth >= maxFormDepth {
		return
	}
	// A form that draws itself many times over multiplies at every level:
	// stop counting, not recursing, at a fixed number of drawings.
	if pr.forms++; pr.forms > maxForms {
		panic(fmt.Sprintf("more than %d form drawings", maxForms))
	}
	if m := xo.Key("Matrix"); m.Len() == 6 {
		st.ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(st.ctm)
	}
	res := xo.Key("Resources")
	if res.IsNull() {
		res = parentRes
	}
	pr.run(xo, res, st, depth+1)
}

// showArray draws a TJ array: strings, and numbers that move the pen back
// by thousandths of an em.
func (pr *pageReader) showArray(st *textState, arr pdf.Value) {
	for i := 0; i < arr.Len(); i++ {
		v := arr.Index(i)
		if v.Kind() == pdf.String {
			pr.show(st, v.RawString())
			continue
		}
		tx := -v.Float64() / 1000 * st.tfs * st.th
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
			pr.glyphs = append(pr.glyphs, glyph{
				s: text, x: trm[4], y: trm[5],
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
