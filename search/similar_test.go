package search

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestSimilarNotJustLong: a long item that holds every distinctive word
// of an item once, among thousands of its own, is not "similar" to it (it
// was, at 100%: only the item's words were weighed, and a budget book
// holds them all); an item about the same thing is.
func TestSimilarNotJustLong(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "similar.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var filler []string
	for _, a := range "bcdfghjklm" {
		for _, b := range "prstvz" {
			filler = append(filler, "qu"+string(a)+"o"+string(b)+"ex")
		}
	}
	greenway := "greenway resurfacing tunnel lighting cyclists railway barnagh fencing signage culvert"
	long := strings.Repeat(strings.Join(filler, " ")+". ", 20) + greenway + "."
	meeting := func(council, title, text string) *schema.Meeting {
		m := &schema.Meeting{SourcePath: council + "/cabinet/2019-05-01.md", Council: council, CouncilSlug: council,
			Committee: "Cabinet", CommitteeSlug: "cabinet", Date: "2019-05-01",
			Items: []schema.Item{{Number: "1", Title: title, Text: text}}}
		m.AssignIDs()
		return m
	}
	meetings := []*schema.Meeting{
		meeting("alpha", "Great Southern Greenway", "The Director reported on the greenway: resurfacing, the tunnel and its lighting, fencing and signage for cyclists along the old railway at Barnagh, and a culvert rebuilt."),
		meeting("bravo", "Greenway works", "Members heard of resurfacing on the greenway, new signage and fencing, and lighting in the tunnel, which cyclists welcomed; the railway culvert was repaired at Barnagh."),
		meeting("charlie", "Budget book", long),
		meeting("delta", "Budget appendix", strings.Join(filler, " ")),
		meeting("echo", "Parking charges", "Parking charges in the town centre were reviewed."),
		meeting("foxtrot", "Library hours", "Library opening hours were extended on Saturdays."),
		meeting("golf", "Housing allocations", "The allocation scheme for social housing was reviewed."),
	}
	var changes []FileChange
	for _, m := range meetings {
		changes = append(changes, FileChange{Path: m.SourcePath, Hash: m.ID, Meeting: m})
	}
	ctx := context.Background()
	if err := ix.Apply(ctx, changes); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Similar(ctx, meetings[0].Items[0].ID, true, 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.CouncilSlug)
	}
	if len(got) != 1 || got[0] != "bravo" {
		t.Errorf("similar to the greenway item: %v, want only bravo's greenway works (not charlie's budget book)", got)
	}
}
