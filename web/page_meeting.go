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
	v := meetingView{M: m, CouncilURL: councilLinkOf(m.CouncilSlug), SourceURL: minutesLink(m.SourceURL, m.SourcePath),
		Attendance: attendanceRows(m.Attendance)}
	for _, alt := range m.Alternatives {
		v.Alternatives = append(v.Alternatives, sourceLink{Name: path.Base(alt), URL: sourcePath(alt)})
	}
	for _, it := range m.Items {
		v.Items = append(v.Items, meetingItem{Item: it, URL: itemPath(it.ID), DecisionViews: decisionViews(it.Decisions, it.DecisionDetails, nil)})
	}
	if strings.TrimSpace(m.Header) != "" {
		v.FrontURL = itemPath(schema.FrontID(m.ID))
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

// sourceKind names what a meeting's source link opens, for its label: the
// kind of file the link leads to when its address says (a meeting read
// from a council's web page may link the printed minutes PDF), else the
// format the minutes were read from.
func sourceKind(sourceURL, format string) string {
	p := sourceURL
	if u, err := url.Parse(sourceURL); err == nil {
		p = u.Path
	}
	if strings.EqualFold(path.Base(p), "mgConvert2PDF.aspx") { // ModernGov's documents as PDF
		return "PDF"
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".pdf":
		return "PDF"
	case ".doc", ".docx", ".rtf":
		return "Word"
	case ".htm", ".html", ".aspx":
		return "web page"
	case ".txt":
		return "text"
	case ".md":
		return "Markdown"
	}
	switch format {
	case "html", "moderngov":
		return "web page"
	case "pdf", "docx":
		return sourceKind("x."+format, "")
	}
	return format
}
