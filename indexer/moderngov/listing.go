package moderngov

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/councilminutes/minutes/internal/terminal"
)

// lookaheadDays is how far past the window meetings are listed, so that a
// meeting's minutes attached to the next meeting can be found.
const lookaheadDays = 183

// listCommittees lists the site's committees through the web service, or
// through mgListCommittees.aspx when the service is off, refuses (403,
// 404, 5xx after retries) or answers something that is not XML. It reports
// whether the HTML pages were used.
func (f *fetcher) listCommittees(ctx context.Context) ([]committee, bool, error) {
	res, err := f.cl.get(ctx, f.serviceURL("GetCommittees", url.Values{"lDummy": {"0"}}), "", "")
	f.upgradeScheme(res)
	if err == nil {
		var root *node
		if root, err = parseXML(strings.NewReader(string(res.Body))); err == nil {
			if cs := parseCommittees(root); len(cs) > 0 {
				return cs, false, nil
			}
			err = fmt.Errorf("GetCommittees listed no committees")
		}
	}
	if ctx.Err() != nil {
		return nil, false, fmt.Errorf("list committees: %w", ctx.Err())
	}
	f.log.Warn("web service unavailable, reading the HTML pages", "site", f.site.String(), "err", err)
	f.sum.Fallback = true
	cs, herr := f.listCommitteesHTML(ctx)
	if herr != nil {
		return nil, true, fmt.Errorf("list committees of %s: web service: %v; html pages: %w", f.site, err, herr)
	}
	return cs, true, nil
}

// listCommitteesHTML reads the committees from mgListCommittees.aspx, or
// when it is missing, fails or lists none, from ieDocHome.aspx, or from
// the meetings calendar, as some sites link only that. Only a page
// answered with an error status is passed over: a refusal of the host
// policy, a time-out or a dead connection ends the listing.
func (f *fetcher) listCommitteesHTML(ctx context.Context) ([]committee, error) {
	var first error
	var errs []string
	note := func(err error) {
		if first == nil {
			first = err
		} else {
			errs = append(errs, err.Error())
		}
	}
	for _, page := range []string{committeesPage, docHomePage} {
		pageURL := f.pageURL(page, nil)
		res, err := f.cl.get(ctx, pageURL, "", "")
		f.upgradeScheme(res)
		if err != nil {
			var se *statusError
			if ctx.Err() != nil || !errors.As(err, &se) {
				return nil, err
			}
			note(err)
			continue
		}
		if cs := parseCommitteesPage(res.Body, f.answeredAt(res)); len(cs) > 0 {
			return cs, nil
		}
		note(fmt.Errorf("%s lists no committees", pageURL))
	}
	cs, err := f.calendarCommittees(ctx)
	switch {
	case err != nil:
		note(err)
	case len(cs) == 0:
		note(errors.New("the calendar lists no meetings in the window"))
	default:
		f.log.Warn("the committee listings failed: the committees are those of the meetings calendar", "site", f.site.String(), "committees", len(cs))
		return cs, nil
	}
	if len(errs) == 0 {
		return nil, first
	}
	return nil, fmt.Errorf("%w; %s", first, strings.Join(errs, "; "))
}

// listMeetings lists a committee's meetings from the start of the window
// to lookaheadDays past its end, sorted by date. It falls back to
// ieListMeetings.aspx when the service fails, and reports whether it did.
func (f *fetcher) listMeetings(ctx context.Context, c committee, viaHTML bool) ([]meetingRef, bool, error) {
	if !viaHTML {
		to, _ := time.Parse(dateLayout, f.win.to)
		q := url.Values{
			"lCommitteeId": {c.ID},
			"sFromDate":    {serviceDate(f.win.from)},
			"sToDate":      {to.AddDate(0, 0, lookaheadDays).Format("02/01/2006")},
		}
		res, err := f.cl.get(ctx, f.serviceURL("GetMeetings", q), "", "")
		if err == nil {
			var root *node
			if root, err = parseXML(strings.NewReader(string(res.Body))); err == nil {
				if refs := parseMeetings(root); len(refs) > 0 {
					return sortMeetings(refs), false, nil
				}
				return f.listMeetingsEmpty(ctx, c)
			}
		}
		if ctx.Err() != nil {
			return nil, false, fmt.Errorf("list meetings of %s: %w", c.Title, ctx.Err())
		}
		f.log.Warn("GetMeetings failed, reading ieListMeetings.aspx", "committee", c.Title, "err", err)
		f.sum.Fallback = true
	}
	refs, err := f.listMeetingsHTML(ctx, c, true)
	return refs, true, err
}

