package query

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
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
	// StemTerm is the index term of the stem, StemPrefix+Stem, where the
	// stem differs from the light form (the index has no such term
	// otherwise); "" elsewhere. Worked out once per word remembered.
	StemTerm string
	Start    int
	End      int
	Pos      int
}

// maxTermBytes caps a token: longer runs of letters are not words.
const maxTermBytes = 240

// Tokens splits text into words and analyses each. A word is a run of
// letters, digits and combining marks; an apostrophe of any form between
// two of them (O’Brien, O'Brien, Oʼ Brien without the space) is part of
// the word, and so is a full stop or comma between two digits (1,000 and
// 3.5). Everything else, hyphens and dashes included, separates words.
func Tokens(text string) []Token { return (*Analyser)(nil).Tokens(text) }

// Analyser gives the same tokens as Tokens, remembering the forms of the
// words it has seen (up to maxRemembered of them), so that a text of
// words met before costs no folding or stemming. It is safe for
// concurrent use; a nil *Analyser remembers nothing.
type Analyser struct {
	// seen is read without a lock and never changed: words worked out
	// since are kept in fresh (under mu), and now and then seen is
	// replaced by a copy with them.
	seen  atomic.Pointer[map[string]wordForms] // by the word as written
	mu    sync.Mutex
	fresh map[string]wordForms
}

// maxRemembered bounds an Analyser's memory: English minutes use far
// fewer distinct spellings; beyond it words are analysed each time.
const maxRemembered = 1 << 19

// wordForms is what analysis makes of one word as written.
type wordForms struct {
	term, light, stem, stemTerm string
	stop                        bool
}

// NewAnalyser returns an Analyser that remembers nothing yet.
func NewAnalyser() *Analyser {
	a := &Analyser{fresh: map[string]wordForms{}}
	a.seen.Store(&map[string]wordForms{})
	return a
}

