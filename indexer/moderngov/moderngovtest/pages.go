package moderngovtest

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
)

// The HTML pages of an imitated site, as sites whose web service is off
// are read: the committees, a committee's meetings and a meeting's
// "Agenda and minutes".

// committeesPage lists the committees, each linked to page (e.g.
// "mgCommitteeDetails.aspx?ID=") and its ID.
func (h *host) committeesPage(page string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Browse meetings - " + html.EscapeString(h.council.Name) + "</title></head><body><ul>")
	if h.council.OldLinks {
		page = strings.ToUpper(page[:1]) + strings.ToUpper(page[1:2]) + page[2:]
	}
	for _, cm := range h.council.committees() {
		if cm.expired {
			continue
		}
		link := fmt.Sprintf(`<li><a href="%s%d">%s</a></li>`, page, cm.id, html.EscapeString(cm.title))
		b.WriteString(link)
		if h.council.OldLinks {
			b.WriteString(link)
		}
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

// meetingsPage lists a committee's meetings: all of them, or with
// YearPages those of the year asked for (the latest by default) and links
// to the year before and the year after.
func (h *host) meetingsPage(committeeID, year string) string {
	c := h.council
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Meetings</title></head><body><ul>")
	for _, cm := range c.committees() {
		if strconv.Itoa(cm.id) != committeeID {
			continue
		}
		ms := c.meetings(cm)
		show := year
		if show == "" && len(ms) > 0 {
			show = strconv.Itoa(ms[len(ms)-1].date.Year())
		}
		oneYear := c.YearPages || (c.EarlierMeetings && year != "0")
		seenYear := map[int]bool{}
		for _, m := range ms {
			if oneYear && strconv.Itoa(m.date.Year()) != show {
				continue
			}
			if c.DateInCell {
				fmt.Fprintf(&b, `<table><tr><td>%s</td><td><a href="ieListDocuments.aspx?CId=%d&amp;MId=%d&amp;Ver=4">%s</a></td></tr></table>`,
					m.date.Format("02/01/2006"), cm.id, m.id, html.EscapeString(cm.title))
				continue
			}
			b.WriteString("<li>" + h.meetingLink(cm, m))
			if m.status != "" && !c.StatusOnPage {
				b.WriteString(" " + strings.ToUpper(m.status))
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
		if c.EarlierMeetings && year != "0" {
			fmt.Fprintf(&b, `<p><a href="ieListMeetings.aspx?CId=%d&amp;Year=0">Earlier meetings</a></p>`, cm.id)
			other := 12
			if cm.id == other {
				other = 11
			}
			fmt.Fprintf(&b, `<p>Other committees: <a href="ieListMeetings.aspx?CId=%d&amp;Year=%s">this year</a></p>`, other, show)
		}
		if c.YearPages {
			for _, m := range ms {
				seenYear[m.date.Year()] = true
			}
			shown, _ := strconv.Atoi(show)
			if seenYear[shown-1] {
				fmt.Fprintf(&b, `<p><a href="ieListMeetings.aspx?CId=%d&amp;Year=%d">Previous year</a>`, cm.id, shown-1)
			}
			if seenYear[shown+1] {
				fmt.Fprintf(&b, ` <a href="ieListMeetings.aspx?CId=%d&amp;Year=%d">Next year</a>`, cm.id, shown+1)
			}
		}
	}
	b.WriteString("</body></html>")
	return b.String()
}

// detailsPage is mgCommitteeDetails.aspx: the committee's name and a link
// to its meetings.
func (h *host) detailsPage(id string) string {
	param := "CommitteeId"
	if h.council.CIdOnly {
		param = "CId"
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Committee details</title></head><body>")
	for _, cm := range h.council.committees() {
		if strconv.Itoa(cm.id) == id {
			fmt.Fprintf(&b, `<h1>Committee details - %s</h1><p><a href="ieListMeetings.aspx?%s=%d">Browse meetings and agendas for this committee</a></p>`,
				html.EscapeString(cm.title), param, cm.id)
		}
	}
	b.WriteString("</body></html>")
	return b.String()
}

// meetingLink is the link of a meeting on ieListMeetings.aspx.
func (h *host) meetingLink(cm committee, m meeting) string {
	if !h.council.OldLinks {
		return fmt.Sprintf(`<a href="ieListDocuments.aspx?CId=%d&amp;MId=%d">%s 10.00 am</a>`, cm.id, m.id, m.date.Format("Monday, 2 January, 2006"))
	}
	href := fmt.Sprintf("http://%s%s/IEListDocuments.aspx?CId=%d&amp;MId=%d&amp;Ver=4", strings.ToUpper(h.name), h.base(), cm.id, m.id)
	return fmt.Sprintf(`<a href="%s">%s 10.00 am</a> <a href="%s">Minutes</a>`, href, m.date.Format("Monday, 2")+ordinal(m.date.Day())+m.date.Format(" January, 2006"), href)
}

// ordinal is the suffix of a day of the month: "st", "nd", "rd", "th".
func ordinal(day int) string {
	switch {
	case day/10 == 1:
		return "th"
	case day%10 == 1:
		return "st"
	case day%10 == 2:
		return "nd"
	case day%10 == 3:
		return "rd"
	}
	return "th"
}

func (h *host) documentsPage(id int) (string, bool) {
	c := h.council
	cm, m, ok := c.find(id)
	if !ok {
		return "", false
	}
	var b strings.Builder
	status := ""
	if m.status != "" {
		status = " - " + strings.ToUpper(m.status)
	}
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Agenda and minutes for %s on %s, 10.00 am%s</title></head><body>"+
		"<h1>Agenda and minutes</h1><p>Venue: Council Chamber, %s</p>",
		html.EscapeString(cm.title), m.date.Format("Monday, 2 January, 2006"), status, html.EscapeString(c.Name))
	if m.published {
		href := strings.ReplaceAll(h.printedURL(cm, m), " ", "%20")
		if c.OldLinks || c.MovedTo != "" {
			href = h.printedPath(cm, m) + "?T=1"
		}
		text := h.printedTitle()
		if c.MinutesLink {
			text = "Minutes"
		}
		fmt.Fprintf(&b, `<ul><li><a href="%s">%s PDF 120 KB</a></li></ul>`, html.EscapeString(href), text)
	}
	b.WriteString(`<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>`)
	for i, it := range items(c, cm, m) {
		fmt.Fprintf(&b, `<tr><td class="mgItemNumberCell"><p>%d.</p></td><td><p class="mgAiTitleTxt">%s</p>`, i+1, html.EscapeString(it.title))
		for _, d := range it.docs {
			fmt.Fprintf(&b, `<ul class="mgBulletList"><li><a href="%s">%s PDF 80 KB</a></li></ul>`, html.EscapeString(d.url), html.EscapeString(d.title))
		}
		if m.published && !c.PrintedOnly {
			label := "Minutes:"
			if c.Decisions {
				label = "Decision:"
			}
			fmt.Fprintf(&b, `<p class="mgSubItemTitleTxt">%s</p><div class="mgWordPara">%s</div>`, label, it.minutes)
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("</table></body></html>")
	return b.String(), true
}

// calendarPage is mgCalendarMonthView.aspx for the month and year asked
// (M, DD), by default the month of the latest meeting: a table of the
// month's days, each cell holding the day's number and its meetings,
// linked to their documents pages and titled with the committee and date
// (with OldLinks untitled: the date is only the cell's), and links to the
// month before and after.
func (h *host) calendarPage(month, year string) string {
	c := h.council
	var all []struct {
		cm committee
		m  meeting
	}
	var latest time.Time
	for _, cm := range c.committees() {
		for _, m := range c.meetings(cm) {
			all = append(all, struct {
				cm committee
				m  meeting
			}{cm, m})
			if m.date.After(latest) {
				latest = m.date
			}
		}
	}
	first := time.Date(latest.Year(), latest.Month(), 1, 0, 0, 0, 0, time.UTC)
	if mo, err := strconv.Atoi(month); err == nil && mo >= 1 && mo <= 12 {
		if y, err := strconv.Atoi(year); err == nil && y > 1900 && y < 3000 {
			first = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Calendar - %s</title></head><body><h2 class=\"mgSubTitleTxt\">%s</h2>",
		first.Format("January 2006"), first.Format("January 2006"))
	yearParam := "DD"
	if c.CalendarY {
		yearParam = "Y"
	}
	nav := func(t time.Time, act, text string) {
		fmt.Fprintf(&b, `<a href="mgCalendarMonthView.aspx?M=%d&amp;%s=%d&amp;CID=0&amp;OT=&amp;C=-1&amp;MR=0&amp;DI=0&amp;ACT=%s">%s</a> `,
			int(t.Month()), yearParam, t.Year(), act, text)
	}
	nav(first.AddDate(0, -1, 0), "Earlier", "Earlier")
	nav(first.AddDate(0, 1, 0), "Later", "Later")
	b.WriteString(`<table class="mgCalendarMonthGrid"><tr>`)
	for d := first; d.Month() == first.Month(); d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Monday && d.Day() > 1 {
			b.WriteString("</tr><tr>")
		}
		fmt.Fprintf(&b, `<td class="mgCalendarCell"><p class="mgCalendarDayNum">%d</p><ul>`, d.Day())
		for _, x := range all {
			if !x.m.date.Equal(d) {
				continue
			}
			title := ""
			if !c.OldLinks {
				title = fmt.Sprintf(` title="%s, %s 10.00 a.m."`, html.EscapeString(x.cm.title), d.Format("02/01/2006"))
			}
			status := ""
			if x.m.status != "" && !c.StatusOnPage {
				status = " - " + x.m.status
			}
			fmt.Fprintf(&b, `<li><a href="ieListDocuments.aspx?CId=%d&amp;MId=%d"%s>%s, 10.00 am%s</a></li>`,
				x.cm.id, x.m.id, title, html.EscapeString(x.cm.title), status)
		}
		b.WriteString("</ul></td>")
	}
	b.WriteString("</tr></table></body></html>")
	return b.String()
}
