package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/query"
)

// TestTextTermsAsAnalyzer checks that a textTerms field indexes what bleve's
// text field with query.TextAnalyzer would: the same terms, frequencies,
// positions and array positions, and the same length (so the same BM25
// norms), with no byte offsets, and stems without positions.
func TestTextTermsAsAnalyzer(t *testing.T) {
	opts := index.IndexField | index.IncludeTermVectors
	for _, text := range []string{
		"The care leavers' housing: O’Brien said adoption, adopted and adopting 1,000 times in 2019/20.",
		"RESOLVED that the report be noted.",
		"",
		"the of and",
		manyWords(3000), // past the largest block of each kind (textTerms.Analyze)
	} {
		want := document.NewTextFieldCustom(FieldText, []uint64{2}, []byte(text), opts, query.TextAnalyzer{})
		want.Analyze()
		got := &textTerms{words: query.NewAnalyser(), name: FieldText, ap: []uint64{2}, value: []byte(text), opts: opts}
		got.Analyze()
		if got.AnalyzedLength() != want.AnalyzedLength() {
			t.Errorf("%q: length %d, want %d", text, got.AnalyzedLength(), want.AnalyzedLength())
		}
		wf, gf := want.AnalyzedTokenFrequencies(), got.AnalyzedTokenFrequencies()
		if len(gf) != len(wf) {
			t.Errorf("%q: %d terms, want %d", text, len(gf), len(wf))
		}
		for term, w := range wf {
			g, ok := gf[term]
			if !ok || g.Frequency() != w.Frequency() {
				t.Errorf("%q: term %q: %+v, want %+v", text, term, g, w)
				continue
			}
			if strings.HasPrefix(term, query.StemPrefix) {
				if len(g.Locations) != 0 {
					t.Errorf("%q: stem %q has positions %+v", text, term, g.Locations)
				}
				continue
			}
			if len(g.Locations) != len(w.Locations) {
				t.Errorf("%q: term %q: %d positions, want %d", text, term, len(g.Locations), len(w.Locations))
				continue
			}
			for i, wl := range w.Locations {
				gl := g.Locations[i]
				if gl.Position != wl.Position || len(gl.ArrayPositions) != 1 || gl.ArrayPositions[0] != 2 || gl.Start != 0 || gl.End != 0 {
					t.Errorf("%q: term %q location %d: %+v, want position %d, array position 2, no offsets", text, term, i, gl, wl.Position)
				}
			}
		}
	}
}

// manyWords is a text of n distinct words, each twice and in two forms, so
// that a field holds more terms and positions than one block of each.
func manyWords(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "adopting%d the adoption%d, ", i, i)
	}
	return b.String()
}

// BenchmarkTextTermsAnalyze measures the analysis of an item's text as
// indexing does it (with a warm Analyser), allocations included.
func BenchmarkTextTermsAnalyze(b *testing.B) {
	text := []byte(strings.Repeat("The committee noted the report on the adoption of children in care and resolved that the plans be approved. ", 20))
	words := query.NewAnalyser()
	opts := index.IndexField | index.IncludeTermVectors
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f := &textTerms{words: words, name: FieldText, value: text, opts: opts}
		f.Analyze()
	}
}
