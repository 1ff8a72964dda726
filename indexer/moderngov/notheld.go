package moderngov

import (
	"bytes"
	"regexp"

	nethtml "golang.org/x/net/html"
)

// meetingNotice matches a page's notice that its meeting was not held:
// "This meeting has been cancelled.", "Meeting postponed", "the meeting
// was withdrawn". Sites print it in the page's body, under an ordinary
// "Agenda for … on …" title, where notHeldIn(title) does not see it.
var meetingNotice = regexp.MustCompile(`(?i)\bmeeting\s+(?:(?:has|had)\s+been\s+|was\s+|is\s+)?(cancell?ed|postponed|withdrawn|not\s+held|did\s+not\s+take\s+place)\b`)

// pageNotHeld returns how a documents page says its meeting was not held
// ("cancelled"), from its title's status or its notice, or "". It is asked
// only of pages without minutes: an item's text may well speak of a
// meeting postponed.
func pageNotHeld(title string, body []byte) string {
	if nh := notHeldIn(title); nh != "" {
		return nh
	}
	doc, err := parsePage(body)
	if err != nil {
		return ""
	}
	var text bytes.Buffer
	for n := range doc.Descendants() {
		if n.Type == nethtml.TextNode && !inScript(n) {
			text.WriteString(n.Data)
			text.WriteByte(' ')
		}
	}
	m := meetingNotice.FindSubmatch(bytes.Join(bytes.Fields(text.Bytes()), []byte(" ")))
	if m == nil {
		return ""
	}
	return notHeldIn(string(m[1]))
}

// inScript reports whether a text node is a script's or a style's.
func inScript(n *nethtml.Node) bool {
	p := n.Parent
	return p != nil && p.Type == nethtml.ElementNode && (p.Data == "script" || p.Data == "style")
}
