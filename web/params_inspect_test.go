package web

import (
	"errors"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

func TestRelativeParams(t *testing.T) {
	tests := []struct {
		query    string
		relative string
		judge    string
		months   int
		after    []string
		badParam string
	}{
		{query: "after=inspection", relative: "after"},
		{query: "before=inspection&judgement=inadequate&within=2y", relative: "before", judge: "inadequate", months: 24},
		{query: "after=inspection&within=18%20months", relative: "after", months: 18},
		{query: "after=0.5&after=k--x--i01", after: []string{"0.5", "k--x--i01"}},
		{query: "after=inspection&after=0.5&after=k--x--i01", relative: "after", after: []string{"0.5", "k--x--i01"}},
		{query: "judgement=good", judge: "good"}, // a cohort: councils with a good inspection
		{query: "after=inspection&before=inspection", badParam: "before"},
		{query: "before=yesterday", badParam: "before"},
		{query: "after=inspection&judgement=bad", badParam: "judgement"},
		{query: "after=inspection&within=abc", badParam: "within"},
		{query: "within=12m", badParam: "within"},
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
		if req.RelativeTo != tt.relative || req.Judgement != tt.judge || req.WithinMonths != tt.months || !reflect.DeepEqual(req.After, tt.after) {
			t.Errorf("%s: got %q %q %d %v", tt.query, req.RelativeTo, req.Judgement, req.WithinMonths, req.After)
		}
		// the links the pages build carry the filter
		back := searchQuery(req)
		if tt.relative != "" && back.Get(tt.relative) != "inspection" {
			t.Errorf("%s: searchQuery lost the filter: %v", tt.query, back)
		}
	}
}

func TestSearchPageRelative(t *testing.T) {
	h := newHandler(t, testIndex(t))
	body := get(t, h, "/?q=ofsted&after=inspection&judgement=inadequate").Body.String()
	for _, want := range []string{"within 12 months after an inadequate inspection", `name="after" value="inspection"`,
		`name="judgement" value="inadequate"`} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	// facet links keep the filter
	if !strings.Contains(body, "after=inspection&amp;council=") && !strings.Contains(body, "after=inspection&amp;committee=") {
		t.Error("facet links drop after=inspection")
	}
}

func FuzzRelativeParams(f *testing.F) {
	for _, s := range []string{"after=inspection", "before=inspection&judgement=good&within=2y", "after=inspection&before=inspection",
		"after=0.5&after=x&after=inspection", "within=12m", "judgement=requires-improvement&after=inspection&within=600m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		var req search.Request
		keys, err := relativeParams(q, &req)
		if err != nil {
			if !errors.Is(err, search.ErrBadRequest) {
				t.Fatalf("relativeParams(%q): error %v is not ErrBadRequest", raw, err)
			}
			return
		}
		if req.RelativeTo != "" && req.RelativeTo != search.RelativeAfter && req.RelativeTo != search.RelativeBefore {
			t.Fatalf("relativeParams(%q): relative_to %q", raw, req.RelativeTo)
		}
		if req.WithinMonths < 0 || req.WithinMonths > 600 || slices.Contains(keys, inspectionValue) {
			t.Fatalf("relativeParams(%q) = %+v, keys %v", raw, req, keys)
		}
	})
}
