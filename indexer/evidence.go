package indexer

import (
	"math/bits"
	"strconv"
	"strings"
)

// feature is one piece of evidence that a line starts an agenda item (or
// that it does not). A candidate's features are a bit set; its weight is
// the sum of their weights.
type feature uint32

const (
	fNumber      feature = 1 << iota // starts with an item number
	fLabel                           // the number has a label: "Item 5", "Minute 23/045"
	fSub                             // a sub-number: 5.1, 3.2.1, (a), (ii)
	fSubOfItem                       // a sub-number of a number printed as "5.0" elsewhere
	fAlone                           // the number stands alone on its line, the title below it
	fGap                             // a tab or a wide gap after the number
	fTitle                           // a short title line
	fInline                          // a title followed by text on the same line
	fSentence                        // reads as a sentence or a wrapped paragraph, not a title
	fAgendaWord                      // a standard agenda title: apologies, minutes, declarations…
	fCaps                            // in capitals
	fMarkdown                        // a Markdown or HTML heading
	fBold                            // in bold
	fLarge                           // printed larger than the body text
	fIndented                        // indented further than the body text
	fRef                             // with an agenda reference: "(Item 4)", "(Ref: 8)"
	fBlankBefore                     // after a blank line, or at the top of a page
	fBody                            // body text follows before the next candidate
	fDocHeading                      // names the council, the committee or the document
	fRepeated                        // the same title three times or more: a label, not an item
	fPageNumber                      // a page number: alone, beside a page break
	fComma                           // a comma after the number: "2, Deputation" (OCR's full stop, or an address)
	fCaption                         // a table's caption or total row: "Table 1: Income", "Total"
	nFeatures    = iota
)

// featureInfo names each feature for --explain and gives its weight.
var featureInfo = [nFeatures]struct {
	name   string
	weight float64
}{
	{"item number", 1.0},
	{"labelled number", 0.8},
	{"sub-number", -1.0},
	{"sub-number of a printed x.0", -1.5},
	{"number alone on its line", 0.4},
	{"gap after the number", 0.4},
	{"title line", 1.0},
	{"title with text after it", 0.3},
	{"reads as a sentence", -2.5},
	{"agenda words", 0.5},
	{"capitals", 0.4},
	{"heading mark", 0.8},
	{"bold", 0.6},
	{"larger type", 0.6},
	{"indented", -0.6},
	{"agenda reference", 1.5},
	{"blank line before", 0.2},
	{"body follows", 0.3},
	{"document heading", -3.0},
	{"repeated title", -2.0},
	{"page number", -4.0},
	{"comma after the number", -3.0},
	{"table caption or total", -3.0},
}

// itemCost is what each item costs a sequence: only candidates with
// more evidence than that add to its score, so that many weak headings
// do not outweigh a few strong ones.
const itemCost = 1.0

// unnumberedBase is the weight an unnumbered heading starts from: it
// needs a heading mark, bold, size, capitals or a reference to count.
const unnumberedBase = -0.6

// weight sums the weights of the features in f.
func (f feature) weight() float64 {
	w := 0.0
	for f != 0 {
		i := bits.TrailingZeros32(uint32(f))
		w += featureInfo[i].weight
		f &^= 1 << i
	}
	return w
}

// has reports whether f holds every feature in g.
func (f feature) has(g feature) bool { return f&g == g }

// String lists the features of f with their weights, for --explain.
func (f feature) String() string {
	var parts []string
	for g := f; g != 0; {
		i := bits.TrailingZeros32(uint32(g))
		info := featureInfo[i]
		sign := "+"
		if info.weight < 0 {
			sign = ""
		}
		parts = append(parts, info.name+" "+sign+trimFloat(info.weight))
		g &^= 1 << i
	}
	return strings.Join(parts, ", ")
}

// trimFloat writes a weight as short as it goes: 1, -0.5.
func trimFloat(w float64) string { return strconv.FormatFloat(w, 'f', -1, 64) }
