package moderngovtest

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/councilminutes/minutes/internal/rawpdf"
	"golang.org/x/text/encoding/charmap"
)

// Quirks are the ways real ModernGov installations differ from one
// another and from the plain imitation. Each is off by default.
type Quirks struct {
	// DraftPrinted titles the printed minutes "Printed draft minutes", as
	// sites do until the next meeting approves them.
	DraftPrinted bool
	// YearPages lists on ieListMeetings.aspx only the meetings of the
	// latest year, with links to the pages of the year before and after
	// (ieListMeetings.aspx?CId=&Year=), as sites with a long history do.
	YearPages bool
	// Latin1 serves the pages and the web service's XML in ISO-8859-1
	// (Windows-1252 in fact, as old installations do), said in the
	// Content-Type and in the page or the XML declaration, with minutes
	// holding "café", "£2,500" and a curly apostrophe.
	Latin1 bool
	// Cancelled cancels each committee's third meeting (status
	// "Cancelled" in GetMeetings, "CANCELLED" beside its link on
	// ieListMeetings.aspx and in its page's title) and publishes the
	// second meeting's minutes only as a document of the fourth meeting's
	// "Minutes of the previous meeting" item, linked as
	// mgConvert2PDF.aspx?ID= (a PDF with text).
	Cancelled bool
	// NotHeld, with Cancelled, says "Not held" of the cancelled meeting
	// wherever it would say "Cancelled".
	NotHeld bool
	// StatusOnPage, with Cancelled, leaves the cancelled meeting's status
	// out of the listings (GetMeetings, ieListMeetings.aspx): only its
	// own page's title and its GetMeeting answer's <meetingstatus> say it.
	StatusOnPage bool
	// RateLimited answers every seventh request with 429 Too Many Requests
	// and Retry-After: 1.
	RateLimited bool
	// MovedTo is a path of the same host the site moved to (e.g.
	// "/democracy"): its pages and web service at the old path redirect
	// there (301), its documents are only at the new path, and the pages
	// link them relatively, so that links must be read against the
	// address that answered.
	MovedTo string
	// OldLinks writes links as older versions do: page names in other
	// cases (MGCommitteeDetails.aspx, IEListDocuments.aspx), absolute
	// http:// addresses with &Ver=4, every link twice, dates with
	// ordinals ("10th January"), and the printed minutes as a relative
	// link with bare spaces and ?T=1.
	OldLinks bool
	// Decisions writes each item's text on the documents page under
	// "Decision:" rather than "Minutes:" and links "Printed decisions"
	// instead of printed minutes, as executives' pages do.
	Decisions bool
	// ExtraCommittees adds that many committees ("Licensing Sub-Committee
	// N"), as the longest committee lists have.
	ExtraCommittees int
	// RetiredCommittee lists "Corporate Parenting Panel (Old)" too, the
	// panel the current one replaced, with its meetings (on
	// the 20th of each month), as sites keep a committee re-formed under
	// its own name.
	RetiredCommittee bool
	// DateInCell lists each meeting on ieListMeetings.aspx as a table row
	// with its date in a cell of its own ("10/01/2023") and the
	// committee's name as the link, as some sites' templates do.
	DateInCell bool
	// ListingsOff answers 404 for mgListCommittees.aspx, ieDocHome.aspx
	// and ieListMeetings.aspx, as on sites whose templates link only the
	// meetings calendar: the meetings are reached through
	// mgCalendarMonthView.aspx?M=&DD= alone (served on every site), whose
	// links name the committee and give the date in their title
	// ("Corporate Parenting Panel, 10/01/2023 10.00 a.m."), or with
	// OldLinks only in the day's cell.
	ListingsOff bool
	// MinutesLink titles the printed minutes' link on the documents page
	// "Minutes" (the file is still documents/g<id>/Printed minutes ….pdf),
	// as some sites' templates do.
	MinutesLink bool
	// ServiceEmpty has the web service list the committees but answer
	// GetMeetings with an empty list and GetMeeting with an empty
	// <getmeeting/>, as services half switched off do.
	ServiceEmpty bool
	// CIdOnly has ieListMeetings.aspx read the committee from CId alone:
	// asked with CommitteeId it lists no meetings. The committee's
	// details page (mgCommitteeDetails.aspx?ID=) links its meetings with
	// CId.
	CIdOnly bool
	// Volatile puts in every page what changes on every request, as
	// ASP.NET sites' pages may carry: a __VIEWSTATE, a script with the
	// time.
	Volatile bool
	// CalendarY has the calendar read the year asked for from Y, not DD
	// (and link other months so): asked with DD it shows its latest month.
	CalendarY bool
	// DocHome answers 500 for mgListCommittees.aspx; the committees are
	// listed on ieDocHome.aspx, linked to ieListMeetings.aspx?CommitteeId=.
	DocHome bool
	// EarlierMeetings lists on ieListMeetings.aspx only the latest year's
	// meetings, with an "Earlier meetings" link to
	// ieListMeetings.aspx?CId=&Year=0 that lists them all, and a link to
	// another committee's page of the same year beside it.
	EarlierMeetings bool
	// OctetStream serves documents as application/octet-stream with a
	// Content-Disposition file name, as many sites do.
	OctetStream bool
	// Unavailable answers every seventh request with 503 Service
	// Unavailable and Retry-After: 1 (as RateLimited does with 429).
	Unavailable bool
}

