package pdftext

import (
	"fmt"
	"io"
	"math"
	"strings"

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
	dir     uint8   // direction of its baseline in steps of dirStep anticlockwise (6: text reads upwards); x and y are turned back to upright by it
}

// dirStep is the step of the directions glyphs are grouped by: text
// turned by less than half of it reads as upright text does.
const (
	dirStep = math.Pi / 12 // 15°
	dirs    = 24           // directions in a full turn
)

// upright returns the direction of text drawn with matrix trm in steps
// of dirStep anticlockwise (0 upright, 6 reading upwards, 12 upside down,
// 18 reading downwards, 3 a watermark across the page) and the point
// (x, y) turned back by it, so that text on a turned page, a sideways
// table heading or a diagonal "DRAFT" reads along x as upright text does.
func upright(trm matrix, x, y float64) (dir uint8, ux, uy float64) {
	a, b := trm[0], trm[1]
	if a == 0 && b == 0 {
		return 0, x, y
	}
	d := int(math.Round(math.Atan2(b, a)/dirStep)) % dirs
	if d < 0 {
		d += dirs
	}
	switch d { // quarter turns exactly, as most turned text is
	case 0:
		return 0, x, y
	case 6:
		return 6, y, -x
	case 12:
		return 12, -x, -y
	case 18:
		return 18, -y, x
	}
	sin, cos := math.Sincos(-float64(d) * dirStep)
	return uint8(d), x*cos - y*sin, x*sin + y*cos
}

// Limits on one page's content, against hostile or broken files. A page
// beyond them fails with ErrTooMuchContent; the document's own limits are
// in Options.
const (
	maxOps       = 2_000_000 // operators interpreted per page
	maxFormDepth = 8         // nested Form XObjects
	maxForms     = 1000      // Form XObjects drawn per page, nested or not
	maxGlyphs    = 100_000   // glyphs drawn per page (a dense page draws 10,000)
	maxCMapBytes = 4 << 20   // decompressed bytes of one ToUnicode CMap
)

// fillStroke is the text rendering mode that fills and strokes glyphs,
// which word processors use to embolden a font that has no bold face.
const fillStroke = 2

// stop is panicked to abandon a page at an exceeded limit or the end of
// the context; pageGlyphs recovers its error.
type stop struct{ err error }

// textState is the part of the graphics state that places text.
type textState struct {
	ctm, tm, tlm matrix
	tc, tw, th   float64 // character spacing, word spacing, horizontal scale
	tl, tfs      float64 // leading, font size
	rise         float64
	render       int // text rendering mode (Tr)
	font         *font
}

// docState is what the pages of one document share: the budget of its
// limits and the fonts read so far, by their dictionary's text (two
// dictionaries that read the same are the same font).
type docState struct {
	*budget
	fonts         map[string]*font
	unmapped      int             // glyphs drawn in fonts whose codes say no text
	unmappedFonts map[string]bool // those fonts' names
	pageImages    int             // images the page read last drew
}

// pageReader collects the glyphs of one page.
type pageReader struct {
	doc     *docState
	glyphs  []glyph
	images  int // image XObjects drawn
	ops     int
	forms   int
	damaged error // why a content stream ended early, if one did
}

// pageGlyphs interprets the page's content stream and returns its glyphs.
// Every panic of the PDF library is returned as an error, and so is a
// content stream that ends early (corrupt, truncated), with the glyphs
// drawn before.
func pageGlyphs(doc *docState, p pdf.Page) (glyphs []glyph, err error) {
	pr := &pageReader{doc: doc}
	doc.pageImages = 0
	defer func() {
		doc.pageImages = pr.images
		if r := recover(); r != nil {
			if s, ok := r.(stop); ok {
				err = s.err
				return
			}
			err = fmt.Errorf("%w: page content: %v", ErrUnreadable, r)
		}
	}()
	contents := p.V.Key("Contents")
	if contents.IsNull() && p.V.Key("Annots").Len() == 0 {
		return nil, nil
	}
	st := textState{ctm: identity, tm: identity, tlm: identity, th: 1}
	pr.run(pr.contentReader(contents), p.Resources(), st, 0)
	pr.annotations(p.V.Key("Annots"), p.Resources(), st)
	if pr.damaged != nil {
		return pr.glyphs, fmt.Errorf("%w: content stream ends early: %v", ErrUnreadable, pr.damaged)
	}
	return pr.glyphs, nil
}

// contentReader returns the decompressed bytes of a content stream, or of
// an array of them one after the other, each counted against the limits.
func (pr *pageReader) contentReader(v pdf.Value) io.Reader {
	if v.Kind() != pdf.Array {
		return pr.doc.open(v.Reader(), "a content stream", pr.doc.lim.stream)
	}
	var parts []io.Reader
	for i := 0; i < v.Len(); i++ {
		parts = append(parts, pr.doc.open(v.Index(i).Reader(), "a content stream", pr.doc.lim.stream), strings.NewReader("\n"))
	}
	return io.MultiReader(parts...)
}

