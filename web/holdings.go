package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/councilminutes/minutes/search"
)

// holdings is what the index holds, for the empty search page: councils,
// years, committees and topics, with their item counts.
type holdings struct {
	Items                                    uint64
	Councils                                 int
	FirstYear, LastYear                      string
	CouncilList, Committees, Topics          []facetValue // the largest few, each a link
	MoreCouncils, MoreCommittees, MoreTopics int
}

// holdingsShown is how many councils, committees and topics the empty
// page lists.
const holdingsShown = 8

// proceduralTopic is the taxonomy's topic of apologies, declarations and
// previous minutes (corpus/topics.json): no example search is drawn from it.
const proceduralTopic = "procedural"

// holdings reads what the index holds from the facets of a search for
// everything, and draws example searches from it: its largest topics and
// committees, and the inspection-relative search only when it holds
// councils of the register. A failure leaves the page without them.
func (s *Server) holdings(ctx context.Context, r *http.Request) (*holdings, []example) {
	res, err := s.search.Search(ctx, search.Request{Size: 1, Page: 1, Sort: search.SortDateDesc})
	if err != nil {
		s.log.WarnContext(ctx, "what the index holds", "request_id", requestID(r), "err", err)
		return nil, nil
	}
	h := &holdings{Items: res.Total}
	for _, f := range res.Facets["council"] {
		if f.Value != "" { // not the council the extraction could not name
			h.Councils++
		}
	}
	for _, y := range res.Facets["year"] {
		if _, err := strconv.Atoi(y.Value); err != nil {
			continue
		}
		if h.FirstYear == "" || y.Value < h.FirstYear {
			h.FirstYear = y.Value
		}
		h.LastYear = max(h.LastYear, y.Value)
	}
	list := func(name string) ([]facetValue, int) {
		var out []facetValue
		for _, f := range res.Facets[name] {
			if len(out) == holdingsShown {
				break
			}
			if f.Value == "" {
				continue // a council or committee the extraction could not name: nothing to link to
			}
			link := searchLink(url.Values{name: {f.Value}})
			if name == "council" {
				link = councilPath(f.Value)
			}
			out = append(out, facetValue{Label: f.Label, Count: f.Count, URL: link})
		}
		named := len(res.Facets[name])
		if slices.ContainsFunc(res.Facets[name], func(f search.Facet) bool { return f.Value == "" }) {
			named--
		}
		return out, max(named-len(out), 0)
	}
	h.CouncilList, h.MoreCouncils = list("council")
	h.Committees, h.MoreCommittees = list("committee")
	h.Topics, h.MoreTopics = list("topic")

	var ex []example
	var topics []search.Facet
	for _, t := range res.Facets["topic"] {
		if t.Value != proceduralTopic && len(topics) < 3 {
			topics = append(topics, t)
		}
	}
	for _, t := range topics {
		ex = append(ex, example{Label: t.Label, URL: searchLink(url.Values{"topic": {t.Value}})})
	}
	if len(res.Facets["council"]) > 1 && len(topics) > 0 {
		ex = append(ex, example{Label: "compare councils on " + topics[0].Label, URL: compareLink(url.Values{"topic": {topics[0].Value}})})
	}
	if len(res.Facets["region"]) > 0 {
		if e, ok := s.afterInspectionExample(ctx); ok {
			ex = append(ex, e)
		}
	}
	return h, ex
}

// afterInspectionExample offers the minutes within 12 months after an
// inadequate judgement, or else after any inspection, when the index
// holds some: an example that finds nothing misleads.
func (s *Server) afterInspectionExample(ctx context.Context) (example, bool) {
	for _, c := range []struct{ judgement, label string }{
		{"inadequate", "within 12 months after an inadequate Ofsted judgement"},
		{"", "within 12 months after an Ofsted inspection"},
	} {
		req := search.Request{RelativeTo: search.RelativeAfter, Judgement: c.judgement, Size: 1, Page: 1, Sort: search.SortDate}
		if res, err := s.search.Search(ctx, req); err != nil || res.Total == 0 {
			continue
		}
		v := url.Values{"after": {inspectionValue}, "sort": {search.SortDate}}
		if c.judgement != "" {
			v.Set("judgement", c.judgement)
		}
		return example{Label: c.label, URL: searchLink(v)}, true
	}
	return example{}, false
}
