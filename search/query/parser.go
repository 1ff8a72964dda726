package query

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search/schema"
)

// ErrSyntax marks a query the parser cannot read. The search layer wraps it
// with its own ErrBadRequest.
var ErrSyntax = errors.New("query syntax")

// Limits on what one query may ask for.
const (
	MaxLength       = 1000 // runes
	MaxClauses      = 64   // terms, phrases and prefixes before synonym expansion
	MaxDepth        = 8    // nested parentheses
	MinPrefixLength = 3    // characters before a trailing *
)

// Parse reads a query string into a tree. An empty or blank query is *All.
func Parse(s string) (Node, error) {
	s = Normalise(s)
	if n := utf8.RuneCountInString(s); n > MaxLength {
		return nil, fmt.Errorf("%w: query is %d characters long, the limit is %d", ErrSyntax, n, MaxLength)
	}
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if len(toks) == 0 {
		return &All{}, nil
	}
	n, err := p.parseAnd("", 0)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		if t.kind == tokRParen {
			return nil, fmt.Errorf("%w: unbalanced parenthesis at position %d", ErrSyntax, t.pos)
		}
		return nil, fmt.Errorf("%w: unexpected %q at position %d", ErrSyntax, t.text, t.pos)
	}
	if n == nil {
		return &All{}, nil
	}
	return n, nil
}

// parser is a recursive-descent parser over the token list:
//
//	and   = or { [AND] or }
//	or    = unary { OR unary }
//	unary = [ - | + | NOT ] primary
//	primary = ( or ) | field: primary | "phrase" | word
type parser struct {
	toks    []token
	i       int
	clauses int
}

func (p *parser) peek() (token, bool) {
	if p.i >= len(p.toks) {
		return token{}, false
	}
	return p.toks[p.i], true
}

func (p *parser) parseAnd(field string, depth int) (Node, error) {
	var parts []Node
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokRParen {
			break
		}
		if t.kind == tokAnd {
			p.i++
			continue
		}
		if t.kind == tokOr {
			return nil, fmt.Errorf("%w: OR at position %d has nothing on its left", ErrSyntax, t.pos)
		}
		n, err := p.parseOr(field, depth)
		if err != nil {
			return nil, err
		}
		if n != nil {
			parts = append(parts, n)
		}
	}
	switch len(parts) {
	case 0:
		return nil, nil
	case 1:
		return parts[0], nil
	}
	return &And{Children: parts}, nil
}

// parseOr reads one operand and any alternatives joined to it by OR. OR
// binds tighter than the implicit AND, as in web search engines:
// "adoption OR fostering panel" is (adoption OR fostering) AND panel.
func (p *parser) parseOr(field string, depth int) (Node, error) {
	var alts []Node
	for {
		n, err := p.parseUnary(field, depth)
		if err != nil {
			return nil, err
		}
		if n != nil {
			alts = append(alts, n)
		}
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.i++
		if next, ok := p.peek(); !ok || next.kind == tokRParen || next.kind == tokOr || next.kind == tokAnd {
			return nil, fmt.Errorf("%w: OR at position %d has nothing on its right", ErrSyntax, t.pos)
		}
	}
	switch len(alts) {
	case 0:
		return nil, nil
	case 1:
		return alts[0], nil
	}
	return &Or{Children: alts}, nil
}

func (p *parser) parseUnary(field string, depth int) (Node, error) {
	t, _ := p.peek()
	switch t.kind {
	case tokNot, tokMust:
		p.i++
		next, ok := p.peek()
		if !ok || next.kind == tokOr || next.kind == tokRParen {
			return nil, fmt.Errorf("%w: %s at position %d is not followed by a term", ErrSyntax, t.text, t.pos)
		}
		n, err := p.parsePrimary(field, depth)
		if err != nil || n == nil {
			return n, err
		}
		if t.kind == tokNot {
			return &Not{Child: n}, nil
		}
		if term, ok := n.(*Term); ok {
			term.Must = true
		}
		return n, nil
	}
	return p.parsePrimary(field, depth)
}

