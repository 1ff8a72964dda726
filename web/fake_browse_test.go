package web

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

func (f *fakeSearcher) find(id string) (*schema.Meeting, int) {
	for i := range f.meetings {
		for j := range f.meetings[i].Items {
			if f.meetings[i].Items[j].ID == id {
				return &f.meetings[i], j
			}
		}
	}
	return nil, -1
}

func (f *fakeSearcher) Item(ctx context.Context, id string) (*search.ItemDetail, error) {
	m, j := f.find(id)
	if m == nil {
		return nil, fmt.Errorf("item %q: %w", id, search.ErrNotFound)
	}
	it := m.Items[j]
	d := &search.ItemDetail{Hit: f.hit(m, &it, ""), Text: it.Text, Decisions: it.Decisions, Venue: m.Venue, Details: it.DecisionDetails, People: it.People}
	if j > 0 {
		d.PrevID = m.Items[j-1].ID
	}
	if j+1 < len(m.Items) {
		d.NextID = m.Items[j+1].ID
	}
	return d, nil
}

func (f *fakeSearcher) Meeting(ctx context.Context, id string) (*search.MeetingDetail, error) {
	for _, m := range f.meetings {
		if m.ID == id {
			return &search.MeetingDetail{Meeting: m, CouncilName: m.Council, CommitteeName: m.Committee, URL: "/meetings/" + m.ID}, nil
		}
	}
	var files []string
	for _, p := range f.sources {
		if schema.MeetingID(p) == id {
			files = append(files, p)
		}
	}
	if len(files) > 0 {
		m := schema.Meeting{ID: id, SourcePath: files[0], Alternatives: files[1:]}
		return &search.MeetingDetail{Meeting: m, URL: "/meetings/" + id}, nil
	}
	return nil, fmt.Errorf("meeting %q: %w", id, search.ErrNotFound)
}

func (f *fakeSearcher) Councils(ctx context.Context) ([]search.Council, error) {
	var out []search.Council
	for _, m := range f.meetings {
		c, _ := f.Council(ctx, m.CouncilSlug)
		if !slices.ContainsFunc(out, func(x search.Council) bool { return x.Slug == c.Slug }) {
			c.MeetingList = nil
			out = append(out, *c)
		}
	}
	return out, nil
}

func (f *fakeSearcher) Council(ctx context.Context, slug string) (*search.Council, error) {
	c := &search.Council{Slug: slug}
	for _, m := range f.meetings {
		if m.CouncilSlug != slug {
			continue
		}
		c.Name, c.Meetings, c.Items = m.Council, c.Meetings+1, c.Items+len(m.Items)
		if m.Date != "" {
			c.FirstDate, c.LastDate = cmp.Or(min(c.FirstDate, m.Date), m.Date), max(c.LastDate, m.Date)
		}
		c.Committees = append(c.Committees, search.CommitteeSummary{Slug: m.CommitteeSlug, Name: m.Committee, Meetings: 1})
		c.MeetingList = append(c.MeetingList, search.MeetingSummary{ID: m.ID, Date: m.Date, Committee: m.CommitteeSlug,
			CommitteeName: m.Committee, Items: len(m.Items), URL: "/meetings/" + m.ID})
	}
	if c.Name == "" {
		return nil, fmt.Errorf("council %q: %w", slug, search.ErrNotFound)
	}
	if a, ok := fakeRegister()[slug]; ok {
		c.Register = &a
	}
	return c, nil
}

// fakeRegister is an invented register of three of the fake's councils:
// Middlesbrough is left out, to stand for a council outside it.
func fakeRegister() map[string]inspections.Authority {
	a := func(slug, name, region, typ string, pop int, neighbours ...string) inspections.Authority {
		return inspections.Authority{Slug: slug, Name: name, Region: region, Type: typ, Population0to25: pop,
			Neighbours: neighbours, Source: "invented for tests"}
	}
	return map[string]inspections.Authority{
		"kent":          a("kent", "Kent", "South East", "County", 470000, "luton-borough", "cheshire-east"),
		"luton-borough": a("luton-borough", "Luton", "East of England", "Unitary Authority", 80000, "kent"),
		"cheshire-east": a("cheshire-east", "Cheshire East", "North West", "Unitary Authority", 107000, "kent"),
	}
}

