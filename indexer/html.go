package indexer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageTitleParts splits a page title such as "Agenda and minutes for
// Cabinet on Tuesday, 4th February, 2020, 10.00 am - Anytown Council".
var pageTitleParts = regexp.MustCompile(`\s+[-|–]\s+`)

// htmlSpace is a run of white space in an HTML text node.
var htmlSpace = regexp.MustCompile(`[ \t\r\n\f]+`)

// htmlText turns an HTML page of minutes into text lines: headings become
// Markdown headings, table cells, paragraphs and list items lines of
// their own. On a ModernGov page only the content area (id="modgov") is
// read, so menus and footers stay out; the page title comes first.
func htmlText(page string) (string, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	root := findContent(doc)
	var b strings.Builder
	if t := findFirst(doc, atom.Title); t != nil {
		for _, part := range pageTitleParts.Split(collapseSpace(nodeText(t)), -1) {
			b.WriteString(part + "\n")
		}
		b.WriteString("\n")
	}
	renderHTML(&b, root)
	return b.String(), nil
}

// findContent returns the ModernGov content element, else <main>, else
// <body>, else the document.
func findContent(doc *html.Node) *html.Node {
	var byID, main, body *html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if a.Key == "id" && (a.Val == "modgov" || a.Val == "mgContent") && byID == nil {
				byID = n
			}
		}
		switch {
		case n.DataAtom == atom.Main && main == nil:
			main = n
		case n.DataAtom == atom.Body && body == nil:
			body = n
		}
	}
	for _, n := range []*html.Node{byID, main, body} {
		if n != nil {
			return n
		}
	}
	return doc
}

// findFirst returns the first element of kind a, or nil.
func findFirst(doc *html.Node, a atom.Atom) *html.Node {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == a {
			return n
		}
	}
	return nil
}

// nodeText is the text of n and its descendants, as printed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// renderHTML writes the text of n, with line breaks at block boundaries.
func renderHTML(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(htmlSpace.ReplaceAllString(n.Data, " "))
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			renderHTML(b, c)
		}
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Head, atom.Nav, atom.Img, atom.Button, atom.Select, atom.Template:
		return
	case atom.Br:
		b.WriteByte('\n')
		return
	}
	block := htmlBlock(n.DataAtom)
	if block {
		b.WriteByte('\n')
	}
	switch {
	case n.DataAtom == atom.H1, n.DataAtom == atom.H2, n.DataAtom == atom.H3,
		n.DataAtom == atom.H4, n.DataAtom == atom.H5, n.DataAtom == atom.H6,
		hasClass(n, "mgAiTitleTxt"): // ModernGov's item title
		b.WriteString("## ")
	case n.DataAtom == atom.Li && !(n.Parent != nil && n.Parent.DataAtom == atom.Ol):
		b.WriteString("- ")
	case n.DataAtom == atom.B || n.DataAtom == atom.Strong:
		// kept as Markdown bold: a bold title run into its text is a title
		b.WriteString("**")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			renderHTML(b, c)
		}
		b.WriteString("**")
		return
	}
	if n.DataAtom == atom.Ol {
		renderOrderedList(b, n)
	} else {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			renderHTML(b, c)
		}
	}
	if block {
		b.WriteByte('\n')
	}
}

// renderOrderedList writes an <ol> with the numbers a browser draws,
// which are not in the text: <ol start="112"> gives "112. Apologies",
// <ol type="a"> gives "a) …".
func renderOrderedList(b *strings.Builder, n *html.Node) {
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
			renderHTML(b, c)
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
			b.WriteString(formatListNumber(k, "lowerLetter") + ") ")
		case "A":
			b.WriteString(formatListNumber(k, "upperLetter") + ". ")
		case "i":
			b.WriteString(formatListNumber(k, "lowerRoman") + ") ")
		case "I":
			b.WriteString(formatListNumber(k, "upperRoman") + ". ")
		default:
			b.WriteString(strconv.Itoa(k) + ". ")
		}
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			renderHTML(b, cc)
		}
		b.WriteByte('\n')
		k++
	}
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

// htmlBlock reports whether an element starts a line of its own.
func htmlBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Tr, atom.Td, atom.Th, atom.Table, atom.Ul, atom.Ol,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Dl, atom.Dt, atom.Dd, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Caption, atom.Hr, atom.Form, atom.Fieldset:
		return true
	}
	return false
}
