package moderngov

import (
	"net/url"
	"path"
	"regexp"
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
	docHomePage    = "ieDocHome.aspx"
	detailsPage    = "mgCommitteeDetails.aspx"
)

// link is one <a href> of a page, resolved against the site.
type link struct {
	URL  *url.URL
	Text string
	// Row is the text of the list item or table row the link is in, ""
	// outside one: a meeting's status is written beside its link.
	Row string
}

// pageLinks returns the links of an HTML page, made absolute against the
// site (http:// links on the site's host upgraded to its scheme).
func pageLinks(body []byte, site *url.URL) []link {
	doc, err := parsePage(body)
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
		out = append(out, link{URL: u, Text: cleanText(nodeText(n)), Row: rowText(n)})
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
		out = append(out, committee{ID: id, Title: l.Text, Link: l.URL.String()})
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
		d, ok := listedDate(l)
		if id == "" || !ok || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, meetingRef{ID: id, Date: d, NotHeld: notHeldIn(l.Row)})
	}
	return out
}

// listedDate is the date of a meeting listed on ieListMeetings.aspx: in
// its link's text ("Tuesday, 14th May, 2024 2.00 pm"), else in the row
// around the link, as sites that list the date in a cell of its own and
// link the committee's name do ("05/03/2024 | Schools Forum"). Such
// meetings were passed over, and their committee said to have none.
func listedDate(l link) (string, bool) {
	for _, s := range []string{l.Text, l.Row} {
		if d, ok := findTextDate(s); ok {
			return d, true
		}
		if d, ok := findNumericDate(s); ok {
			return d, true
		}
	}
	return "", false
}

// pagePrintedMinutes finds the "Printed minutes" (or "Printed draft
// minutes") PDF linked from an ieListDocuments page. Other links titled "Minutes…" on the page belong to
// items (often the previous meeting's minutes), so only the printed
// minutes link counts.
// A link titled otherwise ("Minutes", "View the minutes") counts when it
// leads to the file ModernGov prints them to: documents/g<meeting>/Printed
// minutes ….pdf.
func pagePrintedMinutes(body []byte, site *url.URL) (linkedDoc, bool) {
	links := pageLinks(body, site)
	for _, l := range links {
		if printedTitle.MatchString(l.Text) {
			return linkedDoc{Title: l.Text, URL: l.URL.String()}, true
		}
	}
	for _, l := range links {
		if printedFile.MatchString(l.URL.Path) {
			return linkedDoc{Title: orElse(l.Text, "Printed minutes"), URL: l.URL.String()}, true
		}
	}
	return linkedDoc{}, false
}

// printedFile matches the path of the file ModernGov prints a meeting's
// minutes to.
var printedFile = regexp.MustCompile(`(?i)/documents/g\d+/printed\s+(draft\s+)?minutes\b[^/]*$`)

// maxRowText bounds the text read around a link: a meeting's row is one
// line, and a whole page laid out in one table must not be read again for
// each of its links.
const maxRowText = 500

// rowText returns the text of the <li> or <tr> around n, if it is short.
func rowText(n *nethtml.Node) string {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != nethtml.ElementNode || (p.DataAtom != atom.Li && p.DataAtom != atom.Tr) {
			continue
		}
		var b strings.Builder
		for d := range p.Descendants() {
			if d.Type == nethtml.TextNode {
				b.WriteString(d.Data)
				b.WriteByte(' ')
				if b.Len() > maxRowText {
					return ""
				}
			}
		}
		return cleanText(b.String())
	}
	return ""
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

// answeredAt is the site as the answer res came from. A site that moved
// to another path redirects its pages there, and their relative links are
// relative to where the page is now: read against where it was asked for,
// they lead to the old path, where its documents are not.
func (f *fetcher) answeredAt(res *response) *url.URL {
	if res == nil || res.Final == "" || res.Final == res.URL {
		return f.site
	}
	if s, ok := siteBefore(res.Final, "/mgwebservice.asmx/"); ok {
		if u, err := url.Parse(s); err == nil {
			return u
		}
		return f.site
	}
	u, err := url.Parse(res.Final)
	if err != nil || u.Host == "" {
		return f.site
	}
	u.Path = strings.TrimSuffix(path.Dir(u.Path), "/")
	u.RawPath, u.RawQuery, u.Fragment = "", "", ""
	return u
}
