package search

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/inspections"
)

// fixtureInspections are invented inspections of the fixture councils
// (testdata/inspections.json); Cheshire East and Central Bedfordshire have none.
func fixtureInspections(t testing.TB) []inspections.Inspection {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "inspections.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []inspections.Inspection
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("testdata/inspections.json: %v", err)
	}
	return out
}

// newInspectedIndex is the fixture index opened with the given inspections.
func newInspectedIndex(t *testing.T, insps []inspections.Inspection) *Index {
	return newRecordIndex(t, insps, nil)
}

// newRecordIndex is the fixture index opened with the given inspections
// and register.
func newRecordIndex(t *testing.T, insps []inspections.Inspection, reg *inspections.Register) *Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "test.bleve")
	ix, err := Create(dir, fixtureOptions())
	if err != nil {
		t.Fatal(err)
	}
	var changes []FileChange
	for _, m := range loadFixtures(t) {
		changes = append(changes, FileChange{Path: m.SourcePath, Hash: "hash-" + m.ID, Meeting: m})
	}
	if err := ix.Apply(context.Background(), changes); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	opts := fixtureOptions()
	opts.Inspections, opts.Register = insps, reg
	if ix, err = Open(dir, opts); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// meetingsOf lists the meetings of a result's hits, sorted, once each.
func meetingsOf(res *Result) []string {
	seen := map[string]bool{}
	var out []string
	for _, h := range res.Hits {
		if !seen[h.MeetingID] {
			seen[h.MeetingID] = true
			out = append(out, h.MeetingID)
		}
	}
	sort.Strings(out)
	return out
}

func TestSearchRelativeToInspections(t *testing.T) {
	ix := newInspectedIndex(t, fixtureInspections(t))
	const (
		luton2019 = "luton--scrutiny-children-services-review-group--2019-11-12"
		luton2021 = "luton--scrutiny-children-services-review-group--2021-03-02"
		kent2016  = "kent--corporate-parenting-panel--2016-07-05"
		mbro2018  = "middlesbrough--corporate-parenting-board--2018-02-13"
		mbro2021  = "middlesbrough--corporate-parenting-board--2021-09-21"
	)
	tests := []struct {
		name     string
		req      Request
		meetings []string
		note     string // a note must contain it
	}{
		{"after any, 12 months", Request{RelativeTo: "after"},
			[]string{kent2016, luton2019, mbro2021}, "within 12 months after an inspection"},
		{"after inadequate", Request{RelativeTo: "after", Judgement: "inadequate"},
			[]string{luton2019}, "councils with one: luton"},
		{"after inadequate, 24 months", Request{RelativeTo: "after", Judgement: "inadequate", WithinMonths: 24},
			[]string{luton2019, luton2021}, "within 24 months"},
		{"before requires improvement, 3 years", Request{RelativeTo: "before", Judgement: "requires-improvement", WithinMonths: 36},
			[]string{mbro2018}, "before"},
		{"before good: nothing in the window", Request{RelativeTo: "before", Judgement: "good"}, nil, "kent"},
		{"no outstanding inspection", Request{RelativeTo: "after", Judgement: "outstanding"}, nil, "no recorded inspection matches"},
		{"with a council filter", Request{RelativeTo: "after", Councils: []string{"kent"}}, []string{kent2016}, ""},
		{"with a query that matches nothing", Request{Query: "xylophone", RelativeTo: "after"}, nil, ""},
		{"with a query", Request{Query: "ofsted", RelativeTo: "after", Judgement: "inadequate", WithinMonths: 24}, []string{luton2019, luton2021}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.Size = MaxSize
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := meetingsOf(res); !reflect.DeepEqual(got, tt.meetings) {
				t.Errorf("meetings %v, want %v", got, tt.meetings)
			}
			if tt.note != "" && !strings.Contains(strings.Join(res.Notes, "|"), tt.note) {
				t.Errorf("notes %q lack %q", res.Notes, tt.note)
			}
			grouped := tt.req
			grouped.Group = "meeting"
			gres, err := ix.Search(context.Background(), grouped)
			if err != nil {
				t.Fatal(err)
			}
			if gres.TotalGroups != len(tt.meetings) {
				t.Errorf("group=meeting: %d meetings, want %d", gres.TotalGroups, len(tt.meetings))
			}
		})
	}
}

func TestSearchRelativeWithoutInspections(t *testing.T) {
	ix := newInspectedIndex(t, nil)
	res, err := ix.Search(context.Background(), Request{RelativeTo: "after"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 0 || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "no inspections are recorded") {
		t.Errorf("total %d, notes %q", res.Total, res.Notes)
	}
}

func TestSearchRelativeBadRequests(t *testing.T) {
	ix := sharedIndex(t)
	tests := []struct {
		req   Request
		param string
	}{
		{Request{RelativeTo: "during"}, "relative_to"},
		{Request{RelativeTo: "after", Judgement: "bad"}, "judgement"},
		{Request{RelativeTo: "after", Judgement: "none"}, "judgement"},
		{Request{RelativeTo: "after", WithinMonths: -1}, "within"},
		{Request{RelativeTo: "before", WithinMonths: 601}, "within"},
		{Request{Judgement: "great"}, "judgement"},
		{Request{SubJudgements: inspections.SubJudgements{CareLeavers: "not-judged"}}, "care_leavers"},
		{Request{SubJudgements: inspections.SubJudgements{InCare: "bad"}}, "in_care"},
		{Request{Moved: "good"}, "moved"},
		{Request{Moved: "good..good"}, "moved"},
		{Request{Regions: []string{"narnia"}}, "region"},
		{Request{Types: []string{"parish"}}, "type"},
		{Request{NeighboursOf: "nowhere"}, "neighbours_of"},
		{Request{WithinMonths: 6}, "within"},
	}
	for _, tt := range tests {
		_, err := ix.Search(context.Background(), tt.req)
		if !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), strconv.Quote(tt.param)+":") {
			t.Errorf("%+v: error %v, want a bad request naming %s", tt.req, err, tt.param)
		}
	}
}
