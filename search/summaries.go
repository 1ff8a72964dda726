package search

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// meetingSummary is the little the council pages need of each meeting.
// The index keeps the list in memory and rebuilds it after every Apply.
type meetingSummary struct {
	ID, Council, CouncilName, Committee, CommitteeName, Date string
	Items                                                    int
}

func (ix *Index) invalidateSummaries() {
	ix.cacheMu.Lock()
	ix.meetings, ix.councils = nil, nil
	ix.staleGen++
	ix.cacheMu.Unlock()
}

// Generation counts the changes written to the index since it was opened
// (one per Apply): whoever keeps answers worked out from its contents
// (research.Context) knows them stale when it moves on.
func (ix *Index) Generation() int {
	ix.cacheMu.Lock()
	defer ix.cacheMu.Unlock()
	return ix.staleGen
}

// summaries returns every meeting's summary, loading them when stale: from
// the summary doc values of the meeting records (summarydv.go), or, in an
// index made before they existed, from their stored fields.
func (ix *Index) summaries(ctx context.Context) ([]meetingSummary, error) {
	ix.cacheMu.Lock()
	defer ix.cacheMu.Unlock()
	if ix.meetings != nil {
		return ix.meetings, nil
	}
	list, ok, err := ix.docValueSummaries(ctx)
	if err == nil && !ok {
		list, err = ix.storedSummaries(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("load meeting summaries: %w", err)
	}
	ix.meetings = list
	return list, nil
}

// storedSummaries reads the summaries from the meeting records, which
// decompresses each whole record.
func (ix *Index) storedSummaries(ctx context.Context) ([]meetingSummary, error) {
	list := []meetingSummary{}
	err := ix.eachMeetingRecord(ctx, typeQuery(engine.DocMeeting), func(m *schema.Meeting) error {
		date := ""
		if t, ok := parseDate(m.Date); ok {
			date = t.Format(time.DateOnly)
		}
		list = append(list, meetingSummary{
			ID: m.ID, Council: m.CouncilSlug, CouncilName: m.Council, Committee: m.CommitteeSlug,
			CommitteeName: m.Committee, Date: date, Items: len(m.Items),
		})
		return nil
	})
	return list, err
}

// Councils summarises every council in the index and every authority of
// the register (Options.Register), with its inspections, sorted by name.
// A council of the register with no minutes indexed has no meetings. The
// answer is worked out once per state of the index; callers must not
// change the committees or register entries it shares.
func (ix *Index) Councils(ctx context.Context) ([]Council, error) {
	ix.cacheMu.Lock()
	cached, gen := ix.councils, ix.staleGen
	ix.cacheMu.Unlock()
	if cached != nil {
		return slices.Clone(cached), nil
	}
	out, err := ix.councilList(ctx)
	if err != nil {
		return nil, err
	}
	ix.cacheMu.Lock()
	if ix.staleGen == gen { // no Apply since: still the index's state
		ix.councils = out
	}
	ix.cacheMu.Unlock()
	return slices.Clone(out), nil
}

// councilList is Councils' answer, worked out afresh.
func (ix *Index) councilList(ctx context.Context) ([]Council, error) {
	list, err := ix.summaries(ctx)
	if err != nil {
		return nil, err
	}
	bySlug := map[string]*Council{}
	committees := map[string]map[string]*CommitteeSummary{}
	var order []string
	for _, m := range list {
		c := bySlug[m.Council]
		if c == nil {
			c = &Council{Slug: m.Council, Name: ix.councilName(m.Council, m.CouncilName), Committees: []CommitteeSummary{}}
			bySlug[m.Council] = c
			committees[m.Council] = map[string]*CommitteeSummary{}
			order = append(order, m.Council)
		}
		c.Meetings++
		c.Items += m.Items
		if m.Date != "" && (c.FirstDate == "" || m.Date < c.FirstDate) {
			c.FirstDate = m.Date
		}
		if m.Date > c.LastDate {
			c.LastDate = m.Date
		}
		cs := committees[m.Council][m.Committee]
		if cs == nil {
			cs = &CommitteeSummary{Slug: m.Committee, Name: m.CommitteeName}
			committees[m.Council][m.Committee] = cs
		}
		cs.Meetings++
	}
	for _, a := range ix.opts.Register.All() {
		c := bySlug[a.Slug]
		if c == nil {
			c = &Council{Slug: a.Slug, Name: ix.councilName(a.Slug, a.Name), Committees: []CommitteeSummary{}}
			bySlug[a.Slug] = c
			order = append(order, a.Slug)
		}
		c.Register = &a
	}
	for _, in := range ix.opts.Inspections {
		c := bySlug[in.Council]
		if c == nil {
			continue
		}
		c.Inspections++
		if latest, ok := inspections.Latest([]inspections.Inspection{in, deref(c.Latest)}); ok {
			c.Latest = &latest
		}
	}
	out := make([]Council, 0, len(order))
	for _, slug := range order {
		c := bySlug[slug]
		for _, cs := range committees[slug] {
			c.Committees = append(c.Committees, *cs)
		}
		sort.Slice(c.Committees, func(i, j int) bool { return c.Committees[i].Name < c.Committees[j].Name })
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Slug < out[j].Slug
	})
	return out, nil
}

// Council summarises one council with its meetings, newest first (meetings
// without a date last).
func (ix *Index) Council(ctx context.Context, slug string) (*Council, error) {
	all, err := ix.Councils(ctx)
	if err != nil {
		return nil, err
	}
	var c *Council
	for i := range all {
		if all[i].Slug == slug {
			one := all[i] // a copy: the list is shared
			c = &one
		}
	}
	if c == nil {
		return nil, fmt.Errorf("council %q: %w", slug, ErrNotFound)
	}
	list, err := ix.summaries(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range list {
		if m.Council != slug {
			continue
		}
		c.MeetingList = append(c.MeetingList, MeetingSummary{
			ID: m.ID, Date: m.Date, CommitteeSlug: m.Committee, CommitteeName: m.CommitteeName,
			Items: m.Items,
		})
	}
	sort.Slice(c.MeetingList, func(i, j int) bool {
		a, b := c.MeetingList[i], c.MeetingList[j]
		if a.Date != b.Date {
			return a.Date > b.Date // "" (unknown) sorts last
		}
		return a.ID < b.ID
	})
	return c, nil
}

// councilName is the display name of a council: Options.CouncilNames
// first, then the name recorded in the minutes, then the slug.
func (ix *Index) councilName(slug, recorded string) string {
	if n := ix.opts.CouncilNames[slug]; n != "" {
		return n
	}
	if recorded != "" {
		return recorded
	}
	return slug
}

func deref(in *inspections.Inspection) inspections.Inspection {
	if in == nil {
		return inspections.Inspection{}
	}
	return *in
}
