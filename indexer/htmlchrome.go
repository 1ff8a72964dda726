package indexer

import (
	"strings"

	"github.com/councilminutes/minutes/search/schema"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// contentIDs are the ids that name a page's content area: ModernGov's
// first, then those of councils' own templates around it.
var contentIDs = [][]string{{"modgov", "mgContent"}, {"content", "main-content", "maincontent", "main"}}

// findContent returns the page's content area: ModernGov's element
// (id="modgov"), else <main> or role="main", else an element with a
// content id ("content", "main-content") of the council's template, else
// <body>, else the document. A page of an old template without the
// ModernGov id had its breadcrumbs read as agenda items ("1. Home",
// "2. Council and democracy").
func findContent(doc *html.Node) *html.Node {
	var byID [2]*html.Node
	var main, body *html.Node
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for i, ids := range contentIDs {
			if id := attrValue(n, "id"); byID[i] == nil && id != "" && oneOfFold(ids, id) {
				byID[i] = n
			}
		}
		switch {
		case main == nil && (n.DataAtom == atom.Main || strings.EqualFold(attrValue(n, "role"), "main")):
			main = n
		case n.DataAtom == atom.Body && body == nil:
			body = n
		}
	}
	for _, n := range []*html.Node{byID[0], main, byID[1], body} {
		if n != nil {
			return n
		}
	}
	return doc
}

// chromeRoles and chromeMarks are how a template marks its chrome: ARIA
// landmarks, and words in class and id names.
var (
	chromeRoles = []string{"banner", "navigation", "contentinfo", "search"}
	chromeMarks = []string{"breadcrumb", "cookie", "skip-link", "skiplink", "navbar", "menu", "masthead", "site-header", "site-footer"}
)

// detachMarkedChrome takes out of root the chrome a template marks as
// such inside the content area, or around the items when no content area
// was found: elements with a landmark role of banner, navigation or
// footer, elements whose class or id names breadcrumbs, a cookie notice
// or a menu, and the <footer> of the page's body and its <header> when
// that holds links. Nothing
// that holds the ModernGov item table is taken. Their lines come back to
// be kept with the meeting, searchable, as the chrome around the content
// area is.
func detachMarkedChrome(root *html.Node) []string {
	var marked []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := range n.ChildNodes() {
			if c.Type != html.ElementNode {
				continue
			}
			if isMarkedChrome(c) && !holdsItemTable(c) {
				marked = append(marked, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return detachLines(marked)
}

// isMarkedChrome reports whether an element is marked as chrome.
func isMarkedChrome(n *html.Node) bool {
	if n.Parent != nil && n.Parent.DataAtom == atom.Body {
		// the site's footer; the site's header, with its links (a page
		// whose <header> holds only the minutes' heading keeps it)
		if n.DataAtom == atom.Footer || n.DataAtom == atom.Header && holdsLink(n) {
			return true
		}
	}
	if oneOfFold(chromeRoles, attrValue(n, "role")) {
		return true
	}
	names := strings.ToLower(attrValue(n, "class") + " " + attrValue(n, "id"))
	for _, w := range chromeMarks {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// holdsLink reports whether n holds a link.
func holdsLink(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// holdsItemTable reports whether n is or holds a ModernGov item table.
func holdsItemTable(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Table && hasClass(d, "mgItemTable") {
			return true
		}
	}
	return hasClass(n, "mgItemTable")
}

// movePageLabels moves the "Minutes:" sub-heading of a ModernGov web
// page from the end of its items' agenda text, where buildItem keeps the
// label that parts the agenda from the minute, to the head of the minute
// it stands over on the page, as "Decision:" is kept. At the end of the
// agenda it showed on every item as a stray "Minutes:" (and as the whole
// agenda of an item without one); left out, its words were lost.
// (Printed to PDF, the label is left where buildItem puts it.)
func movePageLabels(items []schema.Item) {
	for i := range items {
		it := &items[i]
		rest, ok := strings.CutSuffix(strings.TrimSpace(it.Agenda), minutesLabel)
		if !ok || strings.TrimSpace(it.Text) == "" {
			continue
		}
		it.Agenda = strings.TrimSpace(rest)
		it.Text = minutesLabel + " " + strings.TrimSpace(it.Text)
	}
}

// minutesLabel is ModernGov's sub-heading over an item's minute.
const minutesLabel = "Minutes:"

// attrValue returns the value of n's attribute key, or "".
func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// oneOfFold reports whether list holds s, ignoring case.
func oneOfFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
