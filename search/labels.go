package search

import (
	"context"
	"fmt"
	"strings"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/engine"
)

// labelSep separates a slug from its display name in the label fields.
const labelSep = "\x1f"

// labels returns the display names of facet values: councils and
// committees from the indexed meetings (and Options.CouncilNames), topics
// from Options.TopicLabels. They are read once after each Apply, from the
// term dictionaries of the meeting records' label fields (not their
// stored fields). An index made before those fields existed falls back
// to the meeting summaries.
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

// loadLabels reads the label fields' terms from the index's term
// dictionaries: a few hundred terms, where the terms facet it replaces
// read the doc values of every meeting record (a sixth of the first
// search of an index, growing with its meetings). A slug with a single
// name takes it; only where a slug has several are their meetings
// counted, leaving out deleted records as the facet did. (A dictionary
// may hold the term of a deleted record until a merge drops it: the
// name of a slug no live record has is never looked up.)
func (ix *Index) loadLabels(ctx context.Context) (facetLabels, error) {
	idx, err := ix.reader()
	if err != nil {
		return facetLabels{}, fmt.Errorf("load labels: %w", err)
	}
	adv, err := idx.Advanced()
	if err != nil {
		return facetLabels{}, fmt.Errorf("load labels: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return facetLabels{}, fmt.Errorf("load labels: %w", err)
	}
	defer r.Close()
	l := facetLabels{councils: map[string]string{}, committees: map[string]string{}, people: map[string]string{}, topics: ix.topicLabelMap()}
	for _, f := range []struct {
		field string
		set   func(slug, name string)
	}{
		{engine.FieldCouncilLabel, func(slug, name string) { l.councils[slug] = ix.councilName(slug, name) }},
		{engine.FieldCommitteeLabel, func(slug, name string) { l.committees[slug] = name }},
		{engine.FieldPeopleLabel, func(key, name string) { l.people[key] = name }},
	} {
		if err := pickLabels(ctx, r, f.field, f.set); err != nil {
			return facetLabels{}, fmt.Errorf("load labels: %w", err)
		}
	}
	if len(l.councils) == 0 {
		// an index made before the label fields existed
		meetings, err := termCount(ctx, r, engine.FieldType, engine.DocMeeting)
		if err != nil {
			return facetLabels{}, fmt.Errorf("load labels: %w", err)
		}
		if meetings > 0 {
			return ix.summaryLabels(ctx)
		}
	}
	return l, nil
}

// pickLabels calls set once per slug of a label field, with the name
// most of its meetings record (ties: the name that sorts first).
func pickLabels(ctx context.Context, r index.IndexReader, field string, set func(slug, name string)) error {
	dict, err := r.FieldDict(field)
	if err != nil {
		return err
	}
	names := map[string][]string{}
	var slugs []string
	for {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return err
		}
		if e == nil {
			break
		}
		slug, name, ok := strings.Cut(e.Term, labelSep)
		if !ok {
			continue
		}
		if names[slug] == nil {
			slugs = append(slugs, slug)
		}
		names[slug] = append(names[slug], name)
	}
	if err := dict.Close(); err != nil {
		return err
	}
	for _, slug := range slugs {
		list := names[slug]
		if len(list) == 1 {
			set(slug, list[0])
			continue
		}
		best, bestCount := "", uint64(0)
		for _, name := range list {
			n, err := termCount(ctx, r, field, slug+labelSep+name)
			if err != nil {
				return err
			}
			if best == "" || n > bestCount || (n == bestCount && name < best) {
				best, bestCount = name, n
			}
		}
		set(slug, best)
	}
	return nil
}

// termCount is the number of live documents holding term in field.
func termCount(ctx context.Context, r index.IndexReader, field, term string) (uint64, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, err
	}
	n := tfr.Count()
	return n, tfr.Close()
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
