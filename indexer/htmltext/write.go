package htmltext

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Style says how Write turns elements into text.
type Style struct {
	Skip  []atom.Atom         // elements left out, with all they hold
	Block []atom.Atom         // elements that stand apart: Break before and after
	Break string              // "\n" for lines, "\n\n" for paragraphs
	Space func(string) string // what the text of a text node becomes
	// CellGap writes a space before each table cell (td, th).
	CellGap bool
	// Bullet starts each list item, without Markdown.
	Bullet string
	// Markdown writes headings and elements of class mgAiTitleTxt
	// (ModernGov's item titles) as "## ", bold as "**…**", items of
	// unordered lists as "- ", and ordered lists with the numbers a
	// browser draws, which are not in the text: <ol start="112"> gives
	// "112. Apologies", <ol type="a"> gives "a) …".
	Markdown bool
	// Number formats a list counter in a Word number format
	// ("lowerLetter", "upperLetter", "lowerRoman", "upperRoman"), for
	// Markdown's ordered lists.
	Number func(k int, format string) string
}

// Write writes the text of n and its descendants to b in style s: <br> as
// a line break, blocks between breaks, skipped elements left out.
func Write(b *strings.Builder, n *html.Node, s *Style) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(s.Space(n.Data))
		return
	case html.ElementNode:
	default:
		writeChildren(b, n, s)
		return
	}
	if slices.Contains(s.Skip, n.DataAtom) {
		return
	}
	if n.DataAtom == atom.Br {
		b.WriteByte('\n')
		return
	}
	if n.DataAtom == atom.Sup && footnoteMark(b.String(), n) {
		b.WriteByte(' ')
	}
	if n.DataAtom == atom.Button {
		// a control a browser draws as a box of its own: its label is
		// no part of the words beside it ("Search this site" then "Go")
		b.WriteByte(' ')
		writeChildren(b, n, s)
		b.WriteByte(' ')
		return
	}
	if s.CellGap && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		b.WriteByte(' ')
	}
	block := slices.Contains(s.Block, n.DataAtom)
	if block {
		b.WriteString(s.Break)
	}
	switch {
	case !s.Markdown:
		if n.DataAtom == atom.Li {
			b.WriteString(s.Bullet)
		}
	case isHeading(n.DataAtom), hasClass(n, "mgAiTitleTxt"):
		b.WriteString("## ")
	case n.DataAtom == atom.Li && !(n.Parent != nil && n.Parent.DataAtom == atom.Ol):
		b.WriteString("- ")
	case n.DataAtom == atom.B || n.DataAtom == atom.Strong:
		// kept as Markdown bold: a bold title run into its text is a title
		b.WriteString("**")
		writeChildren(b, n, s)
		b.WriteString("**")
		return
	}
	if s.Markdown && n.DataAtom == atom.Ol {
		writeOrderedList(b, n, s)
	} else {
		writeChildren(b, n, s)
	}
	if block {
		b.WriteString(s.Break)
	}
}

// footnoteMark reports whether sup, written after text, is a footnote's
// mark after a word ("Vantreight<sup>1</sup>"): a browser sets it apart
// above the line, but written straight after the word it would make one
// word of both ("vantreight1") that no search finds. A raised ordinal
// after a number ("25<sup>th</sup>") stays joined.
func footnoteMark(text string, sup *html.Node) bool {
	last, _ := utf8.DecodeLastRuneInString(text)
	var mark strings.Builder
	for c := sup.FirstChild; c != nil && mark.Len() < 16; c = c.NextSibling {
		if c.Type == html.TextNode {
			mark.WriteString(c.Data)
		} else if c.FirstChild != nil && c.FirstChild.Type == html.TextNode { // <sup><a href="#fn1">1</a></sup>
			mark.WriteString(c.FirstChild.Data)
		}
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(mark.String(), "[("))
	return unicode.IsLetter(last) && unicode.IsDigit(first)
}

func writeChildren(b *strings.Builder, n *html.Node, s *Style) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		Write(b, c, s)
	}
}

// writeOrderedList writes an <ol> with the numbers a browser draws.
func writeOrderedList(b *strings.Builder, n *html.Node, s *Style) {
	k, kind := 1, "1"
	for _, a := range n.Attr {
		switch a.Key {
		case "start":
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil {
				k = v
			}
		case "type":
			kind = a.Val
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			Write(b, c, s)
			continue
		}
		for _, a := range c.Attr {
			if a.Key == "value" {
				if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil {
					k = v
				}
			}
		}
		b.WriteByte('\n')
		switch kind {
		case "a":
			b.WriteString(s.Number(k, "lowerLetter") + ") ")
		case "A":
			b.WriteString(s.Number(k, "upperLetter") + ". ")
		case "i":
			b.WriteString(s.Number(k, "lowerRoman") + ") ")
		case "I":
			b.WriteString(s.Number(k, "upperRoman") + ". ")
		default:
			b.WriteString(strconv.Itoa(k) + ". ")
		}
		writeChildren(b, c, s)
		b.WriteByte('\n')
		k++
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// hasClass reports whether n has the CSS class c.
func hasClass(n *html.Node, c string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+c+" ") {
			return true
		}
	}
	return false
}
