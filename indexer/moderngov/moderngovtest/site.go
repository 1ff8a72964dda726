package moderngovtest

import (
	"crypto/sha256"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// committee is one committee of every imitated site.
type committee struct {
	id      int
	title   string
	expired bool
}

var committees = []committee{
	{11, "Corporate Parenting Panel", false},
	{12, "Children's Services Scrutiny Committee", false},
	{13, "Planning Committee", false},
	{14, "Adoption Panel", true},
}

// meeting is one meeting of a committee.
type meeting struct {
	id        int
	date      time.Time
	published bool
}

// meetings are the committee's meetings: one a month from January 2023,
// the last without minutes yet. Meeting IDs are the committee's ID times
// 100 plus the meeting's number.
func (c *Council) meetings(cm committee) []meeting {
	var out []meeting
	for i := 0; i < c.Meetings; i++ {
		out = append(out, meeting{id: cm.id*100 + i + 1, date: time.Date(2023, time.January+time.Month(i), 10, 0, 0, 0, 0, time.UTC),
			published: i < c.Meetings-1})
	}
	return out
}

// find returns the committee and meeting with that meeting ID.
func (c *Council) find(id int) (committee, meeting, bool) {
	for _, cm := range committees {
		for _, m := range c.meetings(cm) {
			if m.id == id {
				return cm, m, true
			}
		}
	}
	return committee{}, meeting{}, false
}

// broken reports whether a meeting always answers 500.
func (c *Council) broken(id int) bool { return c.Broken && id == 1102 }

// serve answers one request to the host.
func (h *host) serve(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.Header.Get("User-Agent"), "minutes/") {
		http.Error(w, "no user agent", http.StatusForbidden)
		return
	}
	if h.redirect != "" {
		http.Redirect(w, r, h.redirect+r.URL.RequestURI(), http.StatusMovedPermanently)
		return
	}
	p := r.URL.Path
	if h.prefix != "-" && (h.prefix == "" || p == h.prefix || strings.HasPrefix(strings.ToLower(p), strings.ToLower(h.prefix)+"/")) {
		if h.moderngov(w, r, p[len(h.prefix):]) {
			return
		}
	}
	if h.mainSite || (h.prefix != "-" && h.prefix != "") {
		// A council's main site answers anything with a page, as
		// content management systems do.
		answer(w, r, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>"+html.EscapeString(h.council.Name)+
			" Council</title></head><body><h1>Welcome to "+html.EscapeString(h.council.Name)+"</h1>"+
			"<p>Bins, schools and council tax.</p></body></html>")
		return
	}
	http.NotFound(w, r)
}

// moderngov answers the addresses of a ModernGov site, and reports
// whether p was one.
func (h *host) moderngov(w http.ResponseWriter, r *http.Request, p string) bool {
	c := h.council
	q := r.URL.Query()
	id, _ := strconv.Atoi(q.Get("lMeetingId") + q.Get("MId"))
	if strings.HasPrefix(p, "/mgWebService.asmx/") && c.ServiceOff {
		http.Error(w, "Forbidden", http.StatusForbidden)
		return true
	}
	if c.broken(id) {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return true
	}
	const xmlType, htmlType = "text/xml; charset=utf-8", "text/html; charset=utf-8"
	switch {
	case p == "/mgWebService.asmx/GetCommittees":
		answer(w, r, xmlType, h.committeesXML())
	case p == "/mgWebService.asmx/GetMeetings":
		answer(w, r, xmlType, h.meetingsXML(q.Get("lCommitteeId")))
	case p == "/mgWebService.asmx/GetMeeting":
		body, ok := h.meetingXML(id)
		if !ok {
			http.NotFound(w, r)
			return true
		}
		answer(w, r, xmlType, body)
	case p == "/mgListCommittees.aspx":
		answer(w, r, htmlType, h.committeesPage())
	case p == "/ieListMeetings.aspx":
		answer(w, r, htmlType, h.meetingsPage(q.Get("CommitteeId")))
	case p == "/ieListDocuments.aspx":
		body, ok := h.documentsPage(id)
		if !ok {
			http.NotFound(w, r)
			return true
		}
		answer(w, r, htmlType, body)
	case strings.HasPrefix(p, "/documents/g"):
		answer(w, r, "application/pdf", "%PDF-1.4\n% printed minutes of "+c.Name+" "+p+"\n%%EOF\n")
	default:
		return false
	}
	return true
}

