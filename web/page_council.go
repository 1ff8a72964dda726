package web

import (
	"net/http"
	"net/url"
	"sort"

	"github.com/councilminutes/minutes/search"
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
	return &page{Template: "council.html", Title: c.Name, View: councilView{C: c, Years: timeline(c.MeetingList)}}, nil
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