func (p *parser) parsePrimary(field string, depth int) (Node, error) {
	t, _ := p.peek()
	p.i++
	switch t.kind {
	case tokLParen:
		if depth >= MaxDepth {
			return nil, fmt.Errorf("%w: parentheses nested deeper than %d at position %d", ErrSyntax, MaxDepth, t.pos)
		}
		n, err := p.parseAnd(field, depth+1)
		if err != nil {
			return nil, err
		}
		closing, ok := p.peek()
		if !ok || closing.kind != tokRParen {
			return nil, fmt.Errorf("%w: unbalanced parenthesis at position %d", ErrSyntax, t.pos)
		}
		p.i++
		if n == nil {
			return nil, fmt.Errorf("%w: empty parentheses at position %d", ErrSyntax, t.pos)
		}
		return n, nil
	case tokField:
		if _, ok := userFields[t.text]; !ok {
			return nil, fmt.Errorf("%w: unknown field %q at position %d (known: %s)", ErrSyntax, t.text, t.pos, strings.Join(FieldNames(), ", "))
		}
		next, ok := p.peek()
		if !ok || next.kind == tokOr || next.kind == tokRParen || next.kind == tokField || next.kind == tokNot || next.kind == tokMust {
			return nil, fmt.Errorf("%w: field %s: at position %d has no value", ErrSyntax, t.text, t.pos)
		}
		return p.parsePrimary(t.text, depth)
	case tokPhrase:
		if strings.TrimSpace(t.text) == "" {
			return nil, nil
		}
		if err := p.count(t); err != nil {
			return nil, err
		}
		if err := checkKind(field, t); err != nil {
			return nil, err
		}
		return &Phrase{Field: field, Text: t.text, Pos: t.pos}, nil
	case tokWord:
		if err := p.count(t); err != nil {
			return nil, err
		}
		if !strings.HasSuffix(t.text, "*") {
			if err := checkKind(field, t); err != nil {
				return nil, err
			}
		}
		return wordNode(field, t)
	case tokRParen:
		return nil, fmt.Errorf("%w: unbalanced parenthesis at position %d", ErrSyntax, t.pos)
	}
	return nil, fmt.Errorf("%w: unexpected %q at position %d", ErrSyntax, t.text, t.pos)
}

func (p *parser) count(t token) error {
	p.clauses++
	if p.clauses > MaxClauses {
		return fmt.Errorf("%w: too many terms (more than %d) at position %d", ErrSyntax, MaxClauses, t.pos)
	}
	return nil
}

// checkKind refuses a kind: value that is no kind of paper, as the kind=
// parameter does: the kinds are a closed list, so "kind:zzz" is a mistake
// to name rather than a search that finds nothing.
func checkKind(field string, t token) error {
	if userFields[field].index != FieldKind || schema.IsKind(strings.ToLower(strings.TrimSpace(t.text))) {
		return nil
	}
	return fmt.Errorf("%w: kind %q at position %d is not a kind of paper (known: %s)", ErrSyntax, t.text, t.pos, strings.Join(schema.Kinds, ", "))
}

// wordNode makes a Term or, for a word ending in *, a Prefix.
func wordNode(field string, t token) (Node, error) {
	star := strings.IndexRune(t.text, '*')
	if star < 0 {
		return &Term{Field: field, Text: t.text, Pos: t.pos}, nil
	}
	if star == 0 {
		return nil, fmt.Errorf("%w: leading wildcard refused at position %d", ErrSyntax, t.pos)
	}
	if star != len(t.text)-1 {
		return nil, fmt.Errorf("%w: * is allowed only at the end of a word at position %d", ErrSyntax, t.pos+utf8.RuneCountInString(t.text[:star]))
	}
	stem := t.text[:star]
	if utf8.RuneCountInString(stem) < MinPrefixLength {
		return nil, fmt.Errorf("%w: prefix %q at position %d is too short: give at least %d characters before *", ErrSyntax, t.text, t.pos, MinPrefixLength)
	}
	return &Prefix{Field: field, Text: stem, Pos: t.pos}, nil
}
