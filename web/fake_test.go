package web

import (
	"cmp"
	"context"
	"html"
	"regexp"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// fakeSearcher is an honest in-memory search.Searcher over a few fixture
// meetings: it filters, counts facets with the other filters applied, pages
// and groups, so tests can see results and facets change.
type fakeSearcher struct {
	meetings []schema.Meeting
	names    map[string]string // slug -> display name, councils and committees
	pingErr  error
	sources  []string // more files the index holds as meetings' sources (source_test.go)
}

func fixtureMeeting(council, committee, date string, items ...schema.Item) schema.Meeting {
	m := schema.Meeting{Council: council, CouncilSlug: schema.Slug(strings.TrimSuffix(strings.TrimSuffix(council, " Council"), " County")),
		Committee: committee, CommitteeSlug: schema.Slug(committee), Date: date, DateSource: schema.DateFromText,
		Venue: "Council Chamber", Present: []string{"Cllr A Smith", "Cllr B Jones"}, Apologies: []string{"Cllr C Brown"},
		Format: "text", Items: items}
	m.SourcePath = m.CouncilSlug + "/" + m.CommitteeSlug + "/" + cmp.Or(date, "agenda-and-minutes") + ".txt"
	if date == "" {
		m.DateSource = schema.DateUnknown
	}
	m.AssignIDs()
	return m
}

func item(number, title, text string, topics []string, decisions ...string) schema.Item {
	return schema.Item{Number: number, Title: title, Text: text, Topics: topics, Decisions: decisions}
}

func newFake() *fakeSearcher {
	f := &fakeSearcher{names: map[string]string{}}
	f.meetings = []schema.Meeting{
		fixtureMeeting("Kent County Council", "Corporate Parenting Panel", "2013-12-13",
			item("65", "Ofsted inspection of children's services", "The Panel considered the Ofsted inspection report.\n\nMembers asked about the inspection findings on care leavers.", []string{"ofsted"}, "RESOLVED that the Ofsted inspection report be noted."),
			item("66", "Care leavers and housing", "Housing for care leavers was discussed at length.", []string{"care-leavers"}, "AGREED to receive a housing update."),
			item("67", "Script <script>alert(1)</script> test", "A minute containing <script>alert('x')</script> and <b>bold</b> & more.", nil)),
		fixtureMeeting("Cheshire East Council", "Corporate Parenting Committee", "2018-05-09",
			item("48", "Ofsted monitoring visit", "The Committee received the letter from the Ofsted monitoring visit.", []string{"ofsted"}, "RESOLVED – that the letter be noted."),
			item("49", "Fostering recruitment", "Recruitment of foster carers remained a challenge.", []string{"fostering"})),
		fixtureMeeting("Luton Borough Council", "Scrutiny Children Services Review Group", "2021-03-02",
			item("12", "Apology for absence", "Apologies were received.", nil),
			item("13", "Ofsted focused visit", "The focused visit by Ofsted found improvements in care planning.", []string{"ofsted"}, "Resolved: (i) that the findings be noted.")),
		fixtureMeeting("Middlesbrough Council", "Corporate Parenting Board", "2021-09-01",
			item("21/15", "Ofsted improvement plan", "Progress on the improvement plan after the Ofsted inspection.", []string{"ofsted"}),
			item("21/16", "Ofsted inspection outcome", "The inspection outcome was discussed with the Ofsted lead.", []string{"ofsted"}, "AGREED to monitor progress."),
			item("21/17", "Care leavers' offer", "The care leavers' local offer was refreshed.", []string{"care-leavers"}),
			item("21/18", "Care leavers' hub", "A hub for care leavers opened in the town centre.", []string{"care-leavers"}),
			item("21/19", "Care leavers: feedback", "Care leavers gave feedback on the offer.", []string{"care-leavers"}, "NOTED the feedback from care leavers.")),
		// minutes whose date could not be read
		fixtureMeeting("Middlesbrough Council", "Corporate Parenting Board", "",
			item("21/30", "Permanence action plan", "The Board reviewed the permanence action plan.\n\nThe plan sets out a) stability, b) review and c) support.", nil,
				"AGREED that a) the permanence action plan be endorsed; b) progress be reported to the Board; c) the Board thank the team.")),
	}
	for _, m := range f.meetings {
		f.names[m.CouncilSlug] = m.Council
		f.names[m.CommitteeSlug] = m.Committee
	}
	f.names[unknownYear] = "Date unknown"
	return f
}

type fakeHit struct {
	m     *schema.Meeting
	it    *schema.Item
	score int
}

// words of a query that must match (all of them), and those excluded.
func parseFakeQuery(q string) (must, not []string) {
	for _, t := range strings.Fields(strings.ToLower(q)) {
		t = strings.Trim(t, `"+`)
		if strings.HasPrefix(t, "-") {
			not = append(not, t[1:])
		} else if t != "" {
			must = append(must, t)
		}
	}
	return must, not
}

func (f *fakeSearcher) matches(req search.Request, skip string) []fakeHit {
	must, not := parseFakeQuery(req.Query)
	var out []fakeHit
	for i := range f.meetings {
		m := &f.meetings[i]
		for j := range m.Items {
			it := &m.Items[j]
			body := strings.ToLower(it.Title + " " + it.Text + " " + strings.Join(it.Decisions, " "))
			if req.DecisionsOnly {
				body = strings.ToLower(strings.Join(it.Decisions, " "))
			}
			score, ok := 0, true
			for _, w := range must {
				n := strings.Count(body, w)
				ok = ok && n > 0
				score += n
			}
			for _, w := range not {
				ok = ok && !strings.Contains(body, w)
			}
			ok = ok && (skip == "council" || len(req.Councils) == 0 || slices.Contains(req.Councils, m.CouncilSlug))
			ok = ok && (skip == "committee" || len(req.Committees) == 0 || slices.Contains(req.Committees, m.CommitteeSlug))
			ok = ok && (skip == "topic" || len(req.Topics) == 0 || slices.ContainsFunc(it.Topics, func(t string) bool { return slices.Contains(req.Topics, t) }))
			ok = ok && (skip == "year" || inFakeDates(req, m.Date))
			ok = ok && inFakeScope(req, m.CouncilSlug, skip)
			if ok {
				out = append(out, fakeHit{m: m, it: it, score: score})
			}
		}
	}
	return out
}

func (f *fakeSearcher) Search(ctx context.Context, req search.Request) (*search.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	all := f.matches(req, "")
	slices.SortStableFunc(all, func(a, b fakeHit) int {
		switch req.Sort {
		case search.SortDate:
			return cmp.Compare(a.m.Date, b.m.Date)
		case search.SortDateDesc:
			return cmp.Compare(b.m.Date, a.m.Date)
		}
		return cmp.Compare(b.score, a.score)
	})
	res := &search.Result{Query: req.Query, Total: uint64(len(all)), TookMS: 1.5, Page: req.Page, Size: req.Size,
		Hits: []search.Hit{}, Facets: map[string][]search.Facet{}}
	start := min((req.Page-1)*req.Size, len(all))
	for _, h := range all[start:min(start+req.Size, len(all))] {
		res.Hits = append(res.Hits, f.hit(h.m, h.it, req.Query))
	}
	if req.Group == "meeting" {
		res.Hits = nil
		var groups []search.Group
		for _, h := range all {
			hit := f.hit(h.m, h.it, req.Query)
			i := slices.IndexFunc(groups, func(g search.Group) bool { return g.MeetingID == hit.MeetingID })
			if i < 0 {
				groups = append(groups, search.Group{MeetingID: hit.MeetingID, Council: hit.Council, CouncilName: hit.CouncilName,
					Committee: hit.Committee, CommitteeName: hit.CommitteeName, Date: hit.Date})
				i = len(groups) - 1
			}
			groups[i].Total++
			groups[i].Hits = append(groups[i].Hits, hit)
		}
		res.TotalGroups = len(groups)
		res.Groups = groups[min(start, len(groups)):min(start+req.Size, len(groups))]
	}
	facets := []string{"council", "committee", "topic", "year", "region", "type"}
	if req.Year != "" {
		facets = append(facets, "month")
	}
	for _, name := range facets {
		counts := map[string]int{}
		skip := name
		if name == "month" {
			skip = "year"
		}
		for _, h := range f.matches(req, skip) {
			switch name {
			case "council":
				counts[h.m.CouncilSlug]++
			case "region", "type":
				if a, ok := fakeRegister()[h.m.CouncilSlug]; ok {
					v, label := a.RegionSlug(), a.Region
					if name == "type" {
						v, label = a.TypeSlug(), a.Type
					}
					counts[v]++
					f.names[v] = label
				}
			case "committee":
				counts[h.m.CommitteeSlug]++
			case "topic":
				for _, t := range h.it.Topics {
					counts[t]++
				}
			case "year":
				counts[yearOf(h.m.Date)]++
			case "month":
				if req.Year != "" && strings.HasPrefix(h.m.Date, req.Year) {
					counts[h.m.Date[:7]]++
				}
			}
		}
		for v, n := range counts {
			label := cmp.Or(f.names[v], v)
			res.Facets[name] = append(res.Facets[name], search.Facet{Value: v, Label: label, Count: n})
		}
		slices.SortFunc(res.Facets[name], func(a, b search.Facet) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
		})
	}
	return res, nil
}

