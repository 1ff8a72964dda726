package search

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestFilesFromDocValues checks Files (doc values) against the stored
// fields it replaces, after a replacement and a deletion too.
func TestFilesFromDocValues(t *testing.T) {
	ix := newFixtureIndex(t)
	ctx := context.Background()
	check := func(stage string, n int) {
		got, err := ix.Files()
		if err != nil {
			t.Fatal(err)
		}
		want, err := ix.storedFiles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(got, want) || len(got) != n {
			t.Errorf("%s: Files %v\nstored %v, want %d files", stage, got, want, n)
		}
	}
	check("fresh", 10)
	path := "cheshire-east/corporate-parenting-committee/2018-05-09.txt"
	m := &schema.Meeting{CouncilSlug: "cheshire-east", CommitteeSlug: "panel", Date: "2018-05-09", SourcePath: path,
		Items: []schema.Item{{Title: "Zebra"}}}
	m.AssignIDs()
	if err := ix.Apply(ctx, []FileChange{{Path: path, Hash: "new-hash", Meeting: m}}); err != nil {
		t.Fatal(err)
	}
	check("replaced", 10)
	if err := ix.Apply(ctx, []FileChange{{Path: path}}); err != nil {
		t.Fatal(err)
	}
	check("deleted", 9)
}

// TestLabelsFromLabelFields checks the labels read from the label fields
// against those built from the meeting summaries.
func TestLabelsFromLabelFields(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	got, err := ix.loadLabels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ix.summaryLabels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(got.councils, want.councils) || !maps.Equal(got.committees, want.committees) {
		t.Errorf("labels\n got %v %v\nwant %v %v", got.councils, got.committees, want.councils, want.committees)
	}
	if len(got.councils) < 5 {
		t.Errorf("only %d councils labelled", len(got.councils))
	}
}

// TestFreshIndexUntouched checks when Apply may skip its look-ups.
func TestFreshIndexUntouched(t *testing.T) {
	meeting := func(id string) *schema.Meeting { return &schema.Meeting{ID: id} }
	f := newFreshIndex()
	f.record([]FileChange{{Path: "a.txt", Meeting: meeting("m1")}, {Path: "gone.txt"}})
	tests := []struct {
		name    string
		fresh   *freshIndex
		changes []FileChange
		want    bool
	}{
		{"opened index", nil, []FileChange{{Path: "new.txt"}}, false},
		{"new paths and meetings", f, []FileChange{{Path: "b.txt", Meeting: meeting("m2")}, {Path: "c.txt"}}, true},
		{"path indexed before", f, []FileChange{{Path: "b.txt"}, {Path: "a.txt", Meeting: meeting("m3")}}, false},
		{"deleted path", f, []FileChange{{Path: "gone.txt"}}, false},
		{"meeting of another file", f, []FileChange{{Path: "d.txt", Meeting: meeting("m1")}}, false},
	}
	for _, tt := range tests {
		if got := tt.fresh.untouched(tt.changes); got != tt.want {
			t.Errorf("%s: untouched %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSummariesFromDocValues checks the meeting summaries read from doc
// values against those read from the stored fields.
func TestSummariesFromDocValues(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	got, ok, err := ix.docValueSummaries(ctx)
	if err != nil || !ok {
		t.Fatalf("doc value summaries: ok %v, %v", ok, err)
	}
	want, err := ix.storedSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) || len(got) != 10 {
		t.Errorf("summaries\n got %v\nwant %v", got, want)
	}
}

// FuzzSummaryValue checks that a summary survives packing, and that
// parsing never panics.
func FuzzSummaryValue(f *testing.F) {
	f.Add("kent", "Kent County Council", "panel", "", "2019-03-20", 12)
	f.Add("", "", "", "", "", 0)
	f.Fuzz(func(t *testing.T, council, name, committee, committeeName, date string, items int) {
		m := meetingSummary{ID: "x", Council: council, CouncilName: name, Committee: committee, CommitteeName: committeeName, Date: date, Items: items}
		got, ok := parseSummary("x", summaryValue(m))
		packable := !strings.Contains(council+name+committee+committeeName+date, labelSep)
		if packable && (!ok || got != m) {
			t.Errorf("round trip of %+v: %+v, %v", m, got, ok)
		}
		parseSummary("x", council+labelSep+name) // must not panic
	})
}

// TestLabelsOfSlugWithSeveralNames: where the meetings of one council
// name it in different ways, the label is the name most of its live
// meetings give (ties: the first in order); a deleted meeting's name no
// longer counts, though its term may stay in the dictionary until a
// merge.
func TestLabelsOfSlugWithSeveralNames(t *testing.T) {
	ix, err := Create(filepath.Join(t.TempDir(), "ix"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	change := func(date, council, committee string) FileChange {
		path := "x/panel/" + date + ".txt"
		m := &schema.Meeting{Council: council, CouncilSlug: "x", Committee: committee, CommitteeSlug: "panel", Date: date, SourcePath: path,
			Items: []schema.Item{{Title: "Budget", Text: "The budget was agreed."}}}
		m.AssignIDs()
		return FileChange{Path: path, Hash: date, Meeting: m}
	}
	check := func(stage, council, committee string) {
		t.Helper()
		l, err := ix.loadLabels(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if l.councils["x"] != council || l.committees["panel"] != committee {
			t.Errorf("%s: labels %q, %q, want %q, %q", stage, l.councils["x"], l.committees["panel"], council, committee)
		}
	}
	err = ix.Apply(ctx, []FileChange{
		change("2020-01-01", "Borough of X", "Panel"),
		change("2020-02-01", "X Borough Council", "The Panel"),
		change("2020-03-01", "X Borough Council", "Panel"),
	})
	if err != nil {
		t.Fatal(err)
	}
	check("two names to one", "X Borough Council", "Panel")
	if err := ix.Apply(ctx, []FileChange{{Path: "x/panel/2020-03-01.txt"}}); err != nil {
		t.Fatal(err)
	}
	check("one each", "Borough of X", "Panel")
	if err := ix.Apply(ctx, []FileChange{{Path: "x/panel/2020-01-01.txt"}}); err != nil {
		t.Fatal(err)
	}
	check("the first deleted", "X Borough Council", "The Panel")
}
