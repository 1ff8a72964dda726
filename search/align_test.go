package search

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestCompareAligned(t *testing.T) {
	ix := newInspectedIndex(t, fixtureInspections(t))
	res, err := ix.Compare(context.Background(), CompareRequest{Per: PerMonthsSinceInspection})
	if err != nil {
		t.Fatal(err)
	}
	// anchors: luton 2019-07, kent 2016-03, middlesbrough 2021-01
	wantPeriods := []string{"-36..-31", "-30..-25", "-24..-19", "-18..-13", "-12..-7", "-6..-1", "0..5", "6..11", "12..17", "18..23"}
	if !reflect.DeepEqual(res.Periods, wantPeriods) {
		t.Errorf("periods %v, want %v", res.Periods, wantPeriods)
	}
	type cellKey struct{ council, period string }
	cells := map[cellKey]CompareCell{}
	for _, row := range res.Rows {
		if row.Anchor == nil {
			t.Errorf("row %s has no anchor", row.Key)
		}
		for _, c := range row.Cells {
			cells[cellKey{row.Key, c.Period}] = c
		}
	}
	want := map[cellKey]CompareCell{
		{"luton", "0..5"}:             {Period: "0..5", Count: 3, Items: 3, Share: 1, FirstYear: "2019", LastYear: "2019"},
		{"luton", "18..23"}:           {Period: "18..23", Count: 4, Items: 4, Share: 1, FirstYear: "2021", LastYear: "2021"},
		{"luton", "6..11"}:            {Period: "6..11", FirstYear: "2020", LastYear: "2020"},
		{"kent", "-30..-25"}:          {Period: "-30..-25", Count: 4, Items: 4, Share: 1, FirstYear: "2013", LastYear: "2014"},
		{"kent", "0..5"}:              {Period: "0..5", Count: 3, Items: 3, Share: 1, FirstYear: "2016", LastYear: "2016"},
		{"middlesbrough", "-36..-31"}: {Period: "-36..-31", Count: 3, Items: 3, Share: 1, FirstYear: "2018", LastYear: "2018"},
		{"middlesbrough", "6..11"}:    {Period: "6..11", Count: 5, Items: 5, Share: 1, FirstYear: "2021", LastYear: "2021"},
	}
	for k, w := range want {
		if got := cells[k]; got != w {
			t.Errorf("%v: got %+v, want %+v", k, got, w)
		}
	}
	var unaligned []string
	for _, row := range res.Unaligned {
		unaligned = append(unaligned, row.Key)
	}
	if !reflect.DeepEqual(unaligned, []string{"central-bedfordshire", "cheshire-east"}) {
		t.Errorf("unaligned %v", unaligned)
	}

	// a judgement chooses the inspections to align on
	res, err = ix.Compare(context.Background(), CompareRequest{Per: PerMonthsSinceInspection, Request: Request{Query: "ofsted", Judgement: "inadequate"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Rows[0].Key != "luton" || len(res.Unaligned) != 4 {
		t.Errorf("aligned on inadequate: rows %+v, unaligned %d", res.Rows, len(res.Unaligned))
	}
	if _, err := ix.Compare(context.Background(), CompareRequest{Per: PerMonthsSinceInspection, Request: Request{Judgement: "awful"}}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("bad judgement: %v", err)
	}
	if _, err := ix.Compare(context.Background(), CompareRequest{Per: "decade"}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("bad per: %v", err)
	}
}

func TestBucketOf(t *testing.T) {
	anchor := time.Date(2020, 2, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		month string
		want  int
	}{
		{"2020-02", 0}, {"2020-07", 0}, {"2020-08", 6}, {"2020-01", -6}, {"2019-08", -6}, {"2019-07", -12}, {"2022-02", 24},
	}
	for _, tt := range tests {
		if got, ok := bucketOf(anchor, tt.month); !ok || got != tt.want {
			t.Errorf("bucketOf(%s) = %d, %v; want %d", tt.month, got, ok, tt.want)
		}
	}
	if _, ok := bucketOf(anchor, "unknown"); ok {
		t.Error("an unknown month was placed")
	}
	if got := bucketLabel(-6); got != "-6..-1" {
		t.Errorf("bucketLabel(-6) = %q", got)
	}
}

func TestMeetingsOfCouncil(t *testing.T) {
	ix := sharedIndex(t)
	ms, err := ix.Meetings(context.Background(), "kent")
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Date != "2013-12-13" || ms[1].Date != "2016-07-05" || len(ms[0].Items) != 4 {
		t.Errorf("kent meetings: %d", len(ms))
	}
	all, err := ix.Meetings(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 10 || all[len(all)-1].Date != "" {
		t.Errorf("all meetings: %d, last dated %q (undated must come last)", len(all), all[len(all)-1].Date)
	}
	none, err := ix.Meetings(context.Background(), "nowhere")
	if err != nil || len(none) != 0 {
		t.Errorf("unknown council: %v, %v", none, err)
	}
}
