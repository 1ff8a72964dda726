package query

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text as the index and the query language see it.
// Start and End are byte offsets into the original text, Pos counts words
// from 1.
type Token struct {
	Term  string // folded: NFKC, lower case, accents and apostrophe forms folded, possessive 's dropped
	Light string // Term with an English plural ending taken off ("leavers" → "leaver"); Term for stop words
	Stem  string // Term stemmed by the Snowball English stemmer ("adoption" → "adopt"); "" for stop words
	Stop  bool   // an English stop word ("the", "of", "in" ...)
	Start int
	End   int
	Pos   int
}

// maxTermBytes caps a token: longer runs of letters are not words.
const maxTermBytes = 240

// Tokens splits text into words and analyses each. A word is a run of
// letters, digits and combining marks; an apostrophe of any form between
// two of them (O’Brien, O'Brien, Oʼ Brien without the space) is part of
// the word, and so is a full stop or comma between two digits (1,000 and
// 3.5). Everything else, hyphens and dashes included, separates words.
func Tokens(text string) []Token {
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
		case start >= 0 && (r == '.' || r == ',') && lastIsDigit(word.String()) && followedBy(text, i, r, unicode.IsDigit):
			word.WriteRune(r)
		default:
			flush(i)
		}
	}
	flush(len(text))
	stemTokens(toks)
	return toks
}

// stemTokens fills Light, Stem and Stop.
func stemTokens(toks []Token) {
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
}

func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = norm.NFKD.String(s) // compatibility forms apart, accents split off
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // an accent
		case isApostrophe(r):
			r = '\''
		case isDash(r):
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || (r >= 0x80 && unicode.IsNumber(r))
}

// isApostrophe covers the apostrophe and the marks printed for it: right
// and left single quotation marks, the modifier letter apostrophe, prime,
// grave and acute accents, and the full-width apostrophe.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '′', '`', '´', '＇', 'ʹ', '‛':
		return true
	}
	return false
}

// isDash covers the hyphen and the dashes: –, —, ‐, ‑, ‒, ―, −.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '‒', '―', '−', '﹣', '－':
		return true
	}
	return false
}

// followedBy reports whether the rune after the one at byte i (r) passes ok.
func followedBy(text string, i int, r rune, ok func(rune) bool) bool {
	next, n := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
	return n > 0 && ok(next)
}

func lastIsDigit(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && unicode.IsDigit(r)
}

// The stemmers and stop words of bleve's English analysis, used directly.
var (
	pluralStemmer = en.NewEnglishPluralStemmerFilter()
	snowball      = en.NewEnglishStemmerFilter()
	stopWords     = func() analysis.TokenMap {
		m := analysis.NewTokenMap()
		if err := m.LoadBytes(en.EnglishStopWords); err != nil {
			panic(err) // the list is compiled in
		}
		return m
	}()
)
