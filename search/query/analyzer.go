package query

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// AnalyzerName is the name of the analyzer of the full-text fields in the
// index mapping. Indexes record it by name, so it is registered with bleve
// when this package is loaded.
const AnalyzerName = "minutes_text"

// JoinedPrefix starts the index term that carries a hyphenated word run
// together ("cross-cutting" is indexed as "cross", "cutting" and
// "=crosscutting"): a term of its own, not the light form "crosscutting"
// of writers who spell it so, so that a search for the two words
// ("cross cutting", which also looks for "crosscutting") does not find
// the hyphenated word twice; a search for the one word looks for both.
const JoinedPrefix = "="

// StemPrefix starts the index term that carries a word's Snowball stem
// when it differs from the word's light form: "adoption" is indexed as
// "adoption" and "~adopt", at the same position.
const StemPrefix = "~"

// TextAnalyzer analyses the full-text fields for the index. For every
// word (see Tokens) it emits the light form, stop words included, so that
// phrases are exact; and, for words that are not stop words and whose
// stem differs, the stem with StemPrefix at the same position, so that a
// search may also match other forms of the word, scored lower; and each
// hyphenated word run together, with JoinedPrefix ("=crosscutting" for
// "cross-cutting", see Analyser.EachJoined), at its last part's position.
type TextAnalyzer struct{}

// Analyze implements bleve's analysis.Analyzer.
func (TextAnalyzer) Analyze(text []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(text)/4+1)
	pos := 0
	(*Analyser)(nil).EachJoined(string(text), func(t Token) {
		pos = t.Pos
		out = append(out, &analysis.Token{Term: []byte(t.Light), Start: t.Start, End: t.End, Position: pos, Type: analysis.AlphaNumeric})
		if t.StemTerm != "" {
			out = append(out, &analysis.Token{Term: []byte(t.StemTerm), Start: t.Start, End: t.End, Position: pos, Type: analysis.AlphaNumeric})
		}
	}, func(t Token) {
		out = append(out, &analysis.Token{Term: []byte(JoinedPrefix + t.Light), Start: t.Start, End: t.End, Position: pos, Type: analysis.AlphaNumeric})
	})
	return out
}

func init() {
	// bleve finds analyzers by name in its registry when it opens an
	// index, so registration cannot wait for a constructor call.
	err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return TextAnalyzer{}, nil
	})
	if err != nil {
		panic(err)
	}
}
