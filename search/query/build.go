package query

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// Analyzer is the text analyzer of the full-text fields (bleve's "en"). The
// builder uses it to drop words the index never holds (stop words) and to
// stem prefixes.
type Analyzer interface {
	Analyze([]byte) analysis.TokenStream
}

// Options tune Build.
type Options struct {
	Synonyms      *Synonyms // nil: no expansion
	Analyzer      Analyzer  // nil: words are taken as they are
	DecisionsOnly bool      // unqualified words search only the decisions
}

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
		return b.text(n.Field, n.Text, false)
	case *Phrase:
		return b.text(n.Field, n.Text, true)
	case *Prefix:
		return b.prefix(n)
	}
	return bq.NewMatchNoneQuery() // unreachable: Parse makes only the nodes above
}

func (b builder) and(n *And) bq.Query {
	var must, mustNot []bq.Query
	for _, c := range b.joinSynonymRuns(n.Children) {
		if not, ok := c.(*Not); ok {
			if q := b.node(not.Child); q != nil {
				mustNot = append(mustNot, q)
			}
			continue
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
	if len(mustNot) == 0 && len(must) == 1 {
		return must[0]
	}
	return bq.NewBooleanQuery(must, nil, mustNot)
}

// text builds a word or phrase query on a field ("" = the default fields),
// expanding synonyms.
func (b builder) text(field, text string, phrase bool) bq.Query {
	if isKeyword(field) {
		q := bq.NewTermQuery(schema.Slug(text))
		q.SetField(userFields[field].index)
		return q
	}
	if group := b.opts.Synonyms.Lookup(text); group != nil {
		var alts []bq.Query
		seen := map[string]bool{}
		for _, member := range group {
			// members the analyzer makes identical ("care leaver",
			// "care leavers") need searching once
			key := b.analyzedKey(member)
			if seen[key] {
				continue
			}
			seen[key] = true
			multi := strings.Contains(member, " ")
			if q := b.fields(field, member, multi); q != nil {
				alts = append(alts, q)
			}
		}
		return disjunction(alts)
	}
	return b.fields(field, text, phrase)
}

// fields searches text in one field or across the default fields.
func (b builder) fields(field, text string, phrase bool) bq.Query {
	if b.opts.Analyzer != nil && len(b.opts.Analyzer.Analyze([]byte(text))) == 0 {
		return nil // only stop words
	}
	var alts []bq.Query
	for _, f := range b.targets(field) {
		var q bq.Query
		if phrase {
			mp := bq.NewMatchPhraseQuery(text)
			mp.SetField(f.Name)
			mp.SetBoost(f.Boost)
			q = mp
		} else {
			m := bq.NewMatchQuery(text)
			m.SetField(f.Name)
			m.SetBoost(f.Boost)
			m.SetOperator(bq.MatchQueryOperatorAnd)
			q = m
		}
		alts = append(alts, q)
	}
	return disjunction(alts)
}

// prefix matches terms beginning with the prefix as typed. The index holds
// stems ("recruitment" is stored as "recruit"), so a prefix longer than the
// stem would miss: the builder also takes the prefix's own stem, and the
// prefix cut short by up to maxStemCut characters as exact terms.
func (b builder) prefix(n *Prefix) bq.Query {
	text := strings.ToLower(n.Text)
	if isKeyword(n.Field) {
		q := bq.NewPrefixQuery(text)
		q.SetField(userFields[n.Field].index)
		return q
	}
	prefixes := []string{text}
	if b.opts.Analyzer != nil {
		if ts := b.opts.Analyzer.Analyze([]byte(text)); len(ts) == 1 && string(ts[0].Term) != text {
			prefixes = append(prefixes, string(ts[0].Term))
		}
	}
	var cuts []string
	r := []rune(text)
	for k := 1; k <= maxStemCut && len(r)-k >= MinPrefixLength; k++ {
		if cut := string(r[:len(r)-k]); !hasAnyPrefix(cut, prefixes) {
			cuts = append(cuts, cut)
		}
	}
	var alts []bq.Query
	for _, f := range b.targets(n.Field) {
		for _, p := range prefixes {
			q := bq.NewPrefixQuery(p)
			q.SetField(f.Name)
			q.SetBoost(f.Boost)
			alts = append(alts, q)
		}
		for _, c := range cuts {
			q := bq.NewTermQuery(c)
			q.SetField(f.Name)
			q.SetBoost(f.Boost)
			alts = append(alts, q)
		}
	}
	return disjunction(alts)
}

// maxStemCut is the longest suffix stemming removes that a prefix search
// makes up for ("-ment", "-ing", "-ion").
const maxStemCut = 4

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func (b builder) targets(field string) []textField {
	if field != "" {
		return []textField{{userFields[field].index, 1}}
	}
	if b.opts.DecisionsOnly {
		return []textField{{FieldDecisions, 1}}
	}
	return defaultFields
}

func isKeyword(field string) bool {
	return field != "" && userFields[field].keyword
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
