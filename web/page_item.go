package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/councilminutes/minutes/search"
)

// similarOnItemPage is how many similar items the item page shows.
const similarOnItemPage = 5

// itemView is the view model of an item page.
type itemView struct {
	Item        *search.ItemDetail
	Query       string
	CouncilURL  string
	MeetingURL  string
	SourceURL   string // the minutes: the council's own URL when known, else the server's copy
	Agenda      []textBlock
	Paragraphs  []textBlock
	Decisions   []decisionView
	People      []personLink // who moved, seconded, voted or is named
	Topics      []topicLink  // each links to a search for the topic
	PrevURL     string
	NextURL     string
	Similar     []hitView
	SimilarNote string // shown when similar items could not be found
	// MinSimilarity is the least likeness a similar item has (search.MinSimilarity).
	MinSimilarity float64
	Citation      string
	Permalink     string
}

func (v itemView) headerQuery() string { return v.Query }

// topicLink is one of an item's topics, linking to a search for it.
type topicLink struct {
	Label, URL string
}

// pageItem answers GET /items/{id}.
func (s *Server) pageItem(r *http.Request) (*page, error) {
	query := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(query) > search.MaxQueryLength {
		return nil, badParam("q", "longer than %d characters", search.MaxQueryLength)
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	it, err := s.search.Item(ctx, pathVar(r, "id"))
	if err != nil {
		return nil, err
	}
	// a query the parser refuses marks nothing: the item is still worth showing
	marker, _ := s.search.Marker(query)
	v := itemView{
		Item:       it,
		Query:      query,
		CouncilURL: councilLinkOf(it.CouncilSlug),
		SourceURL:  minutesLink(it.CouncilURL, it.SourcePath),
		MeetingURL: meetingPath(it.MeetingID),
		Agenda:     paragraphs(it.Agenda, "agenda", marker),
		Paragraphs: paragraphs(it.Text, "text", marker),
		Permalink:  s.base() + itemPath(it.ID),

		MinSimilarity: search.MinSimilarity,
	}
	v.Decisions = decisionViews(it.Decisions, it.Details, marker)
	v.People = personLinks(it.People)
	for i, t := range it.Topics {
		label := t
		if i < len(it.TopicLabels) {
			label = it.TopicLabels[i]
		}
		v.Topics = append(v.Topics, topicLink{Label: label, URL: searchLink(url.Values{"topic": {t}})})
	}
	keep := ""
	if query != "" {
		keep = "?" + url.Values{"q": {query}}.Encode()
	}
	if it.PrevID != "" {
		v.PrevURL = itemPath(it.PrevID) + keep
	}
	if it.NextID != "" {
		v.NextURL = itemPath(it.NextID) + keep
	}
	v.Citation = citation(it, v.Permalink)
	similar, err := s.search.Similar(ctx, it.ID, true, similarOnItemPage)
	if err != nil { // the page is still useful without them
		s.log.WarnContext(ctx, "similar items", "id", it.ID, "request_id", requestID(r), "err", err)
		v.SimilarNote = "Similar items could not be found just now."
	}
	for _, h := range similar {
		v.Similar = append(v.Similar, newHitView(h, "", nil))
	}
	title := it.Title
	if title == "" {
		title = "Item " + it.ItemNumber
	}
	return &page{Template: "item.html", Title: title + " – " + it.CouncilName, View: v}, nil
}

// citation is one line naming the council, committee, date, minute number
// and link.
func citation(it *search.ItemDetail, link string) string {
	parts := []string{it.CouncilName, it.CommitteeName, longDate(it.Date)}
	minute := strings.TrimSpace(it.ItemNumber + " " + it.Title)
	if it.ItemNumber != "" {
		minute = "Minute " + minute
	}
	if minute != "" {
		parts = append(parts, minute)
	}
	return strings.Join(parts, ", ") + ". " + link
}
