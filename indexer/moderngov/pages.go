package moderngov

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/councilminutes/minutes/indexer/htmltext"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML pages of a ModernGov site that the fallback reads.
const (
	committeesPage = "mgListCommittees.aspx"
	meetingsPage   = "ieListMeetings.aspx"
	documentsPage  = "ieListDocuments.aspx"
)

// link is one <a href> of a page, resolved against the site.
type link struct {
	URL  *url.URL
	Text string
}

// pageLinks returns the links of an HTML page, made absolute against the
// site (http:// links on the site's host upgraded to its scheme).
func pageLinks(body []byte, site *url.URL) []link {
	doc, err := nethtml.Parse(bytes.NewReader(body))
	if err != nil {
		return nil
	}
	var out []link
	for n := range doc.Descendants() {
		if n.Type != nethtml.ElementNode || n.DataAtom != atom.A {
			continue
		}
		href := attr(n, "href")
		if href == "" {
			continue
		}
		abs, ok := resolveURL(site, href)
		if !ok {
			continue
		}
		u, err := url.Parse(abs)
		if err != nil {
			continue
		}
		out = append(out, link{URL: u, Text: cleanText(nodeText(n))})
	}
	return out
}

// parseCommitteesPage reads the committees listed on mgListCommittees.aspx:
// links to mgCommitteeDetails.aspx?ID= or ieListMeetings.aspx?CommitteeId=.
func parseCommitteesPage(body []byte, site *url.URL) []committee {
	seen := map[string]bool{}
	var out []committee
	for _, l := range pageLinks(body, site) {
		page := strings.ToLower(path.Base(l.URL.Path))
		var id string
		switch page {
		case "mgcommitteedetails.aspx":
			id = queryValue(l.URL, "id")
		case "ielistmeetings.aspx":
			id = queryValue(l.URL, "committeeid", "cid")
		}
		if id == "" || l.Text == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, committee{ID: id, Title: l.Text})
	}
	return out
}

// parseMeetingsPage reads the meetings listed on ieListMeetings.aspx:
// links to ieListDocuments.aspx?CId=&MId= whose text gives the date.
func parseMeetingsPage(body []byte, site *url.URL) []meetingRef {
	seen := map[string]bool{}
	var out []meetingRef
	for _, l := range pageLinks(body, site) {
		if !strings.EqualFold(path.Base(l.URL.Path), documentsPage) {
			continue
		}
		id := queryValue(l.URL, "mid")
		d, ok := findTextDate(l.Text)
		if id == "" || !ok || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, meetingRef{ID: id, Date: d})
	}
	return out
}

// pagePrintedMinutes finds the "Printed minutes" PDF linked from an
// ieListDocuments page. Other links titled "Minutes…" on the page belong to
// items (often the previous meeting's minutes), so only the printed
// minutes link counts.
func pagePrintedMinutes(body []byte, site *url.URL) (linkedDoc, bool) {
	for _, l := range pageLinks(body, site) {
		if strings.Contains(strings.ToLower(l.Text), "printed minutes") {
			return linkedDoc{Title: l.Text, URL: l.URL.String()}, true
		}
	}
	return linkedDoc{}, false
}

// queryValue returns the first of the named query parameters, ignoring
// the case of the names.
func queryValue(u *url.URL, names ...string) string {
	for k, v := range u.Query() {
		for _, name := range names {
			if strings.EqualFold(k, name) && len(v) > 0 {
				return strings.TrimSpace(v[0])
			}
		}
	}
	return ""
}

// attr returns the value of an element's attribute, or "".
func attr(n *nethtml.Node, name string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, name) {
			return a.Val
		}
	}
	return ""
}

// nodeText returns the text of n with paragraphs kept, as htmlToText does.
func nodeText(n *nethtml.Node) string {
	var b strings.Builder
	htmltext.Write(&b, n, &fragmentStyle)
	return tidy(b.String())
}
