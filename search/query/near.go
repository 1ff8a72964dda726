package query

import (
	"strings"

	bq "github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/unicode/norm"
)

// Normalise prepares a query string for parsing: Unicode NFKC, and every
// dash form as a hyphen, so that a pasted "–" works as "-". The acute
// accent typed for an apostrophe (O´Brien) is an apostrophe first: NFKC
// would make it a space and a combining accent, two words.
func Normalise(s string) string {
	s = strings.ReplaceAll(s, "´", "’")
	s = norm.NFKC.String(s)
	if !strings.ContainsFunc(s, func(r rune) bool { return r != '-' && isDash(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isDash(r) {
			return '-'
		}
		return r
	}, s)
}

// maxNearPairs bounds the nearness clauses of one query.
const maxNearPairs = 8

// nearness returns optional clauses that favour items where consecutive
// words of the query stand next to each other (with the stop words typed
// between them): "planning permission" ranks "planning permission" above
// "plans ... with the permission of the Chair".
func (b builder) nearness(children []Node) []bq.Query {
	var out []bq.Query
	for i := 0; i < len(children) && len(out) < maxNearPairs; i++ {
		first, ok := plainWord(children[i])
		if !ok || first.stop {
			continue
		}
		// the next word that is not a stop word, within maxGap stop words
		for j := i + 1; j < len(children) && j-i-1 <= maxGap; j++ {
			w, ok := plainWord(children[j])
			if !ok || w.field != first.field {
				break
			}
			if w.stop {
				continue
			}
			var toks []Token
			for _, c := range children[i : j+1] {
				toks = append(toks, Tokens(c.(*Term).Text)...)
			}
			out = append(out, b.near(first.field, toks)...)
			break
		}
	}
	return out
}

// near matches the tokens in a row, each in any form with its stem.
func (b builder) near(field string, toks []Token) []bq.Query {
	terms := make([][]string, len(toks))
	for i, t := range toks {
		terms[i] = []string{t.Light}
		if t.Stem != "" {
			terms[i] = append(terms[i], StemPrefix+t.Stem)
			if t.Stem != t.Light {
				terms[i] = append(terms[i], t.Stem)
			}
		}
	}
	fields := b.targets(field)
	if field == "" && !b.opts.DecisionsOnly {
		fields = nearFields // titles are short and texts long: nearness counts in these
	}
	var out []bq.Query
	for _, f := range fields {
		phrase := func() bq.Query { return newMultiPhraseQuery(terms, f.Name, b.opts.Texts) }
		words := subjectWords(toks)
		if f.Name != FieldTitle || len(words) < 2 {
			out = append(out, newNearQuery(f, toks, phrase()))
			continue
		}
		// a title's nearness: bareTitleShare of it always, the rest when
		// the body uses one of the words
		bare, rest := f, f
		bare.Boost *= bareTitleShare
		rest.Boost -= bare.Boost
		out = append(out, newNearQuery(bare, toks, phrase()),
			bq.NewConjunctionQuery([]bq.Query{newNearQuery(rest, toks, phrase()), inBodyAny(words)}))
	}
	return out
}

// A title naming the words together earns its whole nearness only when
// the item's body uses one of them too, and bareTitleShare of it when
// the body uses neither. Titles are short, so a title's nearness weighs
// much, and an item that is only its title ("Presentation of 'Rebuilding
// Ireland'" over "It was agreed to adjourn this item", a garda station's
// name over "See Item No. 6") outranked every item that discussed the
// subject. Some of it stays: a title may hold the first words of a motion
// its body goes on with. Only a pair of two subject words is held to
// this: a year, a stop word or a single letter ("O Ceallaigh") names no
// subject, and the title of a councillor's question names the councillor,
// whom its body need not name again.

// bareTitleShare is the share of a title's nearness that an item earns
// when its body holds none of the words: 0.3 and less dropped from the
// first 100 hits of "traffic calming" an item whose title begins a motion
// its body goes on with; 0.5 kept the same precision on the judged sets
// with less of their nDCG gain.
const bareTitleShare = 0.4

// subjectWords are the words of toks that name a subject: not stop
// words, years or single letters.
func subjectWords(toks []Token) []Token {
	var out []Token
	for _, t := range toks {
		if !t.Stop && !isYear(t.Term) && len([]rune(t.Term)) > 1 {
			out = append(out, t)
		}
	}
	return out
}

// inBodyAny matches items whose body (text or agenda) holds one of toks,
// in any form, without scoring.
func inBodyAny(toks []Token) bq.Query {
	var alts []bq.Query
	for _, t := range toks {
		for _, f := range []string{FieldText, FieldAgenda} {
			alts = append(alts, forms(f, 0, t))
		}
	}
	return disjunction(alts)
}

var nearFields = []textField{{FieldTitle, 3}, {FieldText, 2}}

// titleBonus is the weight of an optional clause matching items whose
// title holds every word of the query: a title that names the whole
// subject, not one word of it ("Economic Development and Planning" for
// "planning permission").
const titleBonus = 2.0

// inTitle returns the optional clause that favours items whose title holds
// every plain word of children, or nil when the query has other parts.
func (b builder) inTitle(children []Node) bq.Query {
	toks := b.bonusWords(children)
	if toks == nil {
		return nil
	}
	var all []bq.Query
	for _, t := range toks {
		all = append(all, forms(FieldTitle, titleBonus, t))
	}
	return bq.NewConjunctionQuery(append(all, inBody(toks)))
}

// bonusWords returns the words a title or lead bonus looks for: the first
// token of each word of children that is not a stop word. It returns nil
// (no bonus) when a child is anything but a plain word without a field (a
// phrase, a field:value, a +/- clause), when fewer than two such words
// remain, and when only decisions are searched.
func (b builder) bonusWords(children []Node) []Token {
	if b.opts.DecisionsOnly {
		return nil
	}
	var toks []Token
	for _, c := range children {
		w, ok := plainWord(c)
		switch {
		case !ok || w.field != "":
			return nil
		case w.stop:
			continue
		}
		toks = append(toks, Tokens(w.text)[0])
	}
	if len(toks) < 2 {
		return nil
	}
	return toks
}

// inBody matches items whose body (text or agenda) holds every one of
// toks, in any form, without scoring.
func inBody(toks []Token) bq.Query {
	var all []bq.Query
	for _, t := range toks {
		var alts []bq.Query
		for _, f := range []string{FieldText, FieldAgenda} {
			alts = append(alts, forms(f, 0, t))
		}
		all = append(all, disjunction(alts))
	}
	return bq.NewConjunctionQuery(all)
}

// compound matches two typed words also as the one word they make
// together, when the minutes write it so: "wind farm" finds "windfarm",
// "pot holes" finds "potholes". It returns nil when a and c are not two
// plain words.
func (b builder) compound(a, c Node) bq.Query {
	wa, ok1 := plainWord(a)
	wc, ok2 := plainWord(c)
	if !ok1 || !ok2 || wa.stop || wc.stop || wa.field != wc.field {
		return nil
	}
	if b.opts.Synonyms.Lookup(wa.text) != nil || b.opts.Synonyms.Lookup(wc.text) != nil {
		return nil
	}
	joined := Tokens(wa.text + wc.text)
	if len(joined) != 1 || joined[0].Stop {
		return nil
	}
	both := bq.NewConjunctionQuery([]bq.Query{b.term(wa.field, wa.text), b.term(wc.field, wc.text)})
	return bq.NewDisjunctionQuery([]bq.Query{both, b.word(wa.field, joined[0])})
}

// typedWord is a Term that is one word of text.
type typedWord struct {
	field, text string
	stop        bool
}

// plainWord reports whether n is a plain word on a text field: a Term
// that the analyser reads as one word.
func plainWord(n Node) (typedWord, bool) {
	t, ok := n.(*Term)
	if !ok || isKeyword(t.Field) {
		return typedWord{}, false
	}
	toks := Tokens(t.Text)
	if len(toks) != 1 {
		return typedWord{}, false
	}
	return typedWord{field: t.Field, text: t.Text, stop: toks[0].Stop}, true
}

// lightKey is a token list as a phrase search sees it.
func lightKey(toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Light
	}
	return strings.Join(parts, " ")
}