func (f *fakeSearcher) Compare(ctx context.Context, req search.CompareRequest) (*search.CompareResult, error) {
	if req.Per == search.PerMonthsSinceInspection {
		return f.compareAligned(ctx, req)
	}
	if req.By == search.ByCommittee {
		return f.compareCommittees(req)
	}
	res := &search.CompareResult{Query: req.Query, By: req.By, Per: req.Per, Focus: req.NeighboursOf}
	hits := f.matches(req.Request, "")
	years := map[string]bool{}
	for _, m := range f.meetings {
		years[yearOf(m.Date)] = true
	}
	for y := range years {
		res.Periods = append(res.Periods, y)
	}
	slices.Sort(res.Periods) // "unknown" sorts after the years, as in search
	cs, _ := f.Councils(ctx)
	for _, c := range cs {
		row := search.CompareRow{Key: c.Slug, Label: c.Name}
		for _, y := range res.Periods {
			cell := search.CompareCell{Period: y}
			for _, m := range f.meetings {
				if m.CouncilSlug == c.Slug && yearOf(m.Date) == y {
					cell.Items += len(m.Items)
				}
			}
			for _, h := range hits {
				if h.m.CouncilSlug == c.Slug && yearOf(h.m.Date) == y {
					cell.Count++
				}
			}
			if cell.Items > 0 {
				cell.Share = float64(cell.Count) / float64(cell.Items)
			}
			if a, ok := fakeRegister()[c.Slug]; ok {
				row.Population = a.Population0to25
				per := float64(cell.Count) * 10000 / float64(a.Population0to25)
				cell.Per10k = &per
			}
			row.Total += cell.Count
			row.Cells = append(row.Cells, cell)
		}
		if row.Total > 0 {
			res.Rows = append(res.Rows, row)
		}
	}
	return res, nil
}

// compareCommittees compares the committees of the councils named, as
// search.Index does: a row per committee, keyed by its slug.
func (f *fakeSearcher) compareCommittees(req search.CompareRequest) (*search.CompareResult, error) {
	if len(req.Councils) == 0 {
		return nil, fmt.Errorf("%w: by: committee compares the committees of the councils chosen: add council=SLUG", search.ErrBadRequest)
	}
	res := &search.CompareResult{Query: req.Query, By: req.By, Per: "year"}
	hits := f.matches(req.Request, "")
	rows := map[string]*search.CompareRow{}
	years := map[string]bool{}
	for _, m := range f.meetings {
		if !slices.Contains(req.Councils, m.CouncilSlug) {
			continue
		}
		years[m.Date[:4]] = true
		if rows[m.CommitteeSlug] == nil {
			rows[m.CommitteeSlug] = &search.CompareRow{Key: m.CommitteeSlug, Label: m.Committee, Council: m.CouncilSlug,
				CouncilName: m.Council, Committee: m.CommitteeSlug, CommitteeName: m.Committee}
		}
	}
	for y := range years {
		res.Periods = append(res.Periods, y)
	}
	slices.Sort(res.Periods)
	for _, row := range rows {
		for _, y := range res.Periods {
			cell := search.CompareCell{Period: y}
			for _, m := range f.meetings {
				if m.CouncilSlug == row.Council && m.CommitteeSlug == row.Committee && m.Date[:4] == y {
					cell.Items += len(m.Items)
				}
			}
			for _, h := range hits {
				if h.m.CouncilSlug == row.Council && h.m.CommitteeSlug == row.Committee && h.m.Date[:4] == y {
					cell.Count++
				}
			}
			if cell.Items > 0 {
				cell.Share = float64(cell.Count) / float64(cell.Items)
			}
			row.Total += cell.Count
			row.Cells = append(row.Cells, cell)
		}
		res.Rows = append(res.Rows, *row)
	}
	slices.SortFunc(res.Rows, func(a, b search.CompareRow) int { return strings.Compare(a.Label, b.Label) })
	return res, nil
}

func (f *fakeSearcher) Similar(ctx context.Context, id string, otherCouncils bool, size int) ([]search.Hit, error) {
	m, j := f.find(id)
	if m == nil {
		return nil, fmt.Errorf("item %q: %w", id, search.ErrNotFound)
	}
	var out []search.Hit
	for _, h := range f.matches(search.Request{Topics: m.Items[j].Topics}, "") {
		if h.it.ID != id && (!otherCouncils || h.m.CouncilSlug != m.CouncilSlug) && len(out) < size && len(m.Items[j].Topics) > 0 {
			out = append(out, f.hit(h.m, h.it, ""))
		}
	}
	return out, nil
}

func (f *fakeSearcher) Ping(ctx context.Context) error { return f.pingErr }

func (f *fakeSearcher) Marker(q string) (*query.Marker, error) {
	return query.NewMarker(q, query.Options{})
}
