package search

import (
	"context"
	"fmt"
	"testing"

	"github.com/councilminutes/minutes/inspections"
)

// BenchmarkMeetingsOfCouncil reads one council's 50 meetings (500 items)
// of the benchmark index, as coverage and mining do.
func BenchmarkMeetingsOfCouncil(b *testing.B) {
	ix := benchIndex(b)
	ctx := context.Background()
	for b.Loop() {
		ms, err := ix.Meetings(ctx, "council-07")
		if err != nil || len(ms) != 50 {
			b.Fatalf("%d meetings, %v", len(ms), err)
		}
	}
}

// BenchmarkSearchAfterInspection is a one-word search kept to the 12 months
// after an inspection of each of the 40 councils.
func BenchmarkSearchAfterInspection(b *testing.B) {
	ix := withBenchInspections(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := ix.Search(ctx, Request{Query: "ofsted", RelativeTo: RelativeAfter, Highlight: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompareAligned aligns the 40 councils on their inspections.
func BenchmarkCompareAligned(b *testing.B) {
	ix := withBenchInspections(b)
	ctx := context.Background()
	for b.Loop() {
		res, err := ix.Compare(ctx, CompareRequest{Request: Request{Query: "ofsted"}, Per: PerMonthsSinceInspection})
		if err != nil || len(res.Rows) != 40 {
			b.Fatalf("%v rows, %v", res, err)
		}
	}
}

// withBenchInspections is the benchmark index with two invented
// inspections per council, the shared index's options left untouched.
func withBenchInspections(b *testing.B) *Index {
	shared := benchIndex(b)
	var insps []inspections.Inspection
	for c := range 40 {
		for _, year := range []int{2014, 2019} {
			insps = append(insps, inspections.Inspection{Council: fmt.Sprintf("council-%02d", c), Kind: inspections.KindFull,
				PublicationDate: fmt.Sprintf("%d-%02d-10", year, 1+c%12), Judgement: inspections.Graded[c%4], Source: "invented"})
		}
	}
	ix := &Index{idx: shared.idx, path: shared.path, opts: shared.opts, log: shared.log}
	ix.synonyms.Store(shared.synonyms.Load())
	ix.topicLabels.Store(shared.topicLabels.Load())
	ix.body.Store(shared.body.Load())
	ix.highlighter, ix.words, ix.positions = shared.highlighter, shared.words, shared.positions
	ix.opts.Inspections = insps
	return ix
}

// BenchmarkCouncil is one council's summary, as the council page and its
// inspections ask for it, with a register of 153 authorities (the 40 of
// the benchmark index among them).
func BenchmarkCouncil(b *testing.B) {
	ix := withBenchInspections(b)
	var list []inspections.Authority
	for c := range 153 {
		list = append(list, inspections.Authority{Slug: fmt.Sprintf("council-%02d", c), Name: fmt.Sprintf("Council %d", c),
			Region: "North West", Type: "County", Population0to25: 100000, Neighbours: []string{"council-01"}, Source: "invented"})
	}
	ix.opts.Register = inspections.NewRegister(list)
	ctx := context.Background()
	for b.Loop() {
		c, err := ix.Council(ctx, "council-07")
		if err != nil || c.Register == nil || len(c.MeetingList) != 50 {
			b.Fatalf("%+v, %v", c, err)
		}
	}
}
