package query

import (
	"fmt"
	"strings"
	"unicode"
)

// tokenKind says what a token of the query string is.
type tokenKind int

const (
	tokWord   tokenKind = iota // a word, possibly ending in *
	tokPhrase                  // a "quoted phrase" (text without the quotes)
	tokField                   // a field name followed by ':'
	tokLParen                  // (
	tokRParen                  // )
	tokOr                      // OR or |
	tokAnd                     // AND (the default, accepted and ignored)
	tokNot                     // NOT or a leading -
	tokMust                    // a leading +
)

// token is one lexical unit with its 1-based rune position in the query.
type token struct {
	kind tokenKind
	text string
	pos  int
}

// lex splits a query string into tokens. It fails only on an unterminated
// phrase.
func lex(s string) ([]token, error) {
	rs := []rune(s)
	var toks []token
	for i := 0; i < len(rs); {
		r := rs[i]
		pos := i + 1
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(':
			toks = append(toks, token{tokLParen, "(", pos})
			i++
		case r == ')':
			toks = append(toks, token{tokRParen, ")", pos})
			i++
		case r == '|':
			toks = append(toks, token{tokOr, "|", pos})
			i++
		case isQuote(r):
			end := i + 1
			for end < len(rs) && !isQuote(rs[end]) {
				end++
			}
			if end >= len(rs) {
				return nil, fmt.Errorf("%w: unterminated phrase starting at position %d", ErrSyntax, pos)
			}
			toks = append(toks, token{tokPhrase, string(rs[i+1 : end]), pos})
			i = end + 1
		case (r == '-' || r == '+') && startsOperand(rs, i+1):
			kind := tokNot
			if r == '+' {
				kind = tokMust
			}
			toks = append(toks, token{kind, string(r), pos})
			i++
		default:
			end := i
			for end < len(rs) && isWordRune(rs[end]) {
				if rs[end] == ':' {
					break
				}
				end++
			}
			word := string(rs[i:end])
			if end < len(rs) && rs[end] == ':' && isFieldName(word) {
				toks = append(toks, token{tokField, strings.ToLower(word), pos})
				i = end + 1
				continue
			}
			// not a field: a colon is part of the word ("4:00")
			for end < len(rs) && isWordRune(rs[end]) {
				end++
			}
			word = string(rs[i:end])
			switch word {
			case "OR":
				toks = append(toks, token{tokOr, word, pos})
			case "AND":
				toks = append(toks, token{tokAnd, word, pos})
			case "NOT":
				toks = append(toks, token{tokNot, word, pos})
			case "-", "+":
				// a lone dash or plus, as in "Staffing - update": punctuation
			default:
				toks = append(toks, token{tokWord, word, pos})
			}
			i = end
		}
	}
	return toks, nil
}

// startsOperand reports whether a term, phrase or group begins at rs[i], so
// that a preceding - or + is an operator rather than punctuation.
func startsOperand(rs []rune, i int) bool {
	if i >= len(rs) {
		return false
	}
	r := rs[i]
	return r == '(' || isQuote(r) || (isWordRune(r) && r != '-' && r != '+')
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

func isWordRune(r rune) bool {
	return !unicode.IsSpace(r) && r != '(' && r != ')' && r != '|' && !isQuote(r)
}

// isFieldName reports whether s looks like a field name: letters only.
func isFieldName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '_' {
			return false
		}
	}
	return true
}