// maxListingPages bounds the pages of one committee's meetings read.
const maxListingPages = 100

// listMeetingsEmpty lists the meetings of a committee for which
// GetMeetings listed none: some services, half switched off, answer every
// committee so. ieListMeetings.aspx is asked; when it lists meetings they
// are taken (each still asked of GetMeeting first), else the committee
// has none.
func (f *fetcher) listMeetingsEmpty(ctx context.Context, c committee) ([]meetingRef, bool, error) {
	refs, err := f.listMeetingsHTML(ctx, c, false)
	var se *statusError
	if err != nil && ctx.Err() == nil && errors.As(err, &se) {
		// The listings fail too: the calendar may list them.
		refs, err = f.calendarInstead(ctx, c, err)
	}
	if err != nil || len(refs) == 0 {
		if ctx.Err() != nil {
			return nil, false, fmt.Errorf("list meetings of %s: %w", c.Title, ctx.Err())
		}
		return nil, false, nil
	}
	f.log.Warn("GetMeetings listed no meetings, ieListMeetings.aspx does: taking its", "committee", c.Title, "meetings", len(refs))
	f.sum.Fallback = true
	return refs, false, nil
}

// listMeetingsHTML reads ieListMeetings.aspx for the committee, and the
// pages of its meetings it links to: other years that overlap the window
// (and the years those link to: sites that show one year a page may link
// only the year before and the year after), "Earlier meetings" of every
// year (Year=0), further pages. When the listing fails (and the page the
// committee is linked to gives nothing), the meetings calendar is read
// instead, if calendar.
func (f *fetcher) listMeetingsHTML(ctx context.Context, c committee, calendar bool) ([]meetingRef, error) {
	first := f.pageURL(meetingsPage, url.Values{"CommitteeId": {c.ID}})
	seen := map[string]bool{first: true} // pages asked for
	var refs []meetingRef
	var pages []*response
	res, err := f.cl.get(ctx, first, "", "")
	var se *statusError
	if err != nil && (ctx.Err() != nil || !errors.As(err, &se)) {
		return nil, fmt.Errorf("list meetings of %s: %w", c.Title, err)
	}
	firstErr := err
	if err == nil {
		refs, pages = parseMeetingsPage(res.Body, f.answeredAt(res)), []*response{res}
	}
	link := c.Link
	if link == "" {
		link = f.pageURL(detailsPage, url.Values{"ID": {c.ID}})
	}
	if len(refs) == 0 && !seen[link] && f.cl.policy.checkURL(mustParse(link)) == nil {
		// The page the list of committees links (the committee's details,
		// or its meetings asked otherwise) lists them, or links where.
		seen[link] = true
		if more, lerr := f.cl.get(ctx, link, "", ""); lerr == nil {
			refs, pages, err = parseMeetingsPage(more.Body, f.answeredAt(more)), append(pages, more), nil
		} else if ctx.Err() != nil {
			return nil, fmt.Errorf("list meetings of %s: %w", c.Title, lerr)
		}
	}
	if err != nil {
		if !calendar {
			return nil, fmt.Errorf("list meetings of %s: %w", c.Title, err)
		}
		return f.calendarInstead(ctx, c, err)
	}
	fromYear, _ := strconv.Atoi(f.win.from[:4])
	toYear, _ := strconv.Atoi(f.win.to[:4])
	seenYear := map[int]bool{} // years asked for
	pageErr := firstErr        // a listing page that failed
	for len(pages) > 0 && len(seen) < maxListingPages {
		page := pages[0]
		pages = pages[1:]
		for _, l := range pageLinks(page.Body, f.answeredAt(page)) {
			if !strings.EqualFold(path.Base(l.URL.Path), meetingsPage) || seen[l.URL.String()] || len(seen) >= maxListingPages {
				continue
			}
			if id := queryValue(l.URL, "committeeid", "cid"); id != c.ID {
				continue // another committee's meetings
			}
			y := -1 // no year: a further page
			if ys := queryValue(l.URL, "year"); ys != "" {
				if y, err = strconv.Atoi(ys); err != nil {
					continue
				}
			}
			if y > 0 && (y < fromYear || y > toYear+1 || seenYear[y]) || f.cl.policy.checkURL(l.URL) != nil {
				continue // a year outside the window, one already read, or a listing on another host
			}
			seen[l.URL.String()], seenYear[y] = true, true
			more, err := f.cl.get(ctx, l.URL.String(), "", "")
			if err != nil {
				err = fmt.Errorf("list meetings of %s (%s): %w", c.Title, l.URL, err)
				if ctx.Err() != nil || !errors.As(err, &se) || len(refs) > 0 {
					return nil, err
				}
				pageErr = err // the calendar may list them
				continue
			}
			refs = append(refs, parseMeetingsPage(more.Body, f.answeredAt(more))...)
			pages = append(pages, more)
		}
	}
	if len(refs) == 0 && calendar && pageErr != nil {
		// Only a listing that failed: one that lists nothing is taken at
		// its word (a committee that never met), as reading the calendar
		// costs a request for every month of the window.
		if cal, cerr := f.calendarMeetingsOf(ctx, c); cerr == nil && len(cal) > 0 {
			f.log.Warn("ieListMeetings.aspx failed: the meetings are those of the meetings calendar", "committee", c.Title, "meetings", len(cal))
			refs, pageErr = cal, nil
		}
	}
	if len(refs) == 0 && pageErr != nil {
		return nil, pageErr
	}
	return sortMeetings(refs), nil
}

