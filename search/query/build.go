package query

import (
	"strings"
	"unicode/utf8"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// Options tune Build.
type Options struct {
	Synonyms      *Synonyms // nil: no expansion
	DecisionsOnly bool      // unqualified words search only the decisions
	// Words, when set, remembers the forms of the words a Marker reads in
	// texts (Marker.Spans), which are many; nil analyses each afresh.
	Words *Analyser
	// Texts reads the stop words of a phrase in the stored text, where the
	// index keeps them without positions (phrasetext.go); nil: every word
	// of the index has its positions.
	Texts FieldTexts
}

// Scoring weights of the clauses Build makes.
const (
	// lightBoost weighs a word's own form (up to a plural ending) against
	// its other forms with the same stem: "protection" finds "protected",
	// ranked lower.
	lightBoost = 2.0
	// maxGap is how many stop words may stand between two words of the
	// query for their nearness to count ("notice of motion").
	maxGap = 2
)

// Compile parses s and builds its bleve query.
func Compile(s string, opts Options) (bq.Query, error) {
	n, err := Parse(s)
	if err != nil {
		return nil, err
	}
	return Build(n, opts), nil
}

// Build turns a parsed query into a bleve query. A query whose every word
// is a stop word matches nothing.
func Build(n Node, opts Options) bq.Query {
	b := builder{opts: opts}
	q := b.node(n)
	if q == nil {
		return bq.NewMatchNoneQuery()
	}
	return q
}

type builder struct{ opts Options }

// node builds one node; nil means "no constraint from here" (stop words).
func (b builder) node(n Node) bq.Query {
	switch n := n.(type) {
	case *All:
		return bq.NewMatchAllQuery()
	case *And:
		return b.and(n)
	case *Or:
		var alts []bq.Query
		for _, c := range n.Children {
			if q := b.node(c); q != nil {
				alts = append(alts, q)
			}
		}
		return disjunction(alts)
	case *Not:
		q := b.node(n.Child)
		if q == nil {
			return nil
		}
		return bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, []bq.Query{q})
	case *Term:
		return b.term(n.Field, n.Text)
	case *Phrase:
		return b.phrase(n.Field, n.Text)
	case *Prefix:
		return b.prefix(n)
	}
	return bq.NewMatchNoneQuery() // unreachable: Parse makes only the nodes above
}

// and requires every child, excludes the negated ones, and adds optional
// clauses that favour the words near each other.
func (b builder) and(n *And) bq.Query {
	var must, mustNot []bq.Query
	children := b.joinSynonymRuns(n.Children)
	for i := 0; i < len(children); i++ {
		c := children[i]
		if not, ok := c.(*Not); ok {
			if q := b.node(not.Child); q != nil {
				mustNot = append(mustNot, q)
			}
			continue
		}
		if i+1 < len(children) {
			if q := b.compound(c, children[i+1]); q != nil {
				must = append(must, q)
				i++
				continue
			}
		}
		if q := b.node(c); q != nil {
			must = append(must, q)
		}
	}
	if len(must) == 0 && len(mustNot) == 0 {
		return nil
	}
	if len(must) == 0 {
		must = []bq.Query{bq.NewMatchAllQuery()}
	}
	q := must[0]
	if len(must) > 1 {
		q = bq.NewConjunctionQuery(must)
	}
	optional := b.nearness(children)
	if t := b.inTitle(children); t != nil {
		optional = append(optional, t)
	}
	if l := b.inLead(children); l != nil {
		optional = append(optional, l)
	}
	q = b.passing(withOptional(q, optional), children)
	if len(mustNot) == 0 {
		return q
	}
	return bq.NewBooleanQuery([]bq.Query{q}, nil, mustNot)
}

// withOptional adds clauses that raise the score of the matches of q that
// they match, each by its own score: nested one by one, because bleve
// scales the clauses of one disjunction by the share of them matched.
func withOptional(q bq.Query, optional []bq.Query) bq.Query {
	for _, o := range optional {
		q = bq.NewBooleanQuery([]bq.Query{q}, []bq.Query{o}, nil)
	}
	return q
}

// term builds a word typed without quotes on a field ("" = the default
// fields), expanding synonyms. A word the analyser splits ("co-opted",
// "2019/20") is searched as the phrase of its parts, and a hyphenated one
// also as its parts run together ("coopted").
func (b builder) term(field, text string) bq.Query {
	if isKeyword(field) {
		return keywordTerm(field, text)
	}
	if group := b.opts.Synonyms.Lookup(text); group != nil {
		return b.group(field, group)
	}
	toks := Tokens(text)
	switch {
	case allStop(toks):
		return nil
	case len(toks) == 1 && (field != "" || !isYear(toks[0].Term)):
		return withJoined(newWordQuery(b.wordTargets(field), toks[0], false), toks[0])
	case len(toks) == 1:
		return b.word(field, toks[0])
	}
	q := b.exact(field, toks)
	if j, ok := hyphenated(text); ok {
		// "cross-cutting" finds "crosscutting" too, written so or read so
		// from a PDF that broke the line at its hyphen: one word in both
		// spellings, so that the rarer is not scored as a rarer word
		return disjunction([]bq.Query{q, withJoined(newWordQuery(b.wordTargets(field), j, true), j)})
	}
	return q
}

// withJoined makes a word query also find the word written with hyphens
// ("crosscutting": "cross-cutting"), indexed run together with
// JoinedPrefix: another spelling of the word itself, of its weight.
func withJoined(q *wordQuery, t Token) *wordQuery {
	q.forms = append(q.forms, wordForm{JoinedPrefix + t.Light, 1})
	return q
}

