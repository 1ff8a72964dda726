package moderngov

import (
	"net/url"
	"regexp"
	"strings"
)

// committee is one entry of GetCommittees (or of mgListCommittees.aspx).
type committee struct {
	ID      string
	Title   string
	Expired bool
	Deleted bool
	// Link is the page the site's list of committees links the committee
	// to (mgCommitteeDetails.aspx?ID=, ieListMeetings.aspx?CommitteeId=),
	// absolute; "" when the list came from the web service.
	Link string
}

// meetingRef is one entry of GetMeetings (or of ieListMeetings.aspx).
type meetingRef struct {
	ID   string
	Date string // YYYY-MM-DD
	// NotHeld says why the meeting was not held ("cancelled",
	// "postponed", "withdrawn"), as its listing says; "" when it was.
	NotHeld string
}

// notHeld matches the statuses of a meeting that was not held, in
// GetMeetings' <meetingstatus> or beside its link on ieListMeetings.aspx.
// "Not held" and "did not take place" say it too, and are recorded as
// cancelled.
var notHeld = regexp.MustCompile(`(?i)\b(cancell?ed|postponed|withdrawn|not\s+held|did\s+not\s+take\s+place)\b`)

// notHeldIn returns how s says a meeting was not held, lower-cased, or "":
// "cancelled", "postponed" or "withdrawn".
func notHeldIn(s string) string {
	m := notHeld.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	switch w := strings.ToLower(m[1]); w {
	case "postponed", "withdrawn", "cancelled":
		return w
	}
	return "cancelled"
}

// linkedDoc is a document attached to a meeting or an agenda item.
type linkedDoc struct {
	Title string
	URL   string // absolute, upgraded to the site's scheme when on its host
}

// parseCommittees reads the committees of a GetCommittees answer.
func parseCommittees(root *node) []committee {
	var out []committee
	for _, c := range root.findAll("committee") {
		cm := committee{
			ID:      c.value("committeeid", "id"),
			Title:   cleanText(c.value("committeetitle", "title", "committeename")),
			Expired: truthy(c.value("committeeexpired", "expired")),
			Deleted: truthy(c.value("committeedeleted", "deleted")),
		}
		if cm.ID != "" && cm.Title != "" {
			out = append(out, cm)
		}
	}
	return out
}

// parseMeetings reads the meetings of a GetMeetings answer. Meetings whose
// date cannot be read are left out: they cannot be placed in the window.
func parseMeetings(root *node) []meetingRef {
	var out []meetingRef
	for _, m := range root.findAll("meeting") {
		id := m.value("meetingid", "id")
		d, err := parseServiceDate(m.value("meetingdate", "date"))
		if id != "" && err == nil {
			out = append(out, meetingRef{ID: id, Date: d, NotHeld: notHeldIn(m.value("meetingstatus", "status"))})
		}
	}
	return out
}

// minutesPublished reports whether a GetMeeting answer carries minutes:
// the minutepublished flag, or any minute text.
func minutesPublished(mt *node) bool {
	return truthy(mt.value("minutepublished", "minutespublished")) || hasMinutesText(mt)
}

// hasMinutesText reports whether any agenda item of the meeting carries
// minutes text of its own. Many councils publish the minutes only as the
// printed PDF: the web service then lists the items with nothing under them.
func hasMinutesText(mt *node) bool {
	for _, ai := range mt.findAll("agendaitem") {
		if strings.TrimSpace(ai.htmlValue("minutesnonemptyhtmlbody", "minuteshtmlbody")) != "" {
			return true
		}
	}
	return false
}

// meetingDocs returns the documents attached to the meeting itself (not
// to its agenda items).
func meetingDocs(mt *node, site *url.URL) []linkedDoc {
	var out []linkedDoc
	var walk func(*node)
	walk = func(n *node) {
		for _, c := range n.children {
			switch c.name {
			case "agendaitem":
				continue
			case "linkeddoc", "linkeddocument":
				if d, ok := docFromNode(c, site); ok {
					out = append(out, d)
				}
				continue
			}
			walk(c)
		}
	}
	walk(mt)
	return out
}

// itemDocs returns the documents linked to the agenda items whose title
// matches titleRe.
func itemDocs(mt *node, titleRe *regexp.Regexp, site *url.URL) []linkedDoc {
	var out []linkedDoc
	for _, ai := range mt.findAll("agendaitem") {
		if !titleRe.MatchString(cleanText(ai.value("agendaitemtitle", "title"))) {
			continue
		}
		for _, c := range append(ai.findAll("linkeddoc"), ai.findAll("linkeddocument")...) {
			if d, ok := docFromNode(c, site); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// docFromNode reads a <linkeddoc>. A document without a URL but with an
// attachment ID gets ModernGov's usual documents/s<ID>/<title>.pdf.
func docFromNode(n *node, site *url.URL) (linkedDoc, bool) {
	d := linkedDoc{Title: cleanText(n.value("title", "documenttitle"))}
	raw := strings.TrimSpace(unescapeLeftovers(n.value("url", "documenturl")))
	if raw == "" {
		id := n.value("attachmentid")
		if id == "" || d.Title == "" {
			return linkedDoc{}, false
		}
		raw = "documents/s" + url.PathEscape(id) + "/" + url.PathEscape(d.Title) + ".pdf"
	}
	abs, ok := resolveURL(site, raw)
	if !ok {
		return linkedDoc{}, false
	}
	d.URL = abs
	return d, true
}

// resolveURL makes raw absolute against the site and upgrades an http://
// URL on the site's own host to the site's scheme.
func resolveURL(site *url.URL, raw string) (string, bool) {
	ref, err := url.Parse(strings.ReplaceAll(raw, " ", "%20"))
	if err != nil {
		return "", false
	}
	base := *site
	base.Path = site.Path + "/"
	u := base.ResolveReference(ref)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return "", false
	}
	if strings.EqualFold(u.Hostname(), site.Hostname()) {
		u.Scheme = site.Scheme
		u.Host = site.Host
	}
	abs := u.String()
	if _, err := url.Parse(abs); err != nil { // "https://::" and the like
		return "", false
	}
	return abs, true
}

// printedMinutes picks the printed minutes among a meeting's documents:
// one titled "Printed minutes" (or "Printed draft minutes"), else a PDF
// whose title starts "Minutes".
func printedMinutes(docs []linkedDoc) (linkedDoc, bool) {
	for _, d := range docs {
		if printedTitle.MatchString(d.Title) {
			return d, true
		}
	}
	for _, d := range docs {
		if minutesTitle.MatchString(d.Title) && isPDFURL(d.URL) {
			return d, true
		}
	}
	return linkedDoc{}, false
}

// printedTitle matches the title ModernGov gives the minutes it prints
// from the items: "Printed minutes", or "Printed draft minutes" until
// they are approved.
var printedTitle = regexp.MustCompile(`(?i)\bprinted\s+(draft\s+)?minutes\b`)

// minutesTitle matches the title of a minutes document or item.
var minutesTitle = regexp.MustCompile(`(?i)^\s*(draft\s+|approved\s+|public\s+)?minutes\b`)

// isPDFURL reports whether a URL names a PDF file, or a document
// ModernGov converts to PDF as it serves it (mgConvert2PDF.aspx?ID=).
func isPDFURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	p := strings.ToLower(u.Path)
	return strings.HasSuffix(p, ".pdf") || strings.HasSuffix(p, "/mgconvert2pdf.aspx")
}