// Tokens is Tokens with the words a remembers.
func (a *Analyser) Tokens(text string) []Token {
	return a.AppendTokens(make([]Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text to toks, as Tokens returns them.
func (a *Analyser) AppendTokens(toks []Token, text string) []Token {
	a.Each(text, func(t Token) { toks = append(toks, t) })
	return toks
}

// Each calls yield with each token of text in turn, the tokens Tokens
// returns, without keeping them: indexing reads a text's words once.
func (a *Analyser) Each(text string, yield func(Token)) { a.EachJoined(text, yield, nil) }

// EachJoined is Each that also calls joined, when it is not nil, with
// each hyphenated word of text run together ("cross-cutting" as
// "crosscutting", see compounds), after the tokens of its parts: a token
// of no position (Pos 0) spanning the parts. The index holds it beside
// the parts, so that a search for either spelling finds the word.
func (a *Analyser) EachJoined(text string, yield func(Token), joined func(Token)) {
	pos := 0
	var c compounds
	done := func(word string, start, end int) {
		if f := a.formsOf(word); f.term != "" && !f.stop {
			joined(Token{Term: f.term, Light: f.light, Stem: f.stem, StemTerm: f.stemTerm, Start: start, End: end})
		}
	}
	scanWords(text, func(word string, start, end int) bool {
		f := a.formsOf(word)
		if joined != nil {
			if f.term == "" {
				c.flush(done)
			} else {
				c.add(text, word, start, end, done)
			}
		}
		if f.term != "" {
			pos++
			yield(Token{Term: f.term, Light: f.light, Stem: f.stem, Stop: f.stop, StemTerm: f.stemTerm, Start: start, End: end, Pos: pos})
		}
		return true
	})
	if joined != nil {
		c.flush(done)
	}
}

// compounds gathers, from the words of a text in order, the words written
// as parts joined by hyphens with a letter among them ("cross-cutting",
// "self-assessment", "out-of-borough", "COVID-19"; not "2024-25"), each
// run together ("crosscutting"): the spelling of writers who leave the
// hyphen out, and of readers such as pdftotext that drop a hyphen at a
// line end, where a hyphen may also be a word's own soft break.
type compounds struct {
	first      string // the first part, until a second comes
	run        []byte // the parts run together, from the second on
	parts      int
	start, end int // byte offsets of the run in the text
}

// add takes the next word of text, at text[start:end], and calls done
// with the compound that ended before it, if any. Most words are no
// part of one, and cost a comparison.
func (c *compounds) add(text, word string, start, end int, done func(word string, start, end int)) {
	if c.parts > 0 && isJoiningHyphen(text[c.end:start]) {
		if c.parts == 1 {
			c.run = append(c.run[:0], c.first...)
		}
		c.run = append(c.run, word...)
		c.parts++
		c.end = end
		return
	}
	c.flush(done)
	c.first, c.parts, c.start, c.end = word, 1, start, end
}

// flush calls done with the compound being gathered, if it is one, and
// starts afresh.
func (c *compounds) flush(done func(word string, start, end int)) {
	if c.parts >= 2 && len(c.run) <= maxTermBytes && hasLetter(c.run) {
		done(string(c.run), c.start, c.end)
	}
	c.parts = 0
}

// isJoiningHyphen reports whether what stands between two words makes
// them one hyphenated word: a hyphen alone (-, ‐ or the non-breaking ‑),
// not a dash nor a hyphen with space around it.
func isJoiningHyphen(between string) bool {
	return between == "-" || between == "\u2010" || between == "\u2011"
}

func hasLetter(word []byte) bool {
	return bytes.ContainsFunc(word, unicode.IsLetter)
}

// eachUnless is Each for marking: a word skip returns true for is
// passed on as a token with its place and offsets only, unanalysed (no
// forms: no rule marks it). skip sees words that always make a token.
func (a *Analyser) eachUnless(text string, skip func(word string) bool, yield func(Token)) {
	pos := 0
	scanWords(text, func(word string, start, end int) bool {
		if skip(word) {
			pos++
			yield(Token{Start: start, End: end, Pos: pos})
			return true
		}
		f := a.formsOf(word)
		if f.term != "" {
			pos++
			yield(Token{Term: f.term, Light: f.light, Stem: f.stem, Stop: f.stop, StemTerm: f.stemTerm, Start: start, End: end, Pos: pos})
		}
		return true
	})
}

// scanWords calls yield with each word of text as written (apostrophes
// of every form as '), and its byte offsets, until yield returns false.
// A word whose term is empty (see analyseWord) is passed too and is no
// token.
func scanWords(text string, yield func(word string, start, end int) bool) {
	// The word being read is text[start:i] as long as it is spelled as
	// written; once it is not (an apostrophe form other than ', an
	// invalid byte), it is copied into buf and built there.
	var buf []byte
	copied := false
	start := -1
	current := func(i int) []byte {
		if copied {
			return buf
		}
		return []byte(text[start:i])
	}
	flush := func(end int) bool {
		if start < 0 {
			return true
		}
		word := text[start:end]
		if copied {
			word = string(buf)
		}
		more := yield(word, start, end)
		buf, copied = buf[:0], false
		start = -1
		return more
	}
	copyFrom := func(i int) {
		if !copied {
			buf = append(buf[:0], text[start:i]...)
			copied = true
		}
	}
	for i, r := range text {
		switch {
		case IsInvisible(r):
			// a soft hyphen or zero-width character is not there: a word
			// runs on through it ("envi\u00adronment" is environment),
			// as extraction drops them (indexer/clean.go)
			if start >= 0 {
				copyFrom(i)
			}
		case isLetterOrDigit(r):
			if start < 0 {
				start = i
			}
			if r == utf8.RuneError {
				copyFrom(i)
			}
			if copied {
				buf = utf8.AppendRune(buf, r)
			}
		case start >= 0 && isApostrophe(r) && followedBy(text, i, r, isLetterOrDigit):
			if r != '\'' {
				copyFrom(i)
			}
			if copied {
				buf = append(buf, '\'')
			}
		case start >= 0 && (r == '.' || r == ',') && lastIsDigit(current(i)) && followedBy(text, i, r, unicode.IsDigit):
			if copied {
				buf = utf8.AppendRune(buf, r)
			}
		default:
			if !flush(i) {
				return
			}
		}
	}
	flush(len(text))
}

// formsOf returns the forms of a word as written, remembered or worked
// out.
func (a *Analyser) formsOf(word string) wordForms {
	if a == nil {
		return analyseWord(word)
	}
	if f, ok := (*a.seen.Load())[word]; ok {
		return f
	}
	return a.learn(word)
}

// learn works out the forms of a word not in seen and remembers them.
func (a *Analyser) learn(word string) wordForms {
	a.mu.Lock()
	defer a.mu.Unlock()
	if f, ok := a.fresh[word]; ok {
		return f
	}
	f := analyseWord(word)
	seen := *a.seen.Load()
	if len(seen)+len(a.fresh) >= maxRemembered {
		return f
	}
	a.fresh[strings.Clone(word)] = f
	// a new seen once fresh has grown by a quarter of it: each word is
	// copied a few times in all
	if len(a.fresh) >= 64+len(seen)/4 {
		next := make(map[string]wordForms, len(seen)+len(a.fresh))
		for w, f := range seen {
			next[w] = f
		}
		for w, f := range a.fresh {
			next[w] = f
		}
		a.seen.Store(&next)
		a.fresh = map[string]wordForms{}
	}
	return f
}

// analyseWord folds a word, drops a possessive 's, caps its length and
// finds its light form and stem; term is "" when nothing is left.
func analyseWord(word string) wordForms {
	term := termOf(word)
	if term == "" {
		return wordForms{}
	}
	f := wordForms{term: term, light: lightOf(term), stop: stopWords[term]}
	if f.stop {
		return f
	}
	if out := snowball.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(term)}}); len(out) == 1 {
		f.stem = string(out[0].Term)
	}
	if f.stem != "" && f.stem != f.light {
		f.stemTerm = StemPrefix + f.stem
	}
	return f
}

// termOf is a word's term: folded, without a possessive 's, capped.
func termOf(word string) string {
	term := fold(word)
	term = strings.TrimSuffix(term, "'s")
	if len(term) > maxTermBytes {
		term = term[:maxTermBytes]
	}
	return term
}

// lightOf is a term's light form: the term itself for a stop word, else
// without an English plural ending.
func lightOf(term string) string {
	if stopWords[term] {
		return term
	}
	if out := pluralStemmer.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(term)}}); len(out) == 1 {
		return string(out[0].Term)
	}
	return term
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

// IsInvisible reports whether r is a character printed as nothing that
// copied text carries inside words: a soft hyphen, zero-width space or
// joiner, word joiner, byte-order mark.
func IsInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf { // ASCII has no marks and no other numbers
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
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

func lastIsDigit(s []byte) bool {
	r, n := utf8.DecodeLastRune(s)
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