// hyphenated returns the one word a typed hyphenated word makes run
// together ("cross-cutting": crosscutting), as the index holds it beside
// the parts (Analyser.EachJoined); ok is false for anything else.
func hyphenated(text string) (t Token, ok bool) {
	var c compounds
	words := 0
	scanWords(text, func(w string, start, end int) bool {
		words++
		c.add(text, w, start, end, func(string, int, int) {})
		return true
	})
	if c.parts != words {
		return Token{}, false
	}
	c.flush(func(j string, _, _ int) {
		if toks := Tokens(j); len(toks) == 1 && !toks[0].Stop {
			t, ok = toks[0], true
		}
	})
	return t, ok
}

// phrase builds a quoted phrase: its words in this order, stop words
// included, each in its light form (so "care leavers" finds "care
// leaver"), or any member of its synonym group, each as exact.
func (b builder) phrase(field, text string) bq.Query {
	if isKeyword(field) {
		return keywordTerm(field, text)
	}
	if group := b.opts.Synonyms.Lookup(text); group != nil {
		return b.group(field, group)
	}
	toks := Tokens(text)
	if allStop(toks) {
		// a phrase of stop words only ("of the") is ignored as the words
		// are unquoted: the body fields keep no positions of stop words
		// (engine.textTerms), so only reading the text of nearly every
		// item could match it, which ran past the search timeout
		return nil
	}
	return b.exact(field, toks)
}

// group matches any member of a synonym group, each as an exact phrase
// (or word).
func (b builder) group(field string, members []string) bq.Query {
	var alts []bq.Query
	seen := map[string]bool{}
	for _, m := range members {
		toks := Tokens(m)
		key := lightKey(toks)
		if seen[key] {
			continue // "care leaver" and "care leavers" are one search
		}
		seen[key] = true
		if q := b.exact(field, toks); q != nil {
			alts = append(alts, q)
		}
	}
	return disjunction(alts)
}

// word matches one word in its light form, or any word with the same
// stem, scored lower; a year also matches the items of meetings in that
// year (year.go).
func (b builder) word(field string, t Token) bq.Query {
	if field == "" && isYear(t.Term) {
		return newYearQuery(b.wordTargets(field), t)
	}
	return newWordQuery(b.wordTargets(field), t, false)
}

// forms matches a word in one field: its light form, weighed lightBoost
// times more than the other forms of its stem.
func forms(field string, boost float64, t Token) bq.Query {
	alts := []bq.Query{termQuery(field, t.Light, boost*lightBoost)}
	if t.Stem != "" {
		alts = append(alts, termQuery(field, StemPrefix+t.Stem, boost))
		if t.Stem != t.Light {
			alts = append(alts, termQuery(field, t.Stem, boost))
		}
	}
	return disjunction(alts)
}

// exact matches the tokens' light forms in a row.
func (b builder) exact(field string, toks []Token) bq.Query {
	if len(toks) == 0 {
		return nil
	}
	if len(toks) == 1 {
		return newWordQuery(b.wordTargets(field), toks[0], true)
	}
	var alts []bq.Query
	for _, f := range b.targets(field) {
		terms := make([]string, len(toks))
		for i, t := range toks {
			terms[i] = t.Light
		}
		p := newPhraseQuery(terms, f.Name)
		p.texts = b.opts.Texts
		p.SetBoost(f.Boost)
		alts = append(alts, p)
	}
	return disjunction(alts)
}

func (b builder) targets(field string) []textField {
	if field == "title" {
		return []textField{{FieldTitle, 1}, {FieldHeading, 1}} // a heading's title is a title too
	}
	if field != "" {
		return []textField{{userFields[field].index, 1}}
	}
	if b.opts.DecisionsOnly {
		return []textField{{FieldDecisions, 1}}
	}
	return defaultFields
}

// wordTargets are the fields a word is scored in as one (bm25f.go), with
// their weights in the sum: wordFields for a word without a field.
func (b builder) wordTargets(field string) []textField {
	if field == "" && !b.opts.DecisionsOnly {
		return wordFields
	}
	return b.targets(field)
}

func keywordTerm(field, text string) bq.Query {
	if userFields[field].index == FieldPeople {
		return PersonQuery(text)
	}
	q := bq.NewTermQuery(schema.Slug(text))
	q.SetField(userFields[field].index)
	return q
}

func termQuery(field, term string, boost float64) bq.Query {
	q := bq.NewTermQuery(term)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

func isKeyword(field string) bool {
	return field != "" && userFields[field].keyword
}

func allStop(toks []Token) bool {
	for _, t := range toks {
		if !t.Stop {
			return false
		}
	}
	return true
}

// isYear reports whether a word is a year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

func disjunction(qs []bq.Query) bq.Query {
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return bq.NewDisjunctionQuery(qs)
}

// prefix matches words beginning with the prefix as typed (folded), or
// with its light form ("policies*" also finds "policy"), when that form
// is itself as long as a prefix may be: "ofs*" is not "of*", which would
// find every "office" and "officer".
func (b builder) prefix(n *Prefix) bq.Query {
	text := fold(n.Text)
	if isKeyword(n.Field) {
		q := bq.NewPrefixQuery(text)
		q.SetField(userFields[n.Field].index)
		return q
	}
	prefixes := []string{text}
	if toks := Tokens(n.Text); len(toks) == 1 && toks[0].Light != text && !strings.HasPrefix(toks[0].Light, text) &&
		utf8.RuneCountInString(toks[0].Light) >= MinPrefixLength {
		prefixes = append(prefixes, toks[0].Light)
	}
	var alts []bq.Query
	for _, f := range b.targets(n.Field) {
		for _, p := range prefixes {
			q := bq.NewPrefixQuery(p)
			q.SetField(f.Name)
			q.SetBoost(f.Boost)
			alts = append(alts, q)
		}
	}
	return disjunction(alts)
}
