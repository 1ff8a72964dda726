package search

import (
	"context"
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/inspections"
)

// fixtureRegister is an invented register of the fixture councils and one
// council with no minutes (Bedford), with invented neighbours.
func fixtureRegister() *inspections.Register {
	a := func(slug, name, region, typ string, pop int, neighbours ...string) inspections.Authority {
		return inspections.Authority{Slug: slug, Name: name, Region: region, Type: typ, Population0to25: pop,
			Neighbours: neighbours, Source: "invented for tests"}
	}
	return inspections.NewRegister([]inspections.Authority{
		a("kent", "Kent", "South East", "County", 470000, "luton", "bedford"),
		a("luton", "Luton", "East of England", "Unitary Authority", 80000, "central-bedfordshire", "kent", "bedford"),
		a("central-bedfordshire", "Central Bedfordshire", "East of England", "Unitary Authority", 86000, "luton"),
		a("middlesbrough", "Middlesbrough", "North East", "Unitary Authority", 48000, "luton"),
		a("cheshire-east", "Cheshire East", "North West", "Unitary Authority", 107000, "middlesbrough"),
		a("bedford", "Bedford Borough", "East of England", "Unitary Authority", 57000, "luton"),
	})
}

// fixtureRecord is fixtureInspections with sub-judgements and a later
// inspection of Luton, so that its judgement moved from inadequate to good.
func fixtureRecord(t *testing.T) []inspections.Inspection {
	insps := fixtureInspections(t)
	for i, in := range insps {
		if in.Council == "middlesbrough" {
			insps[i].CareLeavers = inspections.JudgementInadequate
		}
	}
	return append(insps, inspections.Inspection{Council: "luton", Kind: inspections.KindFull, PublicationDate: "2022-09-05",
		Judgement: inspections.JudgementGood, Source: "invented for tests"})
}

func councilsOf(res *Result) []string {
	var out []string
	for _, f := range res.Facets["council"] {
		out = append(out, f.Value)
	}
	sort.Strings(out)
	return out
}

func TestSearchScope(t *testing.T) {
	ix := newRecordIndex(t, fixtureRecord(t), fixtureRegister())
	tests := []struct {
		name     string
		req      Request
		councils []string
		note     string
	}{
		{"region", Request{Regions: []string{"east-of-england"}}, []string{"central-bedfordshire", "luton"}, "region East of England (3 councils)"},
		{"two regions", Request{Regions: []string{"north-east", "south-east"}}, []string{"kent", "middlesbrough"}, "North East or South East"},
		{"type", Request{Types: []string{"county"}}, []string{"kent"}, "type County"},
		{"region and type", Request{Regions: []string{"east-of-england"}, Types: []string{"county"}}, nil, ""},
		{"neighbours", Request{NeighboursOf: "luton"}, []string{"central-bedfordshire", "kent", "luton"}, "Luton and its 3 statistical neighbours (DfE): Central Bedfordshire, Kent, Bedford Borough"},
		{"neighbours and a council", Request{NeighboursOf: "luton", Councils: []string{"kent"}}, []string{"kent"}, ""},
		{"moved", Request{Moved: "inadequate..good"}, []string{"luton"}, "moved from inadequate to good between two consecutive inspections (1 council)"},
		{"moved nowhere", Request{Moved: "good..inadequate"}, nil, "(0 councils)"},
		{"a sub-judgement", Request{SubJudgements: inspections.SubJudgements{CareLeavers: "inadequate"}}, []string{"middlesbrough"}, "councils with an inspection with care leavers judged inadequate (1 council)"},
		{"a judgement", Request{Judgement: "good"}, []string{"kent", "luton"}, "councils with a good inspection (2 councils)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := councilsOf(res); !reflect.DeepEqual(got, tt.councils) {
				t.Errorf("councils %v, want %v", got, tt.councils)
			}
			if !strings.Contains(strings.Join(res.Notes, "|"), tt.note) {
				t.Errorf("notes %q lack %q", res.Notes, tt.note)
			}
		})
	}
}