func (f *fakeSearcher) hit(m *schema.Meeting, it *schema.Item, query string) search.Hit {
	must, _ := parseFakeQuery(query)
	snippet := html.EscapeString(it.Text)
	if len(must) > 0 {
		re := regexp.MustCompile(`(?i)(` + regexp.QuoteMeta(must[0]) + `)`)
		snippet = re.ReplaceAllString(snippet, "<mark>$1</mark>")
	}
	return search.Hit{ID: it.ID, MeetingID: m.ID, Council: m.CouncilSlug, CouncilName: m.Council, Committee: m.CommitteeSlug,
		CommitteeName: m.Committee, Date: m.Date, ItemNumber: it.Number, Title: it.Title, Snippets: []string{snippet},
		Topics: it.Topics, Score: 1, URL: "/items/" + it.ID, SourceURL: "/source/" + m.SourcePath}
}

// inFakeDates applies from, to and undated to a meeting's date, as search does.
func inFakeDates(req search.Request, date string) bool {
	if date == "" {
		return req.From == "" && req.To == ""
	}
	return !req.Undated && (req.From == "" || date[:len(req.From)] >= req.From) && (req.To == "" || date[:len(req.To)] <= req.To)
}

// yearOf is a date's year, or the year facet's "unknown".
func yearOf(date string) string {
	if len(date) < 4 {
		return unknownYear
	}
	return date[:4]
}

// inFakeScope applies the filters of the register (region, type,
// neighbours_of) to a council, as search does.
func inFakeScope(req search.Request, council, skip string) bool {
	a, inRegister := fakeRegister()[council]
	if skip != "region" && len(req.Regions) > 0 && (!inRegister || !slices.Contains(req.Regions, a.RegionSlug())) {
		return false
	}
	if skip != "type" && len(req.Types) > 0 && (!inRegister || !slices.Contains(req.Types, a.TypeSlug())) {
		return false
	}
	if req.NeighboursOf != "" {
		of := fakeRegister()[req.NeighboursOf]
		return council == of.Slug || slices.Contains(of.Neighbours, council)
	}
	return true
}
