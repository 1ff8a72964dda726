package web

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

func TestCohortParams(t *testing.T) {
	tests := []struct {
		query    string
		want     search.Request // only the cohort fields are compared
		badParam string
	}{
		{query: "region=north-west&region=london&type=county", want: search.Request{Regions: []string{"north-west", "london"}, Types: []string{"county"}}},
		{query: "neighbours_of=kent", want: search.Request{NeighboursOf: "kent"}},
		{query: "moved=inadequate..good", want: search.Request{Moved: "inadequate..good"}},
		{query: "care_leavers=inadequate&in_care=good", want: search.Request{SubJudgements: inspections.SubJudgements{CareLeavers: "inadequate", InCare: "good"}}},
		{query: "leaders=outstanding&help_and_protection=requires-improvement",
			want: search.Request{SubJudgements: inspections.SubJudgements{Leaders: "outstanding", HelpAndProtection: "requires-improvement"}}},
		{query: "region=North%20West", badParam: "region"},
		{query: "type=Unitary+Authority", badParam: "type"},
		{query: "neighbours_of=Kent%20County", badParam: "neighbours_of"},
		{query: "moved=inadequate", badParam: "moved"},
		{query: "moved=good..good", badParam: "moved"},
		{query: "moved=bad..good", badParam: "moved"},
		{query: "care_leavers=not-judged", badParam: "care_leavers"},
		{query: "in_care=excellent", badParam: "in_care"},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		req, err := parseSearch(q)
		if tt.badParam != "" {
			if err == nil || !strings.Contains(err.Error(), `"`+tt.badParam+`"`) {
				t.Errorf("%s: error %v, want one naming %s", tt.query, err, tt.badParam)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		got := search.Request{Regions: req.Regions, Types: req.Types, NeighboursOf: req.NeighboursOf, Moved: req.Moved, SubJudgements: req.SubJudgements}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.query, got, tt.want)
		}
		// the links the pages build carry the filters
		back, _ := parseSearch(searchQuery(req))
		back = search.Request{Regions: back.Regions, Types: back.Types, NeighboursOf: back.NeighboursOf, Moved: back.Moved, SubJudgements: back.SubJudgements}
		if !reflect.DeepEqual(back, tt.want) {
			t.Errorf("%s: searchQuery lost a filter: %+v", tt.query, back)
		}
	}
}

func TestCompareNormParam(t *testing.T) {
	h := newHandler(t, testIndex(t))
	if rec := get(t, h, "/api/compare?q=ofsted&norm=per_head"); rec.Code != 400 || !strings.Contains(rec.Body.String(), "norm") {
		t.Errorf("norm=per_head: %d %s", rec.Code, rec.Body.String())
	}
	if rec := get(t, h, "/api/compare?q=ofsted&care_leavers=great"); rec.Code != 400 || !strings.Contains(rec.Body.String(), "care_leavers") {
		t.Errorf("care_leavers=great: %d %s", rec.Code, rec.Body.String())
	}
}
