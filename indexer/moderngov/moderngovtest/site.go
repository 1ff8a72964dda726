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

var baseCommittees = []committee{
	{11, "Corporate Parenting Panel", false},
	{12, "Children's Services Scrutiny Committee", false},
	{13, "Planning Committee", false},
	{14, "Adoption Panel", true},
}

// committees are the council's committees: the usual ones, then its
// ExtraCommittees.
func (c *Council) committees() []committee {
	out := append([]committee(nil), baseCommittees...)
	for i := 1; i <= c.ExtraCommittees; i++ {
		out = append(out, committee{1000 + i, fmt.Sprintf("Licensing Sub-Committee %d", i), false})
	}
	if c.RetiredCommittee {
		out = append(out, committee{retiredID, "Corporate Parenting Panel (Old)", false})
	}
	return out
}

// retiredID is the committee ID of the RetiredCommittee quirk's panel.
const retiredID = 15

// meeting is one meeting of a committee.
type meeting struct {
	id        int
	date      time.Time
	published bool
	status    string // "Cancelled", or "" for a meeting held
	// attachedTo is the meeting whose "Minutes of the previous meeting"
	// item carries this meeting's minutes; 0 for none.
	attachedTo int
}

// meetings are the committee's meetings: one a month from January 2023,
// the last without minutes yet. Meeting IDs are the committee's ID times
// 100 plus the meeting's number. With the Cancelled quirk the third is
// cancelled and the second's minutes are attached to the fourth.
func (c *Council) meetings(cm committee) []meeting {
	var out []meeting
	day := 10
	if cm.id == retiredID {
		day = 20
	}
	for i := 0; i < c.Meetings; i++ {
		m := meeting{id: cm.id*100 + i + 1, date: time.Date(2023, time.January+time.Month(i), day, 0, 0, 0, 0, time.UTC),
			published: i < c.Meetings-1}
		if c.Cancelled && c.Meetings > 4 {
			switch i {
			case 1:
				m.published, m.attachedTo = false, cm.id*100+4
			case 2:
				m.published, m.status = false, "Cancelled"
				if c.NotHeld {
					m.status = "Not held"
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// find returns the committee and meeting with that meeting ID.
func (c *Council) find(id int) (committee, meeting, bool) {
	cid := id / 100
	for _, cm := range c.committees() {
		if cm.id != cid {
			continue
		}
		for _, m := range c.meetings(cm) {
			if m.id == id {
				return cm, m, true
			}
		}
	}
	return committee{}, meeting{}, false
}

// attachedMinutes returns the meetings whose minutes meeting m carries.
func (c *Council) attachedMinutes(cm committee, m meeting) []meeting {
	var out []meeting
	for _, prev := range c.meetings(cm) {
		if prev.attachedTo == m.id {
			out = append(out, prev)
		}
	}
	return out
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
	if h.throttle(w, r) {
		return
	}
	p := r.URL.Path
	if to := h.council.MovedTo; to != "" && h.prefix != "-" && under(p, to) {
		if h.moderngov(w, r, p[len(to):]) {
			return
		}
	} else if h.prefix != "-" && (h.prefix == "" || under(p, h.prefix)) {
		if h.council.MovedTo != "" {
			h.moved(w, r, p[len(h.prefix):])
			return
		}
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

// under reports whether the path p is prefix or under it, ignoring case.
func under(p, prefix string) bool {
	return p == prefix || strings.HasPrefix(strings.ToLower(p), strings.ToLower(prefix)+"/")
}

// moderngov answers the addresses of a ModernGov site, and reports
// whether p was one. Page names are matched ignoring case, as IIS does.
func (h *host) moderngov(w http.ResponseWriter, r *http.Request, p string) bool {
	c := h.council
	q := r.URL.Query()
	id, _ := strconv.Atoi(q.Get("lMeetingId") + q.Get("MId"))
	low := strings.ToLower(p)
	if strings.HasPrefix(low, "/mgwebservice.asmx/") && c.ServiceOff {
		http.Error(w, "Forbidden", http.StatusForbidden)
		return true
	}
	if c.broken(id) {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return true
	}
	switch {
	case low == "/mgwebservice.asmx/getcommittees":
		h.answerXML(w, r, h.committeesXML())
	case low == "/mgwebservice.asmx/getmeetings" && c.ServiceEmpty:
		h.answerXML(w, r, `<?xml version="1.0" encoding="utf-8"?><getmeetings><meetings></meetings></getmeetings>`)
	case low == "/mgwebservice.asmx/getmeeting" && c.ServiceEmpty:
		h.answerXML(w, r, `<?xml version="1.0" encoding="utf-8"?><getmeeting xmlns="http://moderngov.co.uk/namespaces"></getmeeting>`)
	case low == "/mgwebservice.asmx/getmeetings":
		h.answerXML(w, r, h.meetingsXML(q.Get("lCommitteeId")))
	case low == "/mgwebservice.asmx/getmeeting":
		body, ok := h.meetingXML(id)
		if !ok {
			http.NotFound(w, r)
			return true
		}
		h.answerXML(w, r, body)
	case c.ListingsOff && (low == "/mglistcommittees.aspx" || low == "/iedochome.aspx" || low == "/ielistmeetings.aspx"):
		http.NotFound(w, r)
	case low == "/mglistcommittees.aspx" && c.DocHome:
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
	case low == "/mglistcommittees.aspx":
		h.answerPage(w, r, h.committeesPage("mgCommitteeDetails.aspx?ID="))
	case low == "/iedochome.aspx" && c.DocHome:
		h.answerPage(w, r, h.committeesPage("ieListMeetings.aspx?CommitteeId="))
	case low == "/ielistmeetings.aspx" && c.CIdOnly:
		h.answerPage(w, r, h.meetingsPage(q.Get("CId"), q.Get("Year")))
	case low == "/ielistmeetings.aspx":
		h.answerPage(w, r, h.meetingsPage(q.Get("CommitteeId")+q.Get("CId"), q.Get("Year")))
	case low == "/mgcommitteedetails.aspx":
		h.answerPage(w, r, h.detailsPage(q.Get("ID")))
	case low == "/mgcalendarmonthview.aspx":
		year := q.Get("DD")
		if c.CalendarY {
			year = q.Get("Y")
		}
		h.answerPage(w, r, h.calendarPage(q.Get("M"), year))
	case low == "/ielistdocuments.aspx":
		body, ok := h.documentsPage(id)
		if !ok {
			http.NotFound(w, r)
			return true
		}
		h.answerPage(w, r, body)
	case low == "/mgconvert2pdf.aspx":
		mid, _ := strconv.Atoi(q.Get("ID"))
		cm, m, ok := c.find(mid - attachedID(0))
		if !ok || m.attachedTo == 0 {
			http.NotFound(w, r)
			return true
		}
		h.document(w, r, fmt.Sprintf("Minutes %d.pdf", mid), textPDF(
			"Minutes of the "+cm.title+" of "+c.Name+" held on "+m.date.Format("2 January 2006"),
			fmt.Sprintf("Kinship carers allowance was agreed at meeting %d.", m.id)))
	case strings.HasPrefix(p, "/documents/g"):
		h.document(w, r, p[strings.LastIndex(p, "/")+1:], "%PDF-1.4\n% printed minutes of "+c.Name+" "+p+"\n%%EOF\n")
	default:
		return false
	}
	return true
}

// answerXML and answerPage answer in the site's encoding.
func (h *host) answerXML(w http.ResponseWriter, r *http.Request, body string) {
	body, ctype := h.encode(body, "text/xml")
	answer(w, r, ctype, body)
}

func (h *host) answerPage(w http.ResponseWriter, r *http.Request, body string) {
	if h.council.Volatile {
		now := time.Now().UnixNano()
		body = strings.Replace(body, "<body>", fmt.Sprintf(`<body><form method="post" action="./x.aspx"><input type="hidden" name="__VIEWSTATE" value="%x"></form>`+
			`<script>var served = %d;</script>`, now*7919, now), 1)
	}
	body, ctype := h.encode(body, "text/html")
	answer(w, r, ctype, body)
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
	for _, cm := range h.council.committees() {
		fmt.Fprintf(&b, "<committee><committeeid>%d</committeeid><committeetitle>%s</committeetitle>"+
			"<committeedeleted>False</committeedeleted><committeeexpired>%s</committeeexpired></committee>",
			cm.id, html.EscapeString(cm.title), pyBool(cm.expired))
	}
	b.WriteString("</committees>")
	return b.String()
}

// meetingsXML lists every meeting of the committee, whatever dates were
// asked for (as some sites do), with its status when the site gives them.
func (h *host) meetingsXML(committeeID string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><getmeetings><meetings>`)
	for _, cm := range h.council.committees() {
		if strconv.Itoa(cm.id) != committeeID {
			continue
		}
		for _, m := range h.council.meetings(cm) {
			status := ""
			if h.council.Cancelled && !h.council.StatusOnPage {
				status = "<meetingstatus>" + orElse(m.status, "Confirmed") + "</meetingstatus>"
			}
			fmt.Fprintf(&b, "<meeting><meetingid>%d</meetingid><meetingdate>%s</meetingdate>%s</meeting>", m.id, m.date.Format("02/01/2006"), status)
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
		"<minutepublished>%s</minutepublished><meetingstatus>%s</meetingstatus><agenda>",
		m.id, m.date.Format("02/01/2006"), cm.id, html.EscapeString(cm.title), html.EscapeString(h.council.Name), pyBool(m.published),
		orElse(m.status, "Confirmed"))
	for i, it := range items(h.council, cm, m) {
		minutes := ""
		if m.published && !h.council.PrintedOnly {
			minutes = html.EscapeString(it.minutes)
		}
		fmt.Fprintf(&b, "<agendaitem><agendaitemnumber>%d</agendaitemnumber><agendaitemtitle>%s</agendaitemtitle>"+
			"<minutesnonemptyhtmlbody>%s</minutesnonemptyhtmlbody>", i+1, html.EscapeString(it.title), minutes)
		for _, d := range it.docs {
			fmt.Fprintf(&b, "<linkeddocuments><linkeddoc><title>%s</title><url>%s</url></linkeddoc></linkeddocuments>",
				html.EscapeString(d.title), html.EscapeString(d.url))
		}
		b.WriteString("</agendaitem>")
	}
	b.WriteString("</agenda>")
	if m.published {
		fmt.Fprintf(&b, "<linkeddocuments><linkeddoc><title>%s</title><url>%s</url></linkeddoc></linkeddocuments>",
			h.printedTitle(), html.EscapeString(h.printedURL(cm, m)))
	}
	b.WriteString("</meeting></getmeeting>")
	return b.String(), true
}

// printedURL is the printed minutes' address, given with http:// as
// sites do even when they serve over https.
func (h *host) printedURL(cm committee, m meeting) string {
	return fmt.Sprintf("http://%s%s/%s", h.name, h.base(), h.printedPath(cm, m))
}

// printedPath is the printed minutes' path under the site.
func (h *host) printedPath(cm committee, m meeting) string {
	return fmt.Sprintf("documents/g%d/%s %s %s.pdf", m.id, h.printedTitle(), m.date.Format("2-Jan-2006"), cm.title)
}

// item is one agenda item of an imitated meeting, with the documents
// linked to it.
type item struct {
	title, minutes string
	docs           []doc
}

// doc is a document linked to an item.
type doc struct{ title, url string }

func items(c *Council, cm committee, m meeting) []item {
	out := []item{
		{title: "Apologies for Absence", minutes: "<p>Apologies were received from Councillor Example.</p>"},
		{title: "Ofsted Inspection Action Plan", minutes: fmt.Sprintf("<p>%s's panel considered the action plan at meeting %d.</p>"+
			"<p>RESOLVED that the progress be noted.</p>", c.Name, m.id)},
	}
	if c.Latin1 {
		out[1].minutes += "<p>The panel agreed £2,500 for the children’s café.</p>"
	}
	for _, prev := range c.attachedMinutes(cm, m) {
		held := prev.date.Format("2 January 2006")
		out = append([]item{{title: "Minutes of the previous meeting",
			minutes: "<p>The minutes of the meeting held on " + held + " were agreed.</p>",
			docs:    []doc{{"Minutes of the meeting held on " + held, fmt.Sprintf("mgConvert2PDF.aspx?ID=%d", attachedID(prev.id))}}}}, out...)
	}
	return out
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
