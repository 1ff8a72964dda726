package search

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestGroupByMeeting(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	req := Request{Query: "looked after children", Group: "meeting", Size: 2, Highlight: true}
	flat, err := ix.Search(ctx, Request{Query: req.Query, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	seenMeetings := map[string]bool{}
	items := 0
	var firstScores []float64
	for page := 1; ; page++ {
		req.Page = page
		res, err := ix.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != flat.Total {
			t.Errorf("grouped total %d, flat %d", res.Total, flat.Total)
		}
		if len(res.Groups) == 0 {
			break
		}
		for _, g := range res.Groups {
			if seenMeetings[g.MeetingID] {
				t.Errorf("meeting %s on two pages", g.MeetingID)
			}
			seenMeetings[g.MeetingID] = true
			if g.Total != len(g.Hits) || g.Total == 0 {
				t.Errorf("group %s: total %d, %d hits", g.MeetingID, g.Total, len(g.Hits))
			}
			for _, h := range g.Hits {
				if h.MeetingID != g.MeetingID {
					t.Errorf("hit %s in group %s", h.ID, g.MeetingID)
				}
				if len(h.Snippets) == 0 {
					t.Errorf("hit %s has no snippets", h.ID)
				}
			}
			if g.CouncilName == "" || g.Score != g.Hits[0].Score && g.Score == 0 {
				t.Errorf("group %s fields %+v", g.MeetingID, g)
			}
			items += g.Total
			firstScores = append(firstScores, g.Score)
		}
		if res.TotalGroups != 6 {
			t.Errorf("total groups %d, want 6", res.TotalGroups)
		}
	}
	if uint64(items) != flat.Total {
		t.Errorf("grouped items %d, flat total %d", items, flat.Total)
	}
	if !slices.IsSortedFunc(firstScores, func(a, b float64) int { return -cmpFloat(a, b) }) {
		t.Errorf("groups not ordered by best score: %v", firstScores)
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestCompare(t *testing.T) {
	ix := sharedIndex(t)
	res, err := ix.Compare(context.Background(), CompareRequest{Request: Request{Query: "ofsted"}, By: "council", Per: "year"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2013", "2016", "2018", "2019", "2021", "unknown"}; !slices.Equal(res.Periods, want) {
		t.Errorf("periods %v, want %v", res.Periods, want)
	}
	cells := map[string]CompareCell{}
	totals := map[string]int{}
	for _, row := range res.Rows {
		totals[row.Key] = row.Total
		for _, c := range row.Cells {
			cells[row.Key+"|"+c.Period] = c
		}
	}
	want := map[string]CompareCell{
		"luton|2019":         {Period: "2019", Count: 1, Items: 3, Share: 1.0 / 3},
		"luton|2021":         {Period: "2021", Count: 1, Items: 4, Share: 0.25},
		"cheshire-east|2019": {Period: "2019", Count: 1, Items: 4, Share: 0.25},
		"cheshire-east|2018": {Period: "2018", Count: 0, Items: 6, Share: 0},
		"kent|2013":          {Period: "2013", Count: 0, Items: 4, Share: 0},
		"kent|2021":          {Period: "2021", Count: 0, Items: 0, Share: 0},
	}
	for k, w := range want {
		if got := cells[k]; got != w {
			t.Errorf("cell %s = %+v, want %+v", k, got, w)
		}
	}
	if totals["luton"] != 2 || totals["kent"] != 0 || len(res.Rows) != 5 {
		t.Errorf("row totals %v (%d rows)", totals, len(res.Rows))
	}
	if res.Rows[0].Label != "Central Bedfordshire Council" {
		t.Errorf("rows not sorted by label: first %q", res.Rows[0].Label)
	}
	// without a council chosen, every council's committees side by side
	all, err := ix.Compare(context.Background(), CompareRequest{By: "committee"})
	if err != nil || len(all.Rows) < 2 {
		t.Fatalf("by=committee without a council: %v", err)
	}
	for _, row := range all.Rows {
		if row.Key != row.CouncilSlug+"/"+row.CommitteeSlug {
			t.Errorf("by=committee over several councils: row key %q", row.Key)
		}
	}
	if _, err := ix.Compare(context.Background(), CompareRequest{By: "committee", Per: PerMonthsSinceInspection}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("by=committee per months since inspection: %v", err)
	}
}

func TestSimilar(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	id := ce19 + "--i04" // Care Leavers Accommodation
	hits, err := ix.Similar(ctx, id, true, 5)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
		if h.CouncilSlug == "cheshire-east" || h.ID == id {
			t.Errorf("similar returned %s of the item's own council", h.ID)
		}
	}
	if !slices.Contains(ids, "central-bedfordshire--corporate-parenting-panel--2018-01-15--i05") &&
		!slices.Contains(ids, "kent--corporate-parenting-panel--2013-12-13--i03") {
		t.Errorf("similar to care leavers accommodation: %v, want another council's care leavers item", ids)
	}
	all, err := ix.Similar(ctx, id, false, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range all {
		if h.ID == id {
			t.Error("similar returned the item itself")
		}
	}
	if _, err := ix.Similar(ctx, "no-such--i01", true, 5); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing item: %v", err)
	}
}

func TestItemAndMeeting(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	it, err := ix.Item(ctx, ce18+"--i06")
	if err != nil {
		t.Fatal(err)
	}
	if it.Title != "Cared for Children Performance Scorecard" || it.PrevID != ce18+"--i05" || it.NextID != "" ||
		!strings.Contains(it.Text, "personal education plan") || len(it.Decisions) != 1 || it.CouncilName != "Cheshire East Council" {
		t.Errorf("item %+v", it)
	}
	first, err := ix.Item(ctx, ce18+"--i01")
	if err != nil {
		t.Fatal(err)
	}
	if first.PrevID != "" || first.NextID != ce18+"--i02" {
		t.Errorf("first item neighbours %q %q", first.PrevID, first.NextID)
	}
	m, err := ix.Meeting(ctx, ce18)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Items) != 6 || m.Items[5].Title != it.Title || m.Venue == "" || m.ID != ce18 || m.Hash != "hash-"+ce18 {
		t.Errorf("meeting %+v", m)
	}
	for _, id := range []string{"nope", ce18 + "--i99", "x--i01"} {
		if _, err := ix.Item(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Item(%q): %v, want ErrNotFound", id, err)
		}
	}
	if _, err := ix.Meeting(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Meeting(nope): %v", err)
	}
}

func TestCouncils(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	cs, err := ix.Councils(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	if want := []string{"Central Bedfordshire Council", "Cheshire East Council", "Kent County Council", "Luton Borough Council", "Middlesbrough Council"}; !slices.Equal(names, want) {
		t.Errorf("councils %v", names)
	}
	c, err := ix.Council(ctx, "central-bedfordshire")
	if err != nil {
		t.Fatal(err)
	}
	if c.Meetings != 2 || c.Items != 6 || c.FirstDate != "2018-01-15" || c.LastDate != "2018-01-15" ||
		len(c.Committees) != 1 || c.Committees[0].Meetings != 2 || c.Committees[0].Name != "Corporate Parenting Panel" {
		t.Errorf("council %+v", c)
	}
	if len(c.MeetingList) != 2 || c.MeetingList[0].Date != "2018-01-15" || c.MeetingList[1].Date != "" {
		t.Errorf("meeting list (newest first, undated last) %+v", c.MeetingList)
	}
	if _, err := ix.Council(ctx, "atlantis"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown council: %v", err)
	}
	if err := ix.Ping(ctx); err != nil {
		t.Error(err)
	}
}

// TestSimilarOnlyWhenAlike: an item whose words no other council's item
// shares has no similar items, rather than the least unlike ones.
func TestSimilarOnlyWhenAlike(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	hits, err := ix.Similar(ctx, "kent--corporate-parenting-panel--2016-07-05--i02", true, 5) // Unaccompanied Asylum Seeking Children
	if err != nil || len(hits) != 0 {
		t.Errorf("similar to an item on a subject no other council's minutes have: %+v, %v", hits, err)
	}
	hits, err = ix.Similar(ctx, "kent--corporate-parenting-panel--2013-12-13--i04", true, 5) // Looked After Children Performance Report
	if err != nil || len(hits) == 0 {
		t.Fatalf("no item similar to a performance report: %v", err)
	}
	for i, h := range hits {
		if h.Similarity < MinSimilarity || (i > 0 && h.Similarity > hits[i-1].Similarity) {
			t.Errorf("hit %d: similarity %.3f (want at least %.2f, best first)", i, h.Similarity, MinSimilarity)
		}
	}
}
