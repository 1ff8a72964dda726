package search

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/councilminutes/minutes/search/engine"
)

// labelSep separates a slug from its display name in the label fields.
const labelSep = "\x1f"

// labelFacetSize bounds the distinct (slug, name) pairs read, far above
// the councils and committees of England.
const labelFacetSize = 100000

// labels returns the display names of facet values: councils and
// committees from the indexed meetings (and Options.CouncilNames), topics
// from Options.TopicLabels. They are read once after each Apply, from the
// doc values of the meeting records' label fields (a terms facet over the
// meetings, not their stored fields). An index made before those fields
// existed falls back to the meeting summaries.
func (ix *Index) labels(ctx context.Context) (facetLabels, error) {
	ix.labelsMu.Lock()
	defer ix.labelsMu.Unlock()
	if ix.labelCache != nil {
		return *ix.labelCache, nil
	}
	l, err := ix.loadLabels(ctx)
	if err != nil {
		return facetLabels{}, err
	}
	ix.labelCache = &l
	return l, nil
}

func (ix *Index) invalidateLabels() {
	ix.labelsMu.Lock()
	ix.labelCache = nil
	ix.labelsMu.Unlock()
}

func (ix *Index) loadLabels(ctx context.Context) (facetLabels, error) {
	sr := bleve.NewSearchRequestOptions(typeQuery(engine.DocMeeting), 0, 0, false)
	sr.AddFacet("council", bleve.NewFacetRequest(engine.FieldCouncilLabel, labelFacetSize))
	sr.AddFacet("committee", bleve.NewFacetRequest(engine.FieldCommitteeLabel, labelFacetSize))
	sr.AddFacet("people", bleve.NewFacetRequest(engine.FieldPeopleLabel, labelFacetSize))
	res, err := ix.idx.SearchInContext(ctx, sr)
	if err != nil {
		return facetLabels{}, fmt.Errorf("load labels: %w", err)
	}
	l := facetLabels{councils: map[string]string{}, committees: map[string]string{}, topics: ix.topicLabelMap()}
	councils := res.Facets["council"]
	if res.Total > 0 && (councils == nil || councils.Terms == nil || councils.Terms.Len() == 0) {
		return ix.summaryLabels(ctx)
	}
	pick(councils, func(slug, name string) { l.councils[slug] = ix.councilName(slug, name) })
	pick(res.Facets["committee"], func(slug, name string) { l.committees[slug] = name })
	l.people = map[string]string{}
	pick(res.Facets["people"], func(key, name string) { l.people[key] = name })
	return l, nil
}

// pick calls set once per slug of a label facet, with the name most of
// its meetings record (ties: the name that sorts first).
func pick(fr *bsearch.FacetResult, set func(slug, name string)) {
	if fr == nil || fr.Terms == nil {
		return
	}
	type best struct {
		name  string
		count int
	}
	chosen := map[string]best{}
	for _, t := range fr.Terms.Terms() {
		slug, name, ok := strings.Cut(t.Term, labelSep)
		if !ok {
			continue
		}
		b, seen := chosen[slug]
		if !seen || t.Count > b.count || (t.Count == b.count && name < b.name) {
			chosen[slug] = best{name, t.Count}
		}
	}
	for slug, b := range chosen {
		set(slug, b.name)
	}
}

// summaryLabels builds the labels from the meeting summaries, for an
// index without label fields.
func (ix *Index) summaryLabels(ctx context.Context) (facetLabels, error) {
	list, err := ix.summaries(ctx)
	if err != nil {
		return facetLabels{}, err
	}
	l := facetLabels{councils: map[string]string{}, committees: map[string]string{}, topics: ix.topicLabelMap()}
	for _, m := range list {
		l.councils[m.Council] = ix.councilName(m.Council, m.CouncilName)
		if m.CommitteeName != "" {
			l.committees[m.Committee] = m.CommitteeName
		}
	}
	return l, nil
}