// throttle answers 429 with Retry-After: 1 to every seventh request of a
// RateLimited site, and reports whether it did. It notes how long each
// refused address took to be asked again (RetryGaps).
func (h *host) throttle(w http.ResponseWriter, r *http.Request) bool {
	if !h.council.RateLimited && !h.council.Unavailable {
		return false
	}
	key := r.URL.RequestURI()
	h.mu.Lock()
	defer h.mu.Unlock()
	if t, ok := h.throttled[key]; ok {
		h.gaps = append(h.gaps, time.Since(t))
		delete(h.throttled, key)
	}
	h.asked++
	if h.asked%7 != 3 {
		return false
	}
	h.throttled[key] = time.Now()
	w.Header().Set("Retry-After", "1")
	if h.council.Unavailable {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return true
	}
	http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
	return true
}

// document answers a document: as application/pdf, or with OctetStream
// as application/octet-stream with its file name in Content-Disposition.
func (h *host) document(w http.ResponseWriter, r *http.Request, name, body string) {
	if !h.council.OctetStream {
		answer(w, r, "application/pdf", body)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+strings.ReplaceAll(name, `"`, "")+`"`)
	answer(w, r, "application/octet-stream", body)
}

// RetryGaps returns, for every address answered 429 and asked again, how
// long the client waited before asking again.
func (im *Imitation) RetryGaps() []time.Duration {
	var out []time.Duration
	for _, h := range im.hosts {
		h.mu.Lock()
		out = append(out, h.gaps...)
		h.mu.Unlock()
	}
	return out
}

// Throttled counts the 429s answered that were not asked again yet.
func (im *Imitation) Throttled() int {
	n := 0
	for _, h := range im.hosts {
		h.mu.Lock()
		n += len(h.throttled)
		h.mu.Unlock()
	}
	return n
}

// moved handles an address of a site that moved (MovedTo): the pages and
// web service at the old path redirect to the new one, and anything else
// there is not found. It reports whether p was under the old path.
func (h *host) moved(w http.ResponseWriter, r *http.Request, rest string) {
	low := strings.ToLower(rest)
	if strings.HasSuffix(low, ".aspx") || strings.Contains(low, ".asmx/") {
		http.Redirect(w, r, h.council.MovedTo+rest+"?"+r.URL.RawQuery, http.StatusMovedPermanently)
		return
	}
	http.NotFound(w, r)
}

// base is the path the ModernGov site answers at now.
func (h *host) base() string {
	if h.council.MovedTo != "" {
		return h.council.MovedTo
	}
	return h.prefix
}

// encode turns a UTF-8 page or XML answer into what the site serves, and
// gives its Content-Type.
func (h *host) encode(body, ctype string) (string, string) {
	if !h.council.Latin1 {
		return body, ctype + "; charset=utf-8"
	}
	if ctype == "text/html" {
		body = strings.Replace(body, "<head>", `<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, 1)
	} else {
		body = strings.Replace(body, `encoding="utf-8"`, `encoding="ISO-8859-1"`, 1)
	}
	out, err := charmap.Windows1252.NewEncoder().String(body)
	if err != nil {
		panic(fmt.Sprintf("moderngovtest: a Latin1 site's text is not Windows-1252: %v", err))
	}
	return out, ctype + "; charset=iso-8859-1"
}

// printedTitle is the title of the printed minutes.
func (h *host) printedTitle() string {
	if h.council.Decisions {
		return "Printed decisions"
	}
	if h.council.DraftPrinted {
		return "Printed draft minutes"
	}
	return "Printed minutes"
}

// attachedID is the mgConvert2PDF.aspx ID of the minutes of meeting id
// attached to a later meeting (Cancelled).
func attachedID(id int) int { return 90000 + id }

// textPDF is a one-page PDF whose text layer holds the lines.
func textPDF(lines ...string) string {
	var content strings.Builder
	content.WriteString("BT /F1 11 Tf 72 760 Td 14 TL\n")
	for _, l := range lines {
		l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
		fmt.Fprintf(&content, "(%s) '\n", l)
	}
	content.WriteString("ET")
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
	}
	return string(rawpdf.Write(objects...))
}
