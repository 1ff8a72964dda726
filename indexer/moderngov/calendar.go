package moderngov

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The meetings calendar (mgCalendarMonthView.aspx) lists every meeting of
// every committee, a month a page. Some sites link nothing else: their
// committee and meeting listings are missing or broken. Fetch reads it
// when the listings give nothing: the committees are then those the
// calendar's meetings name.

// calendarPage is the month view of the meetings calendar.
const calendarPage = "mgCalendarMonthView.aspx"

// maxCalendarMonths bounds the months of the calendar read in one fetch,
// and emptyCalendarMonths ends the reading back in time that many months
// before the earliest month that held a meeting (the site's history has
// begun).
const (
	maxCalendarMonths   = 400
	emptyCalendarMonths = 24
)

// calendarMeeting is one meeting of the calendar, with its committee.
type calendarMeeting struct {
	c   committee
	ref meetingRef
}

// calendarState is what the fetch learnt from the calendar, read once.
type calendarState struct {
	read     bool
	meetings []calendarMeeting
	err      error
}

// calendar returns the meetings of the site's calendar from the start of
// the window to lookaheadDays past its end, reading it the first time.
func (f *fetcher) calendar(ctx context.Context) ([]calendarMeeting, error) {
	if !f.cal.read {
		f.cal.meetings, f.cal.err = f.readCalendar(ctx)
		f.cal.read = ctx.Err() == nil
	}
	return f.cal.meetings, f.cal.err
}

// calendarCommittees are the committees the calendar's meetings name, in
// the order they first appear.
func (f *fetcher) calendarCommittees(ctx context.Context) ([]committee, error) {
	ms, err := f.calendar(ctx)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []committee
	for _, m := range ms {
		if !seen[m.c.ID] {
			seen[m.c.ID] = true
			out = append(out, m.c)
		}
	}
	return out, nil
}

// calendarMeetingsOf returns the calendar's meetings of one committee.
func (f *fetcher) calendarMeetingsOf(ctx context.Context, c committee) ([]meetingRef, error) {
	ms, err := f.calendar(ctx)
	if err != nil {
		return nil, err
	}
	var out []meetingRef
	for _, m := range ms {
		if m.c.ID == c.ID {
			out = append(out, m.ref)
		}
	}
	return out, nil
}

// monthKey is a month of the calendar.
type monthKey struct{ year, month int }

func (m monthKey) time() time.Time {
	return time.Date(m.year, time.Month(m.month), 1, 0, 0, 0, 0, time.UTC)
}

func keyOf(t time.Time) monthKey { return monthKey{t.Year(), int(t.Month())} }

// readCalendar reads the calendar's months back from the window's end
// (plus lookaheadDays, but not past half a year from now) to its start,
// asking for each month as ModernGov's own links do (?M=&DD=). A site
// that answers two months with the same page (it ignores M and DD) is
// read by following its own links to other months instead, latest first.
func (f *fetcher) readCalendar(ctx context.Context) ([]calendarMeeting, error) {
	to, _ := time.Parse(dateLayout, f.win.to)
	from, _ := time.Parse(dateLayout, f.win.from)
	end := to.AddDate(0, 0, lookaheadDays)
	if soon := f.now().AddDate(0, 0, lookaheadDays); end.After(soon) {
		end = soon
	}
	first, last := keyOf(from), keyOf(end)
	inRange := func(k monthKey) bool { return !k.time().Before(first.time()) && !k.time().After(last.time()) }
	var out []calendarMeeting
	seenBody := map[[32]byte]bool{}
	pending := map[monthKey]string{} // months linked from pages read, not yet read
	followed := map[monthKey]bool{}  // months read by following links
	next, byLinks := last, false     // byLinks: the site ignores M and DD
	var earliest monthKey            // the earliest month read that held a meeting
	for asked := 0; asked < maxCalendarMonths; asked++ {
		cur, u := next, ""
		if byLinks {
			var ok bool
			if cur, ok = latestMonth(pending); !ok {
				break
			}
			u = pending[cur]
			delete(pending, cur)
			followed[cur] = true
		} else {
			if !inRange(cur) {
				break
			}
			u = f.pageURL(calendarPage, url.Values{"M": {strconv.Itoa(cur.month)}, "DD": {strconv.Itoa(cur.year)}})
			next = keyOf(cur.time().AddDate(0, -1, 0))
		}
		res, err := f.cl.get(ctx, u, "", "")
		if err != nil {
			if len(out) > 0 && ctx.Err() == nil {
				f.log.Warn("calendar page failed; keeping the months read", "url", u, "err", err)
				break
			}
			return out, fmt.Errorf("read the calendar %s: %w", u, err)
		}
		sum := sha256.Sum256(res.Body)
		if seenBody[sum] {
			byLinks = true
			continue
		}
		seenBody[sum] = true
		site := f.answeredAt(res)
		links := pageLinks(res.Body, site)
		for _, l := range links {
			if k, ok := calendarMonth(l.URL); ok && inRange(k) && !followed[k] && f.cl.policy.checkURL(l.URL) == nil {
				pending[k] = l.URL.String()
			}
		}
		if shown, ok := shownMonth(links); ok {
			cur = shown // what the page shows, whatever was asked
		}
		ms := parseCalendarPage(res.Body, site, cur)
		out = append(out, ms...)
		if len(ms) > 0 && (earliest == monthKey{} || cur.time().Before(earliest.time())) {
			earliest = cur
		}
		if earliest != (monthKey{}) && cur.time().Before(earliest.time().AddDate(0, -emptyCalendarMonths, 0)) {
			break // so long before the earliest meeting: the site's history has begun
		}
	}
	return out, nil
}