// calendarInstead lists the committee's meetings from the calendar when
// ieListMeetings.aspx failed with listErr.
func (f *fetcher) calendarInstead(ctx context.Context, c committee, listErr error) ([]meetingRef, error) {
	refs, err := f.calendarMeetingsOf(ctx, c)
	if err != nil || len(refs) == 0 {
		return nil, fmt.Errorf("list meetings of %s: %w", c.Title, listErr)
	}
	f.log.Warn("ieListMeetings.aspx failed: the meetings are those of the calendar", "committee", c.Title, "err", listErr)
	return sortMeetings(refs), nil
}

// sortMeetings orders meetings by date (then ID) and drops repeats.
func sortMeetings(refs []meetingRef) []meetingRef {
	sort.SliceStable(refs, func(i, j int) bool {
		if refs[i].Date != refs[j].Date {
			return refs[i].Date < refs[j].Date
		}
		return refs[i].ID < refs[j].ID
	})
	var out []meetingRef
	seen := map[string]bool{}
	for _, r := range refs {
		if !seen[r.ID] {
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	return out
}

// meetingList is a committee's meetings, as listed, with their corpus
// paths; failed means they could not be listed.
type meetingList struct {
	c       committee
	refs    []meetingRef
	names   []string
	viaHTML bool
	failed  bool
}

// listCommittee lists the committee's meetings. A listing that fails is
// recorded in the summary and gives an empty list; only a cancelled
// context or a site given up on stops the fetch.
func (f *fetcher) listCommittee(ctx context.Context, c committee, viaHTML bool) (meetingList, error) {
	refs, viaHTML, err := f.listMeetings(ctx, c, viaHTML)
	if err != nil {
		if ctx.Err() != nil {
			return meetingList{}, err
		}
		f.record(failed, Outcome{Committee: c.Title, Reason: err.Error()})
		return meetingList{c: c, failed: true}, f.cl.unresponsive()
	}
	in := 0
	for _, r := range refs {
		if f.win.contains(r.Date) {
			in++
		}
	}
	if f.opts.Progress != nil {
		fmt.Fprintf(f.opts.Progress, "%s: %d meetings from %s to %s\n", terminal.Escape(c.Title), in, f.win.from, f.win.to)
	}
	if f.listed != nil {
		f.listed(in)
	}
	return meetingList{c: c, refs: refs, names: meetingNames(f, c, refs), viaHTML: viaHTML}, nil
}

// fetchCommittee fetches the listed meetings in the window, saving the
// manifest after each one that changed it. Only a cancelled context, a
// site given up on or a manifest that cannot be saved stops it.
func (f *fetcher) fetchCommittee(ctx context.Context, l meetingList) error {
	for i, ref := range l.refs {
		if !f.win.contains(ref.Date) {
			continue // some sites ignore the date range they are given
		}
		var kind string
		var o Outcome
		if ref.NotHeld != "" {
			kind, o = f.notHeld(l.c, ref, ref.NotHeld, Outcome{Committee: l.c.Title, MeetingID: ref.ID, Date: ref.Date})
		} else {
			kind, o = f.fetchMeeting(ctx, meetingJob{c: l.c, refs: l.refs, names: l.names, i: i, viaHTML: l.viaHTML})
		}
		if f.dirty {
			if err := f.man.Save(f.opts.Corpus); err != nil {
				return err
			}
			f.dirty = false
		}
		if ctx.Err() != nil {
			return fmt.Errorf("fetch %s: %w", l.c.Title, context.Cause(ctx))
		}
		f.record(kind, o)
		if err := f.cl.unresponsive(); err != nil {
			return err
		}
	}
	return nil
}

// record adds what became of a meeting to the summary, writes its
// progress line and tells the run.
func (f *fetcher) record(kind string, o Outcome) {
	f.sum.add(kind, o, f.opts.Progress)
	if f.done != nil && o.MeetingID != "" {
		f.done(kind)
	}
}

// meetingNames gives each meeting its corpus path without extension: the
// date, with the meeting ID added when the committee met twice that day.
func meetingNames(f *fetcher, c committee, refs []meetingRef) []string {
	perDate := map[string]int{}
	for _, r := range refs {
		perDate[r.Date]++
	}
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = f.relPath(c, r, perDate[r.Date] > 1)
	}
	return names
}

// nameApart adds the meeting ID to the path of a meeting that a meeting
// of an earlier committee of the run already takes: two committees whose
// titles slug alike (a "Licensing Sub-Committee" listed twice, a
// committee recreated under its old title) meeting on one day would
// otherwise be stored as one file, the second over the first.
func nameApart(f *fetcher, lists []meetingList) {
	owner := map[string]string{} // path -> the committee ID that takes it
	for _, l := range lists {
		for i, name := range l.names {
			if id, ok := owner[name]; ok && id != l.c.ID {
				l.names[i] = f.relPath(l.c, l.refs[i], true)
				continue
			}
			owner[name] = l.c.ID
		}
	}
}

// upgradeScheme makes the site https when it was given as http:// and
// its first answer came over https from the same host and path, as sites
// that redirect every address do: each later request then goes straight
// there rather than through a redirect.
func (f *fetcher) upgradeScheme(res *response) {
	if res == nil || f.site.Scheme != "http" {
		return
	}
	u, err := url.Parse(res.Final)
	if err != nil || u.Scheme != "https" || !strings.EqualFold(u.Host, f.site.Host) ||
		!strings.HasPrefix(strings.ToLower(u.Path), strings.ToLower(f.site.Path)+"/") {
		return
	}
	up := *f.site
	up.Scheme = "https"
	f.log.Info("the site answers over https: asking there", "site", up.String())
	f.site = &up
}

// mustParse parses a URL this package made absolute itself.
func mustParse(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		return &url.URL{}
	}
	return u
}
