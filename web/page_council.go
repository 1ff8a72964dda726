package web

import (
	"cmp"
	"context"
	"html/template"
	"net/http"
	"net/url"
	"slices"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// councilsView is the view model of /councils: the councils with minutes
// first, by name, then those without (the register's other authorities),
// so that the few with minutes are not lost among 150 empty rows.
type councilsView struct {
	WithMinutes, Without []councilLink
	// InRegister counts the councils of the register of children's
	// services authorities, Indexed those with minutes indexed, Outside
	// the councils with minutes that are not in the register.
	InRegister, Indexed, Outside int
}

type councilLink struct {
	search.Council
	URL    string
	Latest string // the latest inspection's outcome and year, "" when none
}

// councilView is the view model of /councils/{slug}.
type councilView struct {
	C     *search.Council
	Years []timelineYear // newest first
	// Timeline draws the meetings and inspections; nil when nothing is dated.
	Timeline *timelineSVG
	// Coverage is the year x committee grid; nil without a ContextProvider.
	Coverage *coverageGrid
	// Sourced and Mined are the council's inspections from the data file
	// and, apart, those the minutes report.
	Sourced []inspections.Inspection
	Mined   []inspections.Candidate
	// Rows are Sourced for the table, newest first; MinedViews are Mined
	// with the row each matches.
	Rows       []inspectionRow
	MinedViews []minedView
	// Context says whether coverage and inspections could be shown.
	HasContext   bool
	ContextError string
	// Ofsted is true for a council of the register, or one with
	// inspections recorded: only these get Ofsted's context.
	Ofsted bool
	// Neighbours are the council's statistical neighbours, and
	// NeighboursURL compares the council with them.
	Neighbours    []councilRef
	NeighboursURL string
	// CoverageJSON and InspectionsJSON are the API's answers of the same.
	CoverageJSON, InspectionsJSON string
}

// councilRef names a council with a link to its page.
type councilRef struct {
	Name, URL string
}

type timelineYear struct {
	Year     string // "2021", or "Date unknown"
	ID       string // its heading's id: "y-2021", "y-unknown"
	Meetings []timelineMeeting
}

// timelineMeeting is a meeting of the list, with its date and size in
// words worked out once rather than by the template for each of a
// thousand rows.
type timelineMeeting struct {
	URL, Date, CommitteeName string
	When                     template.HTML // <time datetime="2013-12-13">13 December 2013</time>, as the "date" template writes it
	Size                     string        // "4 items"
}

// pageCouncils answers GET /councils.
func (s *Server) pageCouncils(r *http.Request) (*page, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	cs, err := s.search.Councils(ctx)
	if err != nil {
		return nil, err
	}
	var v councilsView
	for _, c := range cs {
		l := councilLink{Council: c, URL: councilLinkOf(c.Slug)}
		if c.Latest != nil {
			l.Latest = outcome(c.Latest.Kind, c.Latest.Judgement)
			if d, ok := c.Latest.Date(); ok {
				l.Latest += " (" + d.Format("2006") + ")"
			}
		}
		switch {
		case c.Register != nil && c.Meetings > 0:
			v.InRegister++
			v.Indexed++
		case c.Register != nil:
			v.InRegister++
		default:
			v.Outside++
		}
		if c.Meetings > 0 {
			v.WithMinutes = append(v.WithMinutes, l)
		} else {
			v.Without = append(v.Without, l)
		}
	}
	return &page{Template: "councils.html", Title: "Councils", View: v}, nil
}

// pageCouncil answers GET /councils/{slug}: committees and a timeline of
// meetings, newest first.
func (s *Server) pageCouncil(r *http.Request) (*page, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	c, err := s.search.Council(ctx, pathVar(r, "slug"))
	if err != nil {
		return nil, err
	}
	v := councilView{C: c, Years: timeline(c.MeetingList),
		CoverageJSON: apiCouncilPath(c.Slug, "coverage"), InspectionsJSON: apiCouncilPath(c.Slug, "inspections")}
	if s.context != nil {
		s.addContext(ctx, r, &v)
	}
	v.Ofsted = c.Register != nil || len(v.Sourced) > 0
	v.Rows = inspectionRows(c.Slug, v.Sourced)
	v.MinedViews = minedViews(v.Mined)
	if c.Register != nil && len(c.Register.Neighbours) > 0 {
		names := map[string]string{}
		if all, err := s.search.Councils(ctx); err == nil {
			for _, o := range all {
				names[o.Slug] = o.Name
			}
		}
		for _, n := range c.Register.Neighbours {
			v.Neighbours = append(v.Neighbours, councilRef{Name: cmp.Or(names[n], n), URL: councilPath(n)})
		}
		v.NeighboursURL = compareLink(url.Values{"neighbours_of": {c.Slug}})
	}
	if t, ok := newTimeline(c.MeetingList, v.Sourced, v.Mined); ok {
		v.Timeline = &t
	}
	return &page{Template: "council.html", Title: c.Name, View: v}, nil
}

// addContext fills in a council page's coverage and inspections. A
// failure is logged and said on the page, which still shows the meetings.
func (s *Server) addContext(ctx context.Context, r *http.Request, v *councilView) {
	v.HasContext = true
	cov, err := s.context.Coverage(ctx, v.C.Slug)
	if err == nil {
		g := newCoverageGrid(cov)
		v.Coverage = &g
		v.Sourced, v.Mined, err = s.context.Inspections(ctx, v.C.Slug)
	}
	if err != nil {
		s.log.ErrorContext(ctx, "council context", "request_id", requestID(r), "council", v.C.Slug, "err", err)
		v.ContextError = "Coverage and inspections could not be worked out just now (request " + requestID(r) + ")."
	}
}

// timeline groups meetings by year, newest first; undated ones come last.
func timeline(ms []search.MeetingSummary) []timelineYear {
	newestFirst := func(a, b search.MeetingSummary) int {
		switch {
		case a.Date == b.Date:
			return 0
		case a.Date == "": // undated last
			return 1
		case b.Date == "":
			return -1
		}
		return cmp.Compare(b.Date, a.Date)
	}
	if !slices.IsSortedFunc(ms, newestFirst) { // search.Council lists them so already
		ms = slices.Clone(ms)
		slices.SortStableFunc(ms, newestFirst)
	}
	var out []timelineYear
	for _, m := range ms {
		year, id := "Date unknown", "y-"+unknownYear
		if len(m.Date) >= 4 {
			year, id = m.Date[:4], "y-"+m.Date[:4]
		}
		if len(out) == 0 || out[len(out)-1].Year != year {
			out = append(out, timelineYear{Year: year, ID: id})
		}
		last := &out[len(out)-1]
		last.Meetings = append(last.Meetings, timelineMeeting{URL: meetingPath(m.ID), Date: m.Date, CommitteeName: m.CommitteeName,
			When: dateHTML(m.Date), Size: plural(m.Items, "item", "items")})
	}
	return out
}

// councilTableView is what the council-table template draws: a table of
// councils with its caption.
type councilTableView struct {
	Caption string
	Rows    []councilLink
	// Register is true when a row is in the register of children's
	// services authorities or has an inspection: only then are region,
	// type and latest inspection columns shown.
	Register bool
}

func councilTable(caption string, rows []councilLink) councilTableView {
	v := councilTableView{Caption: caption, Rows: rows}
	for _, r := range rows {
		v.Register = v.Register || r.Register != nil || r.Latest != ""
	}
	return v
}
