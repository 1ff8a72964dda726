package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"github.com/councilminutes/minutes/search"
)

// feedSearch answers GET /feeds/search: an Atom feed of the newest items
// matching a search, with the same parameters as /api/search.
func (s *Server) feedSearch(r *http.Request) (any, error) {
	req, err := parseSearch(r.URL.Query())
	if err != nil {
		return nil, err
	}
	req.Sort = search.SortDateDesc
	req.Page = 1
	req.Group = ""
	req.After = nil
	ctx, cancel := s.ctx(r)
	defer cancel()
	res, err := s.search.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	base := s.base()
	title := "Council minutes"
	if req.Query != "" {
		title += ": " + req.Query
	}
	pageURL := base + searchLink(searchQuery(req))
	feed := &feeds.Feed{
		Title:       title,
		Link:        &feeds.Link{Href: pageURL},
		Description: "Newest council committee minutes matching this search",
		Id:          feedID(base, pageURL),
	}
	if res.Relaxed {
		feed.Description = strings.Join(res.Notes, " ")
	}
	for _, h := range res.Hits {
		date := s.entryTime(h)
		if date.After(feed.Updated) {
			feed.Updated = date
		}
		feed.Items = append(feed.Items, &feeds.Item{
			Title:       hitHeading(h),
			Link:        &feeds.Link{Href: base + itemPath(h.ID)},
			Id:          feedID(base, base+itemPath(h.ID)),
			Description: lacks(h) + plainSnippets(h.Snippets),
			Updated:     date,
			Created:     date,
			Author:      &feeds.Author{Name: h.CouncilName},
		})
	}
	// Atom (RFC 4287) wants an updated on the feed and on every entry: a
	// feed without a time of its own (no entries, or none with a date or a
	// file) has the server's start, and an entry without one the feed's.
	if feed.Updated.IsZero() {
		feed.Updated = s.started
	}
	for _, it := range feed.Items {
		if it.Updated.IsZero() {
			it.Updated, it.Created = feed.Updated, feed.Updated
		}
	}
	// feeds writes the link as the feed's id; Atom wants an absolute IRI,
	// which the link is only with a base URL.
	af := (&feeds.Atom{Feed: feed}).AtomFeed()
	af.Id = feed.Id
	atom, err := feeds.ToXML(af)
	if err != nil {
		return nil, fmt.Errorf("build atom feed: %w", err)
	}
	return &download{ContentType: "application/atom+xml; charset=utf-8", Body: []byte(atom)}, nil
}

// entryTime is when an item's entry was last changed: its meeting's date,
// else (the date unknown) its source file's modification time in the
// corpus, else the zero time.
func (s *Server) entryTime(h search.Hit) time.Time {
	if date := parseDay(h.Date); !date.IsZero() {
		return date
	}
	if s.corpus == nil || h.SourcePath == "" || !safeSourcePath(h.SourcePath) {
		return time.Time{}
	}
	info, err := s.corpus.Stat(h.SourcePath)
	if err != nil {
		return time.Time{}
	}
	return info.ModTime().UTC().Truncate(time.Second)
}

// hitHeading is "Council, Committee, date: 12. Title".
func hitHeading(h search.Hit) string {
	head := h.CouncilName + ", " + h.CommitteeName + ", " + longDate(h.Date)
	title := h.Title
	if h.ItemNumber != "" {
		title = h.ItemNumber + " " + title
	}
	return head + ": " + title
}

// parseDay parses YYYY-MM-DD, giving the zero time for anything else.
func parseDay(d string) time.Time {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return time.Time{}
	}
	return t
}

// base is the configured absolute URL of this application
// (Config.BaseURL), for feed links and permalinks; "" makes them
// relative. It never comes from the request: a Host header is the
// client's to choose, and a cache in front would keep its links.
func (s *Server) base() string {
	return s.baseURL
}

// feedID is an Atom id: the absolute link when there is a base URL, else a
// URN made of the relative one (Atom ids must be absolute).
func feedID(base, link string) string {
	if base != "" {
		return link
	}
	return "urn:minutes:" + link
}

// searchQuery is the inverse of parseSearch: the URL parameters of a
// request, defaults left out.
func searchQuery(req search.Request) url.Values {
	v := url.Values{}
	if req.Query != "" {
		v.Set("q", req.Query)
	}
	v["council"] = req.Councils
	v["committee"] = req.Committees
	v["topic"] = req.Topics
	v["person"] = req.People
	v["kind"] = req.Kinds
	for k, val := range map[string]string{"from": req.From, "to": req.To, "year": req.Year, "group": req.Group} {
		if val != "" {
			v.Set(k, val)
		}
	}
	if req.DecisionsOnly {
		v.Set("decisions", "1")
	}
	if req.Undated {
		v.Set("undated", "1")
	}
	if req.RelativeTo != "" {
		v.Set(req.RelativeTo, inspectionValue)
		if req.Judgement != "" {
			v.Set("judgement", req.Judgement)
		}
		if req.WithinMonths != 0 {
			v.Set("within", fmt.Sprintf("%dm", req.WithinMonths))
		}
	}
	addCohortQuery(v, req)
	if req.Sort != "" && req.Sort != search.SortRelevance {
		v.Set("sort", req.Sort)
	}
	if req.Page > 1 {
		v.Set("page", fmt.Sprint(req.Page))
	}
	if req.Size != 0 && req.Size != search.DefaultSize {
		v.Set("size", fmt.Sprint(req.Size))
	}
	for k := range v {
		if len(v[k]) == 0 {
			delete(v, k)
		}
	}
	return v
}
