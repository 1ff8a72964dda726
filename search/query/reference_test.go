package query

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// referenceTokens is Tokens written plainly, word by word with the
// stemmers run over the whole text, as it was before the Analyser
// remembered words: the faster one must give exactly its tokens.
func referenceTokens(text string) []Token {
	var toks []Token
	var word strings.Builder
	start, pos := -1, 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		term := fold(word.String())
		term = strings.TrimSuffix(term, "'s")
		if term != "" {
			if len(term) > maxTermBytes {
				term = term[:maxTermBytes]
			}
			pos++
			toks = append(toks, Token{Term: term, Start: start, End: end, Pos: pos})
		}
		word.Reset()
		start = -1
	}
	for i, r := range text {
		switch {
		case isLetterOrDigit(r):
			if start < 0 {
				start = i
			}
			word.WriteRune(r)
		case start >= 0 && isApostrophe(r) && followedBy(text, i, r, isLetterOrDigit):
			word.WriteByte('\'')
		case start >= 0 && (r == '.' || r == ',') && lastIsDigit([]byte(word.String())) && followedBy(text, i, r, unicode.IsDigit):
			word.WriteRune(r)
		default:
			flush(i)
		}
	}
	flush(len(text))
	var light, stem analysis.TokenStream
	for i := range toks {
		t := &toks[i]
		t.Stop = stopWords[t.Term]
		t.Light = t.Term
		if !t.Stop {
			light = append(light, &analysis.Token{Term: []byte(t.Term), Position: i})
			stem = append(stem, &analysis.Token{Term: []byte(t.Term), Position: i})
		}
	}
	for _, t := range pluralStemmer.Filter(light) {
		toks[t.Position].Light = string(t.Term)
	}
	for _, t := range snowball.Filter(stem) {
		toks[t.Position].Stem = string(t.Term)
	}
	for i := range toks {
		if t := &toks[i]; t.Stem != "" && t.Stem != t.Light {
			t.StemTerm = StemPrefix + t.Stem
		}
	}
	return toks
}

// TestTokensAsReference checks Tokens and a remembering Analyser against
// referenceTokens on texts made of pieces that test the word rules.
func TestTokensAsReference(t *testing.T) {
	pieces := []string{"The", "care", "leavers", "Children’s", "children's", "O’Brien", "O'Brien", "Oʼ", "café", "CAFÉ",
		"naïve", "1,000", "3.5", "2019/20", "co-opted", "—", "'s", "s'", "’", "\xff", "\xe2\x80", "x\u0301y", "ﬁnance", "Ⅻ",
		"adopted", "adoption", "policies", "RESOLVED:", "(a)", " ", "  ", ".", ",", "'", "-", "\n", "９", "ｗｏｒｄ"}
	r := rand.New(rand.NewPCG(1, 2))
	a := NewAnalyser()
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		want := referenceTokens(text)
		for _, got := range [][]Token{Tokens(text), a.Tokens(text)} {
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q (valid UTF-8: %v):\n got %+v\nwant %+v", text, utf8.ValidString(text), got, want)
			}
		}
	}
}