// answer writes body with an ETag, or 304 when the client has it.
func answer(w http.ResponseWriter, r *http.Request, ctype, body string) {
	sum := sha256.Sum256([]byte(body))
	etag := fmt.Sprintf(`"%x"`, sum[:8])
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write([]byte(body))
}

func (h *host) committeesXML() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><committees xmlns="http://moderngov.co.uk/namespaces">`)
	for _, cm := range committees {
		fmt.Fprintf(&b, "<committee><committeeid>%d</committeeid><committeetitle>%s</committeetitle>"+
			"<committeedeleted>False</committeedeleted><committeeexpired>%s</committeeexpired></committee>",
			cm.id, html.EscapeString(cm.title), pyBool(cm.expired))
	}
	b.WriteString("</committees>")
	return b.String()
}

// meetingsXML lists every meeting of the committee, whatever dates were
// asked for (as some sites do).
func (h *host) meetingsXML(committeeID string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><getmeetings><meetings>`)
	for _, cm := range committees {
		if strconv.Itoa(cm.id) != committeeID {
			continue
		}
		for _, m := range h.council.meetings(cm) {
			fmt.Fprintf(&b, "<meeting><meetingid>%d</meetingid><meetingdate>%s</meetingdate></meeting>", m.id, m.date.Format("02/01/2006"))
		}
	}
	b.WriteString("</meetings></getmeetings>")
	return b.String()
}

func (h *host) meetingXML(id int) (string, bool) {
	cm, m, ok := h.council.find(id)
	if !ok {
		return "", false
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><getmeeting xmlns="http://moderngov.co.uk/namespaces"><meeting>`+
		"<meetingid>%d</meetingid><meetingdate>%s</meetingdate><meetingtime>10:00</meetingtime>"+
		"<committeeid>%d</committeeid><committeetitle>%s</committeetitle><meetinglocation>Council Chamber, %s</meetinglocation>"+
		"<minutepublished>%s</minutepublished><agenda>",
		m.id, m.date.Format("02/01/2006"), cm.id, html.EscapeString(cm.title), html.EscapeString(h.council.Name), pyBool(m.published))
	for i, it := range items(h.council, m) {
		minutes := ""
		if m.published && !h.council.PrintedOnly {
			minutes = html.EscapeString(it.minutes)
		}
		fmt.Fprintf(&b, "<agendaitem><agendaitemnumber>%d</agendaitemnumber><agendaitemtitle>%s</agendaitemtitle>"+
			"<minutesnonemptyhtmlbody>%s</minutesnonemptyhtmlbody></agendaitem>", i+1, html.EscapeString(it.title), minutes)
	}
	b.WriteString("</agenda>")
	if m.published {
		fmt.Fprintf(&b, "<linkeddocuments><linkeddoc><title>Printed minutes</title><url>%s</url></linkeddoc></linkeddocuments>",
			html.EscapeString(h.printedURL(cm, m)))
	}
	b.WriteString("</meeting></getmeeting>")
	return b.String(), true
}

// printedURL is the printed minutes' address, given with http:// as
// sites do even when they serve over https.
func (h *host) printedURL(cm committee, m meeting) string {
	return fmt.Sprintf("http://%s%s/documents/g%d/Printed minutes %s %s.pdf", h.name, h.prefix, m.id, m.date.Format("2-Jan-2006"), cm.title)
}

// item is one agenda item of an imitated meeting.
type item struct{ title, minutes string }

func items(c *Council, m meeting) []item {
	return []item{
		{"Apologies for Absence", "<p>Apologies were received from Councillor Example.</p>"},
		{"Ofsted Inspection Action Plan", fmt.Sprintf("<p>%s's panel considered the action plan at meeting %d.</p>"+
			"<p>RESOLVED that the progress be noted.</p>", c.Name, m.id)},
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
