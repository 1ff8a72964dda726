package engine

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/query"
)

// TestTextTermsAsAnalyzer checks that a textTerms field indexes what bleve's
// text field with query.TextAnalyzer would: the same terms, frequencies,
// positions and array positions, and the same length (so the same BM25
// norms), stems without positions, and stop words without positions in a
// body field (the text), held by the words beside them in place of byte
// offsets, but with positions in a title, which has no offsets;
// both as an element of a list (its own locations, array position 2) and
// as a field of one value (the shared locations, which are left as they
// were).
func TestTextTermsAsAnalyzer(t *testing.T) {
	shared := NewPositions()
	for _, field := range []string{FieldText, FieldTitle} {
		for _, ap := range [][]uint64{{2}, nil} {
			t.Run(fmt.Sprintf("%s array positions %v", field, ap), func(t *testing.T) {
				checkTextTerms(t, field, ap, shared, index.IndexField|index.IncludeTermVectors)
			})
		}
	}
	// a field without term vectors (lines) has no positions at all
	t.Run("no term vectors", func(t *testing.T) {
		checkTextTerms(t, FieldLines, nil, shared, index.IndexField)
	})
	for i, loc := range shared.locs {
		if loc.Position != i || loc.Field != "" || loc.ArrayPositions != nil || loc.Start != 0 || loc.End != 0 {
			t.Fatalf("shared location %d changed: %+v", i, loc)
		}
	}
}

func checkTextTerms(t *testing.T, field string, ap []uint64, shared *Positions, opts index.FieldIndexingOptions) {
	for _, text := range []string{
		"The care leavers' housing: O’Brien said adoption, adopted and adopting 1,000 times in 2019/20.",
		"RESOLVED that the report be noted.",
		"",
		"the of and",
		manyWords(3000),  // past the largest block of each kind (textTerms.Analyze)
		manyWords(10000), // past the shared locations (Positions)
	} {
		want := document.NewTextFieldCustom(field, ap, []byte(text), opts, query.TextAnalyzer{})
		want.Analyze()
		doc := document.NewDocument("d")
		doc.AddField(want)
		withTextTerms(doc, query.NewAnalyser(), shared)
		got := doc.Fields[0].(*textTerms)
		if (got.shared != nil) != (len(ap) == 0) {
			t.Fatalf("array positions %v: shared locations %v", ap, got.shared != nil)
		}
		got.Analyze()
		if got.AnalyzedLength() != want.AnalyzedLength() {
			t.Errorf("%q: length %d, want %d", text, got.AnalyzedLength(), want.AnalyzedLength())
		}
		wf, gf := want.AnalyzedTokenFrequencies(), got.AnalyzedTokenFrequencies()
		toks := query.Tokens(text)
		if len(gf) != len(wf) {
			t.Errorf("%q: %d terms, want %d", text, len(gf), len(wf))
		}
		for term, w := range wf {
			g, ok := gf[term]
			if !ok || g.Frequency() != w.Frequency() {
				t.Errorf("%q: term %q: %+v, want %+v", text, term, g, w)
				continue
			}
			words := query.Tokens(term)
			stop := len(words) == 1 && words[0].Stop && !query.StopPositions(field)
			if strings.HasPrefix(term, query.StemPrefix) || stop || !opts.IncludeTermVectors() {
				if len(g.Locations) != 0 {
					t.Errorf("%q: %q has positions %+v", text, term, g.Locations)
				}
				continue
			}
			if len(g.Locations) != len(w.Locations) {
				t.Errorf("%q: term %q: %d positions, want %d", text, term, len(g.Locations), len(w.Locations))
				continue
			}
			for i, wl := range w.Locations {
				gl := g.Locations[i]
				start, end := stopsBeside(toks, wl.Position, field)
				if gl.Position != wl.Position || !slices.Equal(gl.ArrayPositions, ap) || gl.Field != "" || gl.Start != start || gl.End != end {
					t.Errorf("%q: term %q location %d: %+v, want position %d, array positions %v, stop words beside %d %d", text, term, i, gl, wl.Position, ap, start, end)
				}
			}
		}
	}
}

// stopsBeside is what a location at pos holds in place of byte offsets:
// in a body field, the stop words just before and after (query.StopID).
func stopsBeside(toks []query.Token, pos int, field string) (before, after int) {
	if query.StopPositions(field) {
		return 0, 0
	}
	if pos >= 2 && toks[pos-2].Stop {
		before = query.StopID(toks[pos-2].Light)
	}
	if pos < len(toks) && toks[pos].Stop {
		after = query.StopID(toks[pos].Light)
	}
	return before, after
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
	words, shared := query.NewAnalyser(), NewPositions()
	opts := index.IndexField | index.IncludeTermVectors
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f := &textTerms{words: words, shared: shared, name: FieldText, value: text, opts: opts}
		f.Analyze()
	}
}
