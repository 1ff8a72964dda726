package query

import (
	"strings"

	bq "github.com/blevesearch/bleve/v2/search/query"
)

// Relaxation is how a query of several required parts can be loosened
// when it finds nothing or very little: any of Parts may be missing,
// Keep and Exclude still hold. The search layer ranks the items by how
// many parts they hold (see package search).
type Relaxation struct {
	Words   []string   // each part as the user typed it, for notices
	Parts   []bq.Query // the query of each part, in the same order
	Keep    []bq.Query // parts that stay required: field:value filters
	Exclude []bq.Query // excluded parts (-word)
	// Query is the loosened query: Keep, at least one of Parts, not
	// Exclude, with the optional clauses of nearness.
	Query bq.Query
}

// Relax returns the relaxation of query s, or nil when it has fewer than
// two parts that could be dropped (one word, one phrase, an OR). Words
// that form a synonym together ("looked after children") stay one part,
// unless the query is nothing else: then its words are the parts.
func Relax(s string, opts Options) (*Relaxation, error) {
	n, err := Parse(s)
	if err != nil {
		return nil, err
	}
	and, ok := n.(*And)
	if !ok {
		return nil, nil
	}
	b := builder{opts: opts}
	r := b.relax(b.joinSynonymRuns(and.Children))
	if len(r.Parts) < 2 {
		r = b.relax(and.Children)
	}
	if len(r.Parts) < 2 {
		return nil, nil
	}
	var q bq.Query = bq.NewDisjunctionQuery(r.Parts)
	if len(r.Keep) > 0 {
		q = bq.NewConjunctionQuery(append(append([]bq.Query(nil), r.Keep...), q))
	}
	q = withOptional(q, b.nearness(and.Children))
	if len(r.Exclude) > 0 {
		q = bq.NewBooleanQuery([]bq.Query{q}, nil, r.Exclude)
	}
	r.Query = q
	return r, nil
}

func (b builder) relax(children []Node) *Relaxation {
	r := &Relaxation{}
	for _, c := range children {
		if not, ok := c.(*Not); ok {
			if q := b.node(not.Child); q != nil {
				r.Exclude = append(r.Exclude, q)
			}
			continue
		}
		q := b.node(c)
		switch {
		case q == nil:
		case keywordOnly(c):
			r.Keep = append(r.Keep, q)
		default:
			r.Words = append(r.Words, typed(c))
			r.Parts = append(r.Parts, q)
		}
	}
	return r
}

// keywordOnly reports whether n searches only slug fields (council:kent).
func keywordOnly(n Node) bool {
	switch n := n.(type) {
	case *Term:
		return isKeyword(n.Field)
	case *Phrase:
		return isKeyword(n.Field)
	case *Prefix:
		return isKeyword(n.Field)
	case *Or:
		for _, c := range n.Children {
			if !keywordOnly(c) {
				return false
			}
		}
		return true
	case *And:
		for _, c := range n.Children {
			if !keywordOnly(c) {
				return false
			}
		}
		return true
	}
	return false
}

// typed is a part of the query as the user wrote it (near enough).
func typed(n Node) string {
	switch n := n.(type) {
	case *Term:
		return fieldPrefix(n.Field) + n.Text
	case *Phrase:
		return fieldPrefix(n.Field) + `"` + n.Text + `"`
	case *Prefix:
		return fieldPrefix(n.Field) + n.Text + "*"
	case *Or:
		return joinTyped(n.Children, " OR ")
	case *And:
		return "(" + joinTyped(n.Children, " ") + ")"
	case *Not:
		return "-" + typed(n.Child)
	}
	return n.String()
}

func joinTyped(ns []Node, sep string) string {
	parts := make([]string, len(ns))
	for i, c := range ns {
		parts[i] = typed(c)
	}
	return strings.Join(parts, sep)
}

// Words lists the words a query looks for in the text, as typed, in
// order and once each: words and the words of phrases, not those it
// excludes, stop words or field:value filters.
func Words(s string) ([]string, error) {
	n, err := Parse(s)
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	var walk func(Node)
	walk = func(n Node) {
		switch n := n.(type) {
		case *And:
			for _, c := range n.Children {
				walk(c)
			}
		case *Or:
			for _, c := range n.Children {
				walk(c)
			}
		case *Term, *Phrase:
			field, text := n.(interface{ fieldText() (string, string) }).fieldText()
			if isKeyword(field) {
				return
			}
			for _, t := range Tokens(text) {
				w := text[t.Start:t.End]
				if !t.Stop && !seen[t.Light] {
					seen[t.Light] = true
					out = append(out, w)
				}
			}
		}
	}
	walk(n)
	return out, nil
}

func (n *Term) fieldText() (string, string)   { return n.Field, n.Text }
func (n *Phrase) fieldText() (string, string) { return n.Field, n.Text }
