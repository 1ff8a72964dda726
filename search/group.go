package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// GroupScanLimit is how many matching items group=meeting collapses into
// meetings. Bleve cannot collapse, so we read the best (or first, by date)
// GroupScanLimit item IDs, group them in that order and page the groups;
// the same request always gives the same groups, so pages never overlap.
const GroupScanLimit = 2000

// searchGroups answers group=meeting: meetings ordered by their best item
// (or by date, per the sort), each with its matching items.
func (ix *Index) searchGroups(ctx context.Context, req Request, q bq.Query, none bool) (*Result, error) {
	res := &Result{Query: req.Query, Page: req.Page, Size: req.Size, Hits: []Hit{}, Groups: []Group{}}
	if none {
		res.Facets = ix.emptyFacets(req)
		return res, nil
	}
	sq, t := withTally(q, req.Sort == SortRelevance, 0)
	sr := bleve.NewSearchRequestOptions(sq, GroupScanLimit, 0, false)
	sr.SortBy(sortOrder(req.Sort))
	br, err := ix.run(ctx, sr)
	if err != nil {
		return nil, err
	}
	res.Total = br.Total
	if res.Facets, err = ix.facets(ctx, req, t); err != nil {
		return nil, err
	}

	// collapse in hit order: a meeting's place is that of its first item
	var order []string
	members := map[string][]string{}
	scores := map[string]float64{}
	itemScores := map[string]float64{}
	for _, h := range br.Hits {
		mid := schema.MeetingOfItem(h.ID) // Apply checks that item IDs extend their meeting's
		if _, ok := members[mid]; !ok {
			order = append(order, mid)
			scores[mid] = h.Score
		}
		members[mid] = append(members[mid], h.ID)
		itemScores[h.ID] = h.Score
	}
	res.TotalGroups = len(order)
	from := (req.Page - 1) * req.Size
	if from >= len(order) {
		return res, nil
	}
	page := order[from:min(from+req.Size, len(order))]

	// second pass: the page's items with their hit fields and snippets
	var ids []string
	for _, mid := range page {
		ids = append(ids, members[mid]...)
	}
	m, err := ix.snippetMarker(req)
	if err != nil {
		return nil, err
	}
	hits, err := ix.hitsByID(ctx, m, ids)
	if err != nil {
		return nil, err
	}
	for _, mid := range page {
		g := Group{MeetingID: mid, Score: scores[mid], Total: len(members[mid]), Hits: []Hit{}}
		for _, id := range members[mid] {
			if h, ok := hits[id]; ok {
				h.Score = itemScores[id]
				g.Hits = append(g.Hits, h)
			}
		}
		if len(g.Hits) > 0 {
			first := g.Hits[0]
			g.CouncilSlug, g.CouncilName = first.CouncilSlug, first.CouncilName
			g.CommitteeSlug, g.CommitteeName, g.Date = first.CommitteeSlug, first.CommitteeName, first.Date
		}
		res.Groups = append(res.Groups, g)
	}
	return res, nil
}
