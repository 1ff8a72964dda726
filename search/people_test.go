package search

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// peopleIndex indexes a meeting whose items name people (two Collinses
// told apart by initial) and the agenda of the same meeting.
func peopleIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := Create(filepath.Join(t.TempDir(), "people.bleve"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	galvin := schema.Person{Name: "L. Galvin", Title: "Councillor", Role: "Mayor", Key: "galvin"}
	jc := schema.Person{Name: "Collins (J)", Title: "Councillor", Key: "j-collins"}
	mc := schema.Person{Name: "Collins (M)", Title: "Councillor", Key: "m-collins"}
	minutes := &schema.Meeting{SourcePath: "limerick/full-council/2016-05-23.md", Council: "Limerick", CouncilSlug: "limerick",
		Committee: "Full Council", CommitteeSlug: "full-council", Date: "2016-05-23", Kind: schema.KindMinutes,
		Attendance: schema.Attendance{Chair: []schema.Person{galvin}, Members: []schema.Person{jc, mc}},
		Items: []schema.Item{
			{Number: "1", Title: "Greenway", Text: "Proposed by Councillor Collins (J), seconded by Councillor Galvin and agreed to extend the greenway.",
				Decisions: []string{"Proposed by Councillor Collins (J), seconded by Councillor Galvin and agreed to extend the greenway."},
				DecisionDetails: []schema.Decision{{Text: "Proposed by Councillor Collins (J), seconded by Councillor Galvin and agreed to extend the greenway.",
					Kind: schema.DecisionProposed, Mover: "Collins (J)", Seconder: "Galvin"}},
				People: []schema.Person{{Name: "Collins (J)", Title: "Councillor", Role: "moved", Key: "j-collins"}, {Name: "L. Galvin", Title: "Councillor", Role: "seconded", Key: "galvin"}}},
			{Number: "2", Title: "Greenway lighting", Text: "Councillor Collins (M) asked about lighting on the greenway.",
				People: []schema.Person{{Name: "Collins (M)", Title: "Councillor", Role: "named", Key: "m-collins"}}},
		}}
	agenda := &schema.Meeting{SourcePath: "limerick/full-council/2016-05-23.agenda.md", Council: "Limerick", CouncilSlug: "limerick",
		Committee: "Full Council", CommitteeSlug: "full-council", Date: "2016-05-23", Kind: schema.KindAgenda,
		ForMeeting: "limerick--full-council--2016-05-23", Items: []schema.Item{{Number: "1", Title: "Greenway", Text: "To consider the greenway."}}}
	var changes []FileChange
	for _, m := range []*schema.Meeting{minutes, agenda} {
		m.AssignIDs()
		changes = append(changes, FileChange{Path: m.SourcePath, Hash: "h-" + m.ID, Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestPersonSearch finds the items of a person by person: and the
// person filter, by surname or by key with its initial.
func TestPersonSearch(t *testing.T) {
	ix := peopleIndex(t)
	tests := []struct {
		req  Request
		want []string
	}{
		{Request{Query: "person:galvin"}, []string{"limerick--full-council--2016-05-23--i01"}},
		{Request{Query: `person:"Councillor Galvin"`}, []string{"limerick--full-council--2016-05-23--i01"}},
		{Request{Query: "person:collins"}, []string{"limerick--full-council--2016-05-23--i01", "limerick--full-council--2016-05-23--i02"}},
		{Request{Query: "person:j-collins"}, []string{"limerick--full-council--2016-05-23--i01"}},
		{Request{Query: "lighting", People: []string{"m-collins"}}, []string{"limerick--full-council--2016-05-23--i02"}},
		{Request{Query: "greenway", Kinds: []string{schema.KindAgenda}}, []string{"limerick--full-council--2016-05-23-agenda--i01"}},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), tt.req)
		if err != nil {
			t.Fatalf("%+v: %v", tt.req, err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q person %v kind %v: got %v; want %v", tt.req.Query, tt.req.People, tt.req.Kinds, got, tt.want)
		}
	}
}

// TestPeopleAndKindFacets counts items by person (labelled with the name
// as printed) and by kind of paper.
func TestPeopleAndKindFacets(t *testing.T) {
	ix := peopleIndex(t)
	res, err := ix.Search(context.Background(), Request{Query: "greenway"})
	if err != nil {
		t.Fatal(err)
	}
	count := func(facet, value string) (int, string) {
		for _, f := range res.Facets[facet] {
			if f.Value == value {
				return f.Count, f.Label
			}
		}
		return 0, ""
	}
	if n, label := count("people", "galvin"); n != 1 || label != "Councillor L. Galvin" {
		t.Errorf("people facet galvin: %d %q; want 1 \"Councillor L. Galvin\"", n, label)
	}
	if n, _ := count("kind", schema.KindMinutes); n != 2 {
		t.Errorf("kind facet minutes: %d; want 2", n)
	}
	if n, label := count("kind", schema.KindAgenda); n != 1 || label != "Agendas" {
		t.Errorf("kind facet agenda: %d %q; want 1 \"Agendas\"", n, label)
	}
	for _, h := range res.Hits {
		if want := map[bool]string{true: schema.KindAgenda, false: schema.KindMinutes}[h.MeetingID == "limerick--full-council--2016-05-23-agenda"]; h.Kind != want {
			t.Errorf("hit %s kind %q; want %q", h.ID, h.Kind, want)
		}
	}
	if _, err := ix.Search(context.Background(), Request{Kinds: []string{"letters"}}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("kind=letters: %v; want a bad request", err)
	}
}

// TestItemDetailPeople gives an item's decisions as data and its people.
func TestItemDetailPeople(t *testing.T) {
	ix := peopleIndex(t)
	d, err := ix.Item(context.Background(), "limerick--full-council--2016-05-23--i01")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Details) != 1 || d.Details[0].Mover != "Collins (J)" || len(d.People) != 2 || d.Kind != schema.KindMinutes {
		t.Errorf("item detail: decisions %+v, people %+v, kind %q", d.Details, d.People, d.Kind)
	}
}
