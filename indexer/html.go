package indexer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/indexer/htmltext"
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
// their own. Only the content area (ModernGov's id="modgov", else <main>)
// is read as the minutes, so the site's banner, menus and footer stay out
// of the items; the page title comes first. The site's text around the
// content area comes back apart, as chrome: it is kept with the meeting,
// searchable, as a PDF's running headers are, and may name the council.
func htmlText(page string) (text string, chrome []string, err error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", nil, fmt.Errorf("parse html: %w", err)
	}
	root := findContent(doc)
	var b strings.Builder
	if t := findFirst(doc, atom.Title); t != nil {
		for _, part := range pageTitleParts.Split(collapseSpace(nodeText(t)), -1) {
			b.WriteString(part + "\n")
		}
		b.WriteString("\n")
	}
	marked := detachMarkedChrome(root)
	marked = append(marked, detachFurniture(root)...)
	tail := detachAfterItems(root)
	htmltext.Write(&b, root, &pageStyle)
	around := append(chromeText(doc, root), marked...)
	return b.String(), append(around, tail...), nil
}

// detachAfterItems takes out of root what a ModernGov "Agenda and
// minutes" page prints after its item table (class mgItemTable): the
// meeting's "Additional documents" list, links to its reports pack. Left
// in, it was read as the last item's text. Its lines come back to be kept
// with the meeting, searchable, as the page's chrome is.
func detachAfterItems(root *html.Node) []string {
	var table *html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Table && hasClass(n, "mgItemTable") {
			table = n
			break
		}
	}
	if table == nil {
		return nil
	}
	var after []*html.Node
	for n := table; n != nil && n != root; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			after = append(after, s)
		}
	}
	return detachLines(after)
}

// detachLines takes nodes out of their tree and returns their text's
// non-empty lines, heading marks trimmed: text kept with the meeting,
// searchable, though it is no item's.
func detachLines(nodes []*html.Node) []string {
	var b strings.Builder
	for _, n := range nodes {
		n.Parent.RemoveChild(n)
		htmltext.Write(&b, n, &pageStyle)
		b.WriteString("\n")
	}
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = collapseSpace(strings.TrimLeft(l, "# ")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// hasClass reports whether n's class attribute names class.
func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+class+" ") {
			return true
		}
	}
	return false
}

// chromeText is the text of the page outside its content area root, one
// line per block, in the page's order.
func chromeText(doc, root *html.Node) []string {
	body := findFirst(doc, atom.Body)
	if body == nil || root == body || root == doc {
		return nil
	}
	holds := map[*html.Node]bool{} // root and the elements around it
	for n := root; n != nil; n = n.Parent {
		holds[n] = true
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			switch {
			case c == root:
			case holds[c]:
				walk(c)
			default:
				htmltext.Write(&b, c, &pageStyle)
				b.WriteString("\n")
			}
		}
	}
	walk(body)
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = collapseSpace(strings.TrimLeft(l, "# ")); l != "" {
			out = append(out, l)
		}
	}
	return out
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

// pageStyle is how a page of minutes becomes text lines: headings become
// Markdown headings, table cells, paragraphs and list items lines of
// their own; menus, a <select>'s options and images are left out (a
// button's label is read: accordions print their items' titles in
// buttons, and a cookie notice's are words of its page). So is
// <noscript>: a browser with scripts (the reader's) never shows it, the
// parser hands its content over as raw markup, and what it holds is a
// plea to enable scripts, not minutes. <details> is read, closed or open:
// its summary and body are the page's text.
var pageStyle = htmltext.Style{
	Skip: []atom.Atom{atom.Script, atom.Style, atom.Noscript, atom.Head, atom.Nav, atom.Img, atom.Select, atom.Template},
	Block: []atom.Atom{atom.P, atom.Div, atom.Li, atom.Tr, atom.Td, atom.Th, atom.Table, atom.Ul, atom.Ol,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Dl, atom.Dt, atom.Dd, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Caption, atom.Hr, atom.Form, atom.Fieldset},
	Break:    "\n",
	Space:    func(s string) string { return htmlSpace.ReplaceAllString(s, " ") },
	Markdown: true,
	Number:   formatListNumber,
}
