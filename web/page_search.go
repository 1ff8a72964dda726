package web

import (
	"cmp"
	"context"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/councilminutes/minutes/search"
)

// hitsPerGroup is how many items of a meeting the grouped view shows; the
// rest are counted in a link to the meeting.
const hitsPerGroup = 3

// searchView is the view model of the search page.
type searchView struct {
	Query      string
	Req        search.Request
	Empty      bool // no query and no filters: show examples
	Total      uint64
	TookMS     float64
	Hits       []hitView
	Groups     []groupView
	Facets     []facetGroup
	Active     []activeFilter
	Sorts      []option
	Pager      pager
	CSVURL     string
	FeedURL    string
	GroupURL   string // toggles group=meeting
	CompareURL string
	// CommitteesURL compares the committees of the one council of the
	// filters for the query ("" otherwise).
	CommitteesURL string
	Grouped       bool
	Examples      []example
	Loosen        []activeFilter // "no results": filters to remove
	Notes         []string       // what an inspection-relative filter kept, or why nothing; a relaxed query
	Relaxed       bool           // no item holds every word: these hold most of them
	Suggest       []suggestion   // other words to try
	Relative      []option       // links to search relative to inspections (Value is the URL)
	// NeighboursURL compares the one council of the filters with its
	// statistical neighbours, with the same query and inspection filters.
	NeighboursURL  string
	NeighboursName string
	Holdings       *holdings // what the index holds, on the empty page
}

func (v searchView) headerQuery() string { return v.Query }
func (v searchView) feedURL() string     { return v.FeedURL }

type hitView struct {
	search.Hit
	Link        string // item page, carrying the query for highlighting
	Snippets    []template.HTML
	TopicLabels []string
	InGroup     bool // shown under its meeting: no need to repeat it
}

type groupView struct {
	search.Group
	Link string
	Hits []hitView
	More int // matching items of this meeting not shown
}

type facetGroup struct {
	Name   string // parameter: council, committee, topic, year
	Label  string
	Values []facetValue
}

type facetValue struct {
	Label  string
	Count  int
	Sub    bool // a topic within a family, shown under it
	Active bool
	URL    string // adds or removes this filter
}

type activeFilter struct {
	Label     string
	RemoveURL string
}

type option struct {
	Value, Label string
	Selected     bool
}

type pager struct {
	Page, Pages int
	Prev, Next  string
	// Last links to the last page when Page is past it (page=99 of an
	// answer of one page); Prev and Next are then empty.
	Last string
}

type example struct {
	Label, URL string
}

// suggestion offers searches with other words for one word of the query.
type suggestion struct {
	Word string
	Try  []example // the word to try and the search with it
}

