package web

import (
	"context"
	"net/http"
	"net/url"
	"sort"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/inspect"
)

// councilsView is the view model of /councils.
type councilsView struct {
	Councils []councilLink
}

type councilLink struct {
	search.Council
	URL string
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
	Sourced []inspect.Inspection
	Mined   []inspect.Candidate
	// Context says whether coverage and inspections could be shown.
	HasContext   bool
	ContextError string
}

type timelineYear struct {
	Year     string
	Meetings []search.MeetingSummary
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
		v.Councils = append(v.Councils, councilLink{Council: c, URL: "/councils/" + url.PathEscape(c.Slug)})
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
	v := councilView{C: c, Years: timeline(c.MeetingList)}
	if s.context != nil {
		s.addContext(ctx, r, &v)
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
	ms = append([]search.MeetingSummary(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool {
		if (ms[i].Date == "") != (ms[j].Date == "") {
			return ms[j].Date == ""
		}
		return ms[i].Date > ms[j].Date
	})
	var out []timelineYear
	for _, m := range ms {
		if m.URL == "" {
			m.URL = "/meetings/" + url.PathEscape(m.ID)
		}
		year := "Date unknown"
		if len(m.Date) >= 4 {
			year = m.Date[:4]
		}
		if len(out) == 0 || out[len(out)-1].Year != year {
			out = append(out, timelineYear{Year: year})
		}
		last := &out[len(out)-1]
		last.Meetings = append(last.Meetings, m)
	}
	return out
}