func TestSearchSubJudgementRelative(t *testing.T) {
	ix := newRecordIndex(t, fixtureRecord(t), fixtureRegister())
	req := Request{RelativeTo: RelativeAfter, SubJudgements: inspections.SubJudgements{CareLeavers: "inadequate"}, Size: MaxSize}
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if got := meetingsOf(res); !reflect.DeepEqual(got, []string{"middlesbrough--corporate-parenting-board--2021-09-21"}) {
		t.Errorf("meetings %v", got)
	}
	if !strings.Contains(strings.Join(res.Notes, "|"), "after an inspection with care leavers judged inadequate") {
		t.Errorf("notes %q", res.Notes)
	}
}

func TestRegisterFacets(t *testing.T) {
	ix := newRecordIndex(t, fixtureRecord(t), fixtureRegister())
	res, err := ix.Search(context.Background(), Request{})
	if err != nil {
		t.Fatal(err)
	}
	items := map[string]int{}
	for _, f := range res.Facets["council"] {
		items[f.Value] = f.Count
	}
	want := []Facet{{Value: "east-of-england", Label: "East of England", Count: items["luton"] + items["central-bedfordshire"]}}
	if got := res.Facets["region"]; len(got) != 4 || got[0] != want[0] {
		t.Errorf("region facet %+v, want 4 regions, first %+v", got, want[0])
	}
	if got := res.Facets["type"]; len(got) != 2 || got[0].Value != "unitary-authority" || got[1] != (Facet{Value: "county", Label: "County", Count: items["kent"]}) {
		t.Errorf("type facet %+v", got)
	}
}

func TestCouncilsListTheRegister(t *testing.T) {
	ix := newRecordIndex(t, fixtureRecord(t), fixtureRegister())
	cs, err := ix.Councils(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 6 {
		t.Fatalf("%d councils, want the 5 indexed and Bedford", len(cs))
	}
	for _, c := range cs {
		if c.Register == nil {
			t.Errorf("%s has no register entry", c.Slug)
		}
		switch c.Slug {
		case "bedford":
			if c.Meetings != 0 || c.Name != "Bedford Borough" || c.Inspections != 0 || c.Latest != nil {
				t.Errorf("Bedford: %+v", c)
			}
		case "luton":
			if c.Meetings != 2 || c.Inspections != 3 || c.Latest == nil || c.Latest.PublicationDate != "2022-09-05" {
				t.Errorf("Luton: %+v", c)
			}
		}
	}
	if c, err := ix.Council(context.Background(), "bedford"); err != nil || len(c.MeetingList) != 0 || c.Register == nil {
		t.Errorf("Bedford's page: %+v, %v", c, err)
	}
}

func TestCompareNeighbours(t *testing.T) {
	ix := newRecordIndex(t, fixtureRecord(t), fixtureRegister())
	res, err := ix.Compare(context.Background(), CompareRequest{Request: Request{Query: "ofsted", NeighboursOf: "luton"}})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, r := range res.Rows {
		rows = append(rows, r.Key)
		a, _ := fixtureRegister().Get(r.Key)
		if r.Population != a.Population0to25 {
			t.Errorf("%s: population %d", r.Key, r.Population)
		}
		for _, c := range r.Cells {
			if c.Per10k == nil || math.Abs(*c.Per10k-float64(c.Count)*10000/float64(r.Population)) > 1e-9 {
				t.Errorf("%s %s: per 10k %v for %d items", r.Key, c.Period, c.Per10k, c.Count)
			}
		}
	}
	if !reflect.DeepEqual(rows, []string{"central-bedfordshire", "kent", "luton"}) || res.Focus != "luton" {
		t.Errorf("rows %v, focus %q", rows, res.Focus)
	}
	if len(res.NoMinutes) != 1 || res.NoMinutes[0].Key != "bedford" || res.NoMinutes[0].Label != "Bedford Borough" {
		t.Errorf("no minutes: %+v", res.NoMinutes)
	}
}

// TestScopeWithoutRegister: over a corpus without the register, region=
// and type= are a 400 saying so, not "is not one of " and an empty list.
func TestScopeWithoutRegister(t *testing.T) {
	ix := sharedIndex(t)
	for _, req := range []Request{{Regions: []string{"north-east"}}, {Types: []string{"county"}}} {
		_, err := ix.Search(context.Background(), req)
		if err == nil || !strings.Contains(err.Error(), "no register") || strings.HasSuffix(err.Error(), "one of ") {
			t.Errorf("%+v: %v", req, err)
		}
	}
}
