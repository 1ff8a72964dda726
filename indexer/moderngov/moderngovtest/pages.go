package moderngovtest

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// The HTML pages of an imitated site, as sites whose web service is off
// are read: the committees, a committee's meetings and a meeting's
// "Agenda and minutes".

func (h *host) committeesPage() string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Browse meetings - " + html.EscapeString(h.council.Name) + "</title></head><body><ul>")
	for _, cm := range committees {
		if !cm.expired {
			fmt.Fprintf(&b, `<li><a href="mgCommitteeDetails.aspx?ID=%d">%s</a></li>`, cm.id, html.EscapeString(cm.title))
		}
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

func (h *host) meetingsPage(committeeID string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Meetings</title></head><body><ul>")
	for _, cm := range committees {
		if strconv.Itoa(cm.id) != committeeID {
			continue
		}
		for _, m := range h.council.meetings(cm) {
			fmt.Fprintf(&b, `<li><a href="ieListDocuments.aspx?CId=%d&amp;MId=%d">%s 10.00 am</a></li>`, cm.id, m.id, m.date.Format("Monday, 2 January, 2006"))
		}
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

func (h *host) documentsPage(id int) (string, bool) {
	cm, m, ok := h.council.find(id)
	if !ok {
		return "", false
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Agenda and minutes for %s on %s, 10.00 am</title></head><body>"+
		"<h1>Agenda and minutes</h1><p>Venue: Council Chamber, %s</p>",
		html.EscapeString(cm.title), m.date.Format("Monday, 2 January, 2006"), html.EscapeString(h.council.Name))
	if m.published {
		fmt.Fprintf(&b, `<ul><li><a href="%s">Printed minutes PDF 120 KB</a></li></ul>`, html.EscapeString(strings.ReplaceAll(h.printedURL(cm, m), " ", "%20")))
	}
	b.WriteString(`<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>`)
	for i, it := range items(h.council, m) {
		fmt.Fprintf(&b, `<tr><td class="mgItemNumberCell"><p>%d.</p></td><td><p class="mgAiTitleTxt">%s</p>`, i+1, html.EscapeString(it.title))
		if m.published && !h.council.PrintedOnly {
			fmt.Fprintf(&b, `<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">%s</div>`, it.minutes)
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("</table></body></html>")
	return b.String(), true
}
