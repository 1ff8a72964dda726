package webtest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Lint checks a page's HTML for the faults the audits found on our pages,
// without a browser or Java, so that every test of a page can afford it:
// ids that are empty, hold whitespace or repeat; references (for=,
// aria-labelledby=, aria-describedby=, href="#…") to ids that are not
// there; a <time datetime> that is not a date; an interactive control
// inside another, or inside role="img"; aria-label on a <div> or <span>
// without a role. It returns one line a fault.
func Lint(page []byte) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return []string{"parse: " + err.Error()}
	}
	l := &linter{ids: map[string]int{}}
	l.walk(doc, nil)
	for id, n := range l.ids {
		if n > 1 {
			l.faultf("id %q is used %d times", id, n)
		}
	}
	for _, ref := range l.refs {
		if l.ids[ref.id] == 0 {
			l.faultf("%s=%q names no element", ref.attr, ref.id)
		}
	}
	return l.faults
}

type linter struct {
	ids    map[string]int
	refs   []idRef
	faults []string
}

type idRef struct{ attr, id string }

func (l *linter) faultf(format string, args ...any) {
	l.faults = append(l.faults, fmt.Sprintf(format, args...))
}

// datetimeValue is what our pages put in <time datetime>: a year, a month
// or a day.
var datetimeValue = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// walk visits n; inside is the interactive element or role="img" that n
// is within, if any.
func (l *linter) walk(n *html.Node, inside *html.Node) {
	if n.Type == html.ElementNode {
		l.element(n, inside)
		if isInteractive(n) || attr(n, "role") == "img" {
			inside = n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l.walk(c, inside)
	}
}

func (l *linter) element(n *html.Node, inside *html.Node) {
	if id, ok := attrOK(n, "id"); ok {
		if id == "" || strings.ContainsAny(id, " \t\n\r\f") {
			l.faultf("<%s id=%q>: an id must be non-empty, without whitespace", n.Data, id)
		}
		l.ids[id]++
	}
	for _, a := range []string{"for", "aria-labelledby", "aria-describedby"} {
		for _, id := range strings.Fields(attr(n, a)) {
			l.refs = append(l.refs, idRef{a, id})
		}
	}
	if href := attr(n, "href"); strings.HasPrefix(href, "#") && len(href) > 1 && n.Data == "a" {
		l.refs = append(l.refs, idRef{"href", href[1:]})
	}
	if dt, ok := attrOK(n, "datetime"); ok && n.Data == "time" && !datetimeValue.MatchString(dt) {
		l.faultf("<time datetime=%q>: not a date", dt)
	}
	if inside != nil && isInteractive(n) {
		l.faultf("<%s> inside <%s%s>: an interactive control must not be nested", describe(n), inside.Data, roleOf(inside))
	}
	if _, ok := attrOK(n, "aria-label"); ok && (n.Data == "div" || n.Data == "span") && attr(n, "role") == "" {
		l.faultf("<%s aria-label=%q> without a role", n.Data, attr(n, "aria-label"))
	}
}

// isInteractive reports whether an element is a control a reader
// operates: a link, a form control, a summary. (A region made focusable
// to scroll by keyboard is not one.)
func isInteractive(n *html.Node) bool {
	switch n.Data {
	case "a":
		_, ok := attrOK(n, "href")
		return ok
	case "button", "select", "textarea", "summary", "iframe":
		return true
	case "input":
		return attr(n, "type") != "hidden"
	}
	return false
}

func describe(n *html.Node) string {
	if href := attr(n, "href"); href != "" {
		return n.Data + ` href="` + href + `"`
	}
	return n.Data
}

func roleOf(n *html.Node) string {
	if r := attr(n, "role"); r != "" {
		return ` role="` + r + `"`
	}
	return ""
}

func attr(n *html.Node, name string) string {
	v, _ := attrOK(n, name)
	return v
}

func attrOK(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}