// shownMonth is the month a calendar page shows, as its links to the
// month before and the month after say: the month between two months it
// links that are two apart.
func shownMonth(links []link) (monthKey, bool) {
	linked := map[monthKey]bool{}
	for _, l := range links {
		if k, ok := calendarMonth(l.URL); ok {
			linked[k] = true
		}
	}
	var found []monthKey
	for k := range linked {
		if linked[keyOf(k.time().AddDate(0, 2, 0))] {
			found = append(found, keyOf(k.time().AddDate(0, 1, 0)))
		}
	}
	if len(found) != 1 {
		return monthKey{}, false
	}
	return found[0], true
}

// latestMonth is the latest of the months.
func latestMonth(ms map[monthKey]string) (monthKey, bool) {
	var best monthKey
	ok := false
	for k := range ms {
		if !ok || k.time().After(best.time()) {
			best, ok = k, true
		}
	}
	return best, ok
}

// calendarMonth is the month a link to the calendar asks for, by its M and
// DD (or Y, Year).
func calendarMonth(u *url.URL) (monthKey, bool) {
	if !strings.EqualFold(path.Base(u.Path), calendarPage) {
		return monthKey{}, false
	}
	mo, err1 := strconv.Atoi(queryValue(u, "m"))
	y, err2 := strconv.Atoi(queryValue(u, "dd", "y", "year"))
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 || y < 1900 || y > 3000 {
		return monthKey{}, false
	}
	return monthKey{y, mo}, true
}

// calendarTitle reads a calendar link's title or text: "Cabinet, 10/01/2023
// 10.00 a.m.", "Meeting of Cabinet, 10.00 am": the committee is what comes
// before the first comma followed by a date or a time.
var calendarTitle = regexp.MustCompile(`(?i)^(?:meeting of\s+)?(.+?)\s*(?:,|-|–)\s*(?:\d|mon|tue|wed|thu|fri|sat|sun)`)

// calendarTime matches a time at the end of a committee's name on the
// calendar ("Cabinet 10.00 am").
var calendarTime = regexp.MustCompile(`(?i)\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?.*$`)

// parseCalendarPage reads the meetings of a calendar page showing month m:
// links to ieListDocuments.aspx?CId=&MId=, the committee named in the
// link's title or text, the date in the title or text, else the day in
// the cell around the link.
func parseCalendarPage(body []byte, site *url.URL, m monthKey) []calendarMeeting {
	doc, err := parsePage(body)
	if err != nil {
		return nil
	}
	var out []calendarMeeting
	seen := map[string]bool{}
	heading := "" // the last date written outside a link: a day's heading
	for n := range doc.Descendants() {
		if n.Type == nethtml.TextNode && !inLink(n) {
			if d, ok := findTextDate(n.Data); ok {
				heading = d
			}
			continue
		}
		if n.Type != nethtml.ElementNode || n.DataAtom != atom.A {
			continue
		}
		abs, ok := resolveURL(site, attr(n, "href"))
		if !ok {
			continue
		}
		u, err := url.Parse(abs)
		if err != nil || !strings.EqualFold(path.Base(u.Path), documentsPage) {
			continue
		}
		mid, cid := queryValue(u, "mid"), queryValue(u, "cid", "committeeid")
		title, text := cleanText(attr(n, "title")), cleanText(nodeText(n))
		if mid == "" || cid == "" || seen[mid] {
			continue
		}
		date, ok := calendarDate(n, title, text, m)
		if !ok && heading != "" && heading[:7] == fmt.Sprintf("%04d-%02d", m.year, m.month) {
			date, ok = heading, true // listed under a heading of its day
		}
		name := calendarCommittee(title, text)
		if !ok || name == "" {
			continue
		}
		seen[mid] = true
		out = append(out, calendarMeeting{c: committee{ID: cid, Title: name},
			ref: meetingRef{ID: mid, Date: date, NotHeld: notHeldIn(title + " " + text)}})
	}
	return out
}

// calendarCommittee is the committee a calendar link names.
func calendarCommittee(title, text string) string {
	for _, s := range []string{title, text} {
		name := s
		if m := calendarTitle.FindStringSubmatch(s); m != nil {
			name = m[1]
		}
		name = strings.TrimSpace(calendarTime.ReplaceAllString(name, ""))
		if name != "" {
			return name
		}
	}
	return ""
}

// calendarDate is the date of a calendar link: written in its title or
// text, else the day number heading its cell in the month m.
func calendarDate(a *nethtml.Node, title, text string, m monthKey) (string, bool) {
	for _, s := range []string{title, text} {
		if d, ok := findTextDate(s); ok {
			return d, true
		}
		if d, ok := findNumericDate(s); ok {
			return d, true
		}
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if p.Type != nethtml.ElementNode || p.DataAtom != atom.Td {
			continue
		}
		for d := range p.Descendants() {
			if d.Type != nethtml.TextNode {
				continue
			}
			day, err := strconv.Atoi(strings.TrimSpace(d.Data))
			if err != nil {
				if strings.TrimSpace(d.Data) == "" {
					continue
				}
				return "", false // the cell does not start with its day
			}
			t := time.Date(m.year, time.Month(m.month), day, 0, 0, 0, 0, time.UTC)
			if day < 1 || t.Month() != time.Month(m.month) {
				return "", false
			}
			return t.Format(dateLayout), true
		}
		return "", false
	}
	return "", false
}

// inLink reports whether a node is inside a link.
func inLink(n *nethtml.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == nethtml.ElementNode && p.DataAtom == atom.A {
			return true
		}
	}
	return false
}