// pageSearch answers GET /: the search form, facets and results.
func (s *Server) pageSearch(r *http.Request) (*page, error) {
	q := r.URL.Query()
	req, err := parseSearch(q)
	if err != nil {
		return nil, err
	}
	v := searchView{Query: req.Query, Req: req, Grouped: req.Group == "meeting", Sorts: sortOptions(req.Sort)}
	if isEmptySearch(req) {
		v.Empty = true
		ctx, cancel := s.ctx(r)
		defer cancel()
		v.Holdings, v.Examples = s.holdings(ctx, r)
		return &page{Template: "search.html", Title: "Search council minutes", View: v}, nil
	}
	if req.Year == "" && req.From != "" && req.To != "" && req.From[:4] == req.To[:4] {
		req.Year = req.From[:4] // a range within one year: show its months
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	res, err := s.search.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	v.fill(q, req, res)
	s.addOfstedLinks(ctx, q, req, res, &v)
	title := "Search council minutes"
	if req.Query != "" {
		title = req.Query + " – search council minutes"
	}
	return &page{Template: "search.html", Title: title, View: v}, nil
}

// fill puts a result into the view: hits or groups, facets, filters,
// paging and the links to exports of the same search.
func (v *searchView) fill(q url.Values, req search.Request, res *search.Result) {
	topics := map[string]string{}
	for _, f := range res.Facets["topic"] {
		topics[f.Value] = f.Label
	}
	v.Total, v.TookMS = res.Total, res.TookMS
	for _, h := range res.Hits {
		v.Hits = append(v.Hits, newHitView(h, req.Query, topics))
	}
	for _, g := range res.Groups {
		shown := g.Hits[:min(len(g.Hits), hitsPerGroup)]
		gv := groupView{Group: g, Link: meetingPath(g.MeetingID), More: max(g.Total-len(shown), 0)}
		for _, h := range shown {
			hv := newHitView(h, req.Query, topics)
			hv.InGroup = true
			gv.Hits = append(gv.Hits, hv)
		}
		v.Groups = append(v.Groups, gv)
	}
	v.Facets = facetGroups(q, res.Facets)
	v.Active = activeFilters(q, res.Facets)
	if label := relativeLabel(req); label != "" {
		v.Active = append(v.Active, activeFilter{Label: label, RemoveURL: searchLink(withoutRelative(q))})
	}
	v.Notes = res.Notes
	v.Relaxed = res.Relaxed
	v.Suggest = suggestions(q, res.Suggestions)
	if res.Total == 0 {
		v.Loosen = v.Active
	}
	v.Pager = newPager(q, req, res)
	v.CSVURL = apiSearchLink(withParam(withoutPaging(q), "format", "csv"))
	v.FeedURL = feedLink(withoutPaging(q))
	group := "meeting"
	if v.Grouped {
		group = ""
	}
	v.GroupURL = searchLink(withParam(withoutPaging(q), "group", group))
	if req.Query != "" {
		v.CompareURL = compareURL(req.Query)
	}
	if req.Query != "" && len(req.Councils) == 1 {
		v.CommitteesURL = compareLink(url.Values{"q": {req.Query}, "council": req.Councils, "by": {search.ByCommittee}})
	}
}

// newHitView prepares a hit for display; topics maps topic slugs to labels.
func newHitView(h search.Hit, query string, topics map[string]string) hitView {
	link := itemPath(h.ID)
	if query != "" {
		link += "?" + url.Values{"q": {query}}.Encode()
	}
	hv := hitView{Hit: h, Link: link}
	for _, t := range h.Topics {
		hv.TopicLabels = append(hv.TopicLabels, cmp.Or(topics[t], t))
	}
	for _, sn := range h.Snippets {
		hv.Snippets = append(hv.Snippets, safeSnippet(sn))
	}
	return hv
}

// suggestions turns the search layer's suggestions into links: the same
// search with the word replaced (a phrase quoted).
func suggestions(q url.Values, ss []search.Suggestion) []suggestion {
	var out []suggestion
	query := q.Get("q")
	for _, s := range ss {
		sg := suggestion{Word: s.Word}
		for _, alt := range append(append([]string(nil), s.Spellings...), s.Synonyms...) {
			with := alt
			if strings.Contains(alt, " ") {
				with = `"` + alt + `"`
			}
			replaced := strings.Replace(query, s.Word, with, 1)
			sg.Try = append(sg.Try, example{Label: alt, URL: searchLink(withParam(withoutPaging(q), "q", replaced))})
		}
		out = append(out, sg)
	}
	return out
}

func sortOptions(current string) []option {
	opts := []option{
		{Value: search.SortRelevance, Label: "Best match"},
		{Value: search.SortDateDesc, Label: "Newest first"},
		{Value: search.SortDate, Label: "Oldest first"},
	}
	for i := range opts {
		opts[i].Selected = opts[i].Value == current
	}
	return opts
}

func newPager(q url.Values, req search.Request, res *search.Result) pager {
	size := uint64(req.Size)
	pages := int((res.Total + size - 1) / size)
	if req.Group == "meeting" {
		pages = (res.TotalGroups + req.Size - 1) / req.Size
	}
	pages = min(pages, search.MaxPage)
	p := pager{Page: req.Page, Pages: pages}
	if req.Page > pages && pages > 0 {
		p.Last = searchLink(withParam(q, "page", strconv.Itoa(pages)))
		return p
	}
	if req.Page > 1 {
		p.Prev = searchLink(withParam(q, "page", strconv.Itoa(req.Page-1)))
	}
	if req.Page < pages {
		p.Next = searchLink(withParam(q, "page", strconv.Itoa(req.Page+1)))
	}
	return p
}

// isEmptySearch reports whether a request has no query and no filter:
// the page then shows what the index holds instead of results.
func isEmptySearch(req search.Request) bool {
	return req.Query == "" && len(req.Councils)+len(req.Committees)+len(req.Topics)+len(req.Regions)+len(req.Types) == 0 &&
		req.From == "" && req.To == "" && !req.Undated && req.RelativeTo == "" && req.Judgement == "" && req.SubJudgements.IsZero() &&
		req.NeighboursOf == "" && req.Moved == ""
}

// addOfstedLinks offers the inspection-relative searches, and the compare
// with a council's statistical neighbours, only where they apply: when the
// results or the filters name a council of the register of children's
// services authorities (the region facet counts only those).
func (s *Server) addOfstedLinks(ctx context.Context, q url.Values, req search.Request, res *search.Result, v *searchView) {
	inRegister := len(res.Facets["region"]) > 0 || req.RelativeTo != "" || len(req.Regions)+len(req.Types) > 0 || req.NeighboursOf != ""
	if len(req.Councils) == 1 {
		c, err := s.search.Council(ctx, req.Councils[0])
		if err == nil && c.Register != nil {
			inRegister = true
			if len(c.Register.Neighbours) > 0 {
				v.NeighboursURL = neighboursURL(q, c.Slug)
				v.NeighboursName = c.Name
			}
		}
	}
	if inRegister {
		v.Relative = relativeOptions(q, req)
	}
}

// neighboursURL is the compare page for a council and its statistical
// neighbours, with the search's query and filters but those that choose
// the one council or its own dates.
func neighboursURL(q url.Values, council string) string {
	next := withoutPaging(q)
	for _, p := range []string{"council", "from", "to", "sort", "group", "year", "region", "type", "neighbours_of"} {
		next.Del(p)
	}
	next.Set("neighbours_of", council)
	return compareLink(next)
}
