package web

import (
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// meetingView is the view model of a meeting page.
type meetingView struct {
	M          *search.MeetingDetail
	CouncilURL string
	SourceURL  string
	// Alternatives link the other files of the corpus that hold this
	// meeting (another format, another spelling of its date).
	Alternatives []sourceLink
	Items        []meetingItem
	// FrontURL is the page of the text before the first item (heading,
	// attendance, an agenda front sheet); "" when there is none.
	FrontURL string
	// How the items were found, in words, and whether they may be
	// mis-split (confidence below schema.LowConfidence).
	Method        string
	LowConfidence bool
	// Attendance is who attended, list by list, each person linking to
	// their items; empty when the minutes' lists could not be read as
	// people (the lists as printed are then shown).
	Attendance []attendanceRow
}

// sourceLink is a file of the corpus and its /source/ URL.
type sourceLink struct {
	Name string
	URL  string
}

type meetingItem struct {
	schema.Item
	URL           string
	DecisionViews []decisionView
}

// pageMeeting answers GET /meetings/{id}.
func (s *Server) pageMeeting(r *http.Request) (*page, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	m, err := s.search.Meeting(ctx, pathVar(r, "id"))
	if err != nil {
		return nil, err
	}
	v := meetingView{M: m, CouncilURL: "/councils/" + url.PathEscape(m.CouncilSlug), SourceURL: meetingSource(m),
		Attendance: attendanceRows(m.Attendance)}
	for _, alt := range m.Alternatives {
		v.Alternatives = append(v.Alternatives, sourceLink{Name: path.Base(alt), URL: sourcePath(alt)})
	}
	for _, it := range m.Items {
		v.Items = append(v.Items, meetingItem{Item: it, URL: "/items/" + url.PathEscape(it.ID), DecisionViews: decisionViews(it.Decisions, it.DecisionDetails, nil)})
	}
	if strings.TrimSpace(m.Header) != "" {
		v.FrontURL = "/items/" + url.PathEscape(schema.FrontID(m.ID))
	}
	if st := m.Structure; st.Method != "" {
		v.Method = methodWords[st.Method]
		if v.Method == "" {
			v.Method = st.Method
		}
		v.LowConfidence = st.Confidence < schema.LowConfidence
	}
	title := m.Committee + ", " + longDate(m.Date)
	return &page{Template: "meeting.html", Title: title + " – " + m.CouncilName, View: v}, nil
}

// methodWords says how extraction found a meeting's items.
var methodWords = map[string]string{
	"numbered":   "from their numbers",
	"references": "from headings with agenda references",
	"headings":   "from unnumbered headings",
	"table":      "from the table of items",
	"sections":   "no item structure found: the text is cut at its headings",
	"whole":      "no item structure found: the whole text is one item",
	"moderngov":  "from the council's structured meeting record",
}

// meetingSource links to the council's own copy when known, else to the
// file in this application's corpus.
func meetingSource(m *search.MeetingDetail) string {
	if m.SourceURL != "" {
		return m.SourceURL
	}
	if m.SourcePath == "" {
		return ""
	}
	return sourcePath(m.SourcePath)
}

// sourcePath is the /source/ URL of a corpus-relative path.
func sourcePath(p string) string {
	u := url.URL{Path: "/source/" + p}
	return u.EscapedPath()
}
