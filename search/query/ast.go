package query

import (
	"fmt"
	"strings"
)

// Node is one node of a parsed query: *And, *Or, *Not, *Term, *Phrase,
// *Prefix or *All.
type Node interface {
	String() string
}

// And matches what every one of its children matches.
type And struct{ Children []Node }

// Or matches what any one of its children matches.
type Or struct{ Children []Node }

// Not excludes what its child matches. It only appears inside And (or
// alone at the top, meaning "everything except").
type Not struct{ Child Node }

// Term is one word. Field is "" for the default text fields.
type Term struct {
	Field string
	Text  string
	Must  bool // written with a leading +
	Pos   int
}

// Phrase is a quoted phrase: its words must be adjacent and in order.
type Phrase struct {
	Field string
	Text  string
	Pos   int
}

// Prefix is a word ending in *: every term that starts with Text.
type Prefix struct {
	Field string
	Text  string
	Pos   int
}

// All matches every item: the empty query.
type All struct{}

func (n *And) String() string { return "AND(" + joinNodes(n.Children) + ")" }
func (n *Or) String() string  { return "OR(" + joinNodes(n.Children) + ")" }
func (n *Not) String() string { return "NOT(" + n.Child.String() + ")" }
func (n *All) String() string { return "ALL" }

func (n *Term) String() string {
	s := fieldPrefix(n.Field) + n.Text
	if n.Must {
		s = "+" + s
	}
	return s
}

func (n *Phrase) String() string { return fmt.Sprintf("%s%q", fieldPrefix(n.Field), n.Text) }
func (n *Prefix) String() string { return fieldPrefix(n.Field) + n.Text + "*" }

func fieldPrefix(f string) string {
	if f == "" {
		return ""
	}
	return f + ":"
}

func joinNodes(ns []Node) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.String()
	}
	return strings.Join(parts, " ")
}
