package indexer

import (
	"regexp"
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

// furnitureHeading is the title of a box a site's template puts inside its
// content area around the text it publishes: sharing links, related pages,
// the committee's other meetings, a contents list, a feedback question.
var furnitureHeading = regexp.MustCompile(`(?i)^(?:share (?:this|on)\b.*|related (?:documents|pages|links|content|information|posts|items|news|meetings)|other meetings(?: of (?:this|the) (?:committee|council|panel|board))?|(?:recent|latest) (?:posts|news|minutes|meetings)|(?:useful|quick) links|was this (?:page|information) (?:helpful|useful)\??|follow us\b.*|on this page|in this section)$`)

// detachFurniture takes out of root the boxes a template puts beside the
// minutes inside the content area, each headed by a furniture heading
// ("Share this page", "Related documents", "Other meetings"): the
// heading's parent when the heading opens it and it holds no other
// heading and little text (a box of links), else the heading and what
// follows it up to the next heading. Left in, their
// headings were read as items after the minutes' last. Their lines come
// back to be kept with the meeting, searchable, as the page's chrome is.
func detachFurniture(root *html.Node) []string {
	var marked []*html.Node
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || !isHeadingAtom(n.DataAtom) ||
			!furnitureHeading.MatchString(strings.Trim(collapseSpace(nodeText(n)), " :")) {
			continue
		}
		if box := n.Parent; box != nil && box != root && box.DataAtom != atom.Body && firstElement(box) == n && headings(box) == 1 &&
			len(collapseSpace(nodeText(box))) <= 600 && !holdsItemTable(box) {
			marked = append(marked, box)
			continue
		}
		marked = append(marked, n)
		for s := n.NextSibling; s != nil && !(s.Type == html.ElementNode && isHeadingAtom(s.DataAtom)); s = s.NextSibling {
			if !holdsItemTable(s) {
				marked = append(marked, s)
			}
		}
	}
	// a box inside another marked one is taken with it
	keep := marked[:0]
	for _, n := range marked {
		inside := false
		for _, o := range marked {
			if o != n && isAncestor(o, n) {
				inside = true
				break
			}
		}
		if !inside {
			keep = append(keep, n)
		}
	}
	return detachLines(keep)
}

// firstElement is n's first child element, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// headings counts the heading elements n holds.
func headings(n *html.Node) int {
	k := 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && isHeadingAtom(d.DataAtom) {
			k++
		}
	}
	return k
}

// isHeadingAtom reports an HTML heading element, h1 to h6.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isAncestor reports whether a holds d.
func isAncestor(a, d *html.Node) bool {
	for p := d.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}