// run interprets one content stream (a page's or a form's) with its
// resources, starting from state st. A stream that ends in an error ends
// there, keeping what was drawn, unless the error is an exceeded limit or
// the context's end, which stop the page.
func (pr *pageReader) run(stream io.Reader, res pdf.Value, st textState, depth int) {
	fonts := make(map[string]*font)
	var stack []textState
	lx := newLexer(stream)
	for {
		op, args, err := lx.next()
		if err != nil {
			if stopping(err) {
				panic(stop{err})
			}
			if err != io.EOF {
				pr.damaged = cmpOr(pr.damaged, err)
			}
			return
		}
		if pr.ops++; pr.ops > maxOps {
			panic(stop{tooMuch("more than %d operators on one page", maxOps)})
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].number()
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
			if len(args) > 0 && args[0].kind == kindName {
				name := args[0].str
				f, ok := fonts[name]
				if !ok {
					f = pr.font(res.Key("Font").Key(name))
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
				pr.show(&st, args[0].str)
			}
		case "'":
			pr.nextLine(&st)
			if len(args) == 1 {
				pr.show(&st, args[0].str)
			}
		case "\"":
			if len(args) == 3 {
				st.tw, st.tc = num(0), num(1)
				pr.nextLine(&st)
				pr.show(&st, args[2].str)
			}
		case "TJ":
			if len(args) == 1 {
				pr.showArray(&st, args[0])
			}
		case "Do":
			if len(args) == 1 && args[0].kind == kindName {
				pr.form(res.Key("XObject").Key(args[0].str), res, st, depth)
			}
		}
	}
}

// Annotation flags (PDF 32000-1:2008, 12.5.3) that keep an annotation
// off the page.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// maxAnnots bounds the annotations drawn on one page.
const maxAnnots = 1000

// annotations draws the appearance of each annotation the page shows: a
// filled-in form field's value, a free-text comment, a stamp. They are
// what a reader sees on the page (and what poppler's pdftotext reads), so
// they are the page's text; a note's /Contents, shown only when opened,
// and hidden annotations are not.
func (pr *pageReader) annotations(annots, res pdf.Value, st textState) {
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		if a.Key("F").Int64()&(annotHidden|annotNoView) != 0 {
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict && ap.Key("BBox").Len() != 4 { // appearances by state: a check box's /On and /Off
			ap = ap.Key(a.Key("AS").Name())
		}
		rect, box := a.Key("Rect"), ap.Key("BBox")
		if ap.Kind() != pdf.Stream || rect.Len() != 4 || box.Len() != 4 {
			continue
		}
		m := identity
		if mv := ap.Key("Matrix"); mv.Len() == 6 {
			m = matrix{mv.Index(0).Float64(), mv.Index(1).Float64(), mv.Index(2).Float64(),
				mv.Index(3).Float64(), mv.Index(4).Float64(), mv.Index(5).Float64()}
		}
		// The form's box, transformed by its matrix, is fitted to the
		// annotation's rectangle (PDF 32000-1:2008, 12.5.5).
		bx0, by0, bx1, by1 := boundsOf(m, box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64())
		rx0, ry0 := min(rect.Index(0).Float64(), rect.Index(2).Float64()), min(rect.Index(1).Float64(), rect.Index(3).Float64())
		rx1, ry1 := max(rect.Index(0).Float64(), rect.Index(2).Float64()), max(rect.Index(1).Float64(), rect.Index(3).Float64())
		sx, sy := 1.0, 1.0
		if bx1-bx0 > 0 && rx1-rx0 > 0 {
			sx = (rx1 - rx0) / (bx1 - bx0)
		}
		if by1-by0 > 0 && ry1-ry0 > 0 {
			sy = (ry1 - ry0) / (by1 - by0)
		}
		ast := st
		ast.ctm = matrix{sx, 0, 0, sy, rx0 - bx0*sx, ry0 - by0*sy}.mul(st.ctm)
		pr.drawForm(ap, res, ast, 0)
	}
}

// boundsOf returns the bounding box of the rectangle (x0, y0)–(x1, y1)
// transformed by m.
func boundsOf(m matrix, x0, y0, x1, y1 float64) (float64, float64, float64, float64) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [][2]float64{{x0, y0}, {x0, y1}, {x1, y0}, {x1, y1}} {
		x, y := p[0]*m[0]+p[1]*m[2]+m[4], p[0]*m[1]+p[1]*m[3]+m[5]
		minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
	}
	return minX, minY, maxX, maxY
}

// form interprets a Form XObject drawn with Do; images are ignored.
func (pr *pageReader) form(xo, parentRes pdf.Value, st textState, depth int) {
	if xo.Key("Subtype").Name() == "Image" {
		pr.images++
	}
	if xo.Key("Subtype").Name() != "Form" {
		return
	}
	pr.drawForm(xo, parentRes, st, depth)
}

// drawForm interprets a form's content stream: a Form XObject's or an
// annotation's appearance (which may not say it is a form).
func (pr *pageReader) drawForm(xo, parentRes pdf.Value, st textState, depth int) {
	if depth >= maxFormDepth {
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
	pr.run(pr.doc.open(xo.Reader(), "a form's content stream", pr.doc.lim.stream), res, st, depth+1)
}
