package moderngov_test

import (
	"context"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
)

// TestSettledMeetingsNotAskedAgain: a meeting whose minutes were stored
// long after it (approved by then) is not asked for again; one stored
// soon after it (a draft, perhaps) is, as is one a fetch found without
// minutes; one found cancelled is not.
func TestSettledMeetingsNotAskedAgain(t *testing.T) {
	site := newMgSite(t)
	dir := t.TempDir()
	opts := e2eOpts(site, dir)
	opts.Committees, opts.From, opts.To = []string{"corporate parenting"}, "2024-01", "2024-07"
	fetch := func() {
		t.Helper()
		if _, err := moderngov.Fetch(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
	}
	fetch()
	const stored, cancelled, agenda = "/ielistdocuments.aspx?cid=11&mid=1101", "/ielistdocuments.aspx?cid=11&mid=1103", "/ielistdocuments.aspx?cid=11&mid=1104"
	fetch()
	if n := site.count(stored); n != 1 {
		t.Errorf("the meeting stored years after it was asked for %d times, want once", n)
	}
	if n := site.count(cancelled); n != 1 {
		t.Errorf("the cancelled meeting was asked for %d times, want once", n)
	}
	if n := site.count(agenda); n != 2 {
		t.Errorf("the meeting without minutes was asked for %d times, want on each run", n)
	}
	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := man.Lookup("testshire/corporate-parenting-panel/2024-01-15.html")
	if !ok {
		t.Fatal("meeting 1101 not in the manifest")
	}
	e.FetchedAt = "2024-01-20T10:00:00Z" // five days after the meeting
	man.Put(e)
	if err := man.Save(dir); err != nil {
		t.Fatal(err)
	}
	fetch()
	if n := site.count(stored); n != 2 {
		t.Errorf("the meeting stored five days after it was asked for %d times, want again", n)
	}
	// --refetch asks again for what is settled and what was not held
	opts.Refetch = true
	fetch()
	fetch()
	if n := site.count(cancelled); n != 3 {
		t.Errorf("with --refetch the cancelled meeting was asked for %d times in all, want 3", n)
	}
	if n := site.count(stored); n != 4 {
		t.Errorf("with --refetch the settled meeting was asked for %d times in all, want 4", n)
	}
}

// TestUnsettledWithoutPrintedMinutes: a meeting stored long after it is
// asked for again while the printed minutes its page links were not got
// (refused here: an --allow-host may let them in next time).
func TestUnsettledWithoutPrintedMinutes(t *testing.T) {
	site := newMgSite(t)
	opts := e2eOpts(site, t.TempDir())
	opts.Committees, opts.From, opts.To = []string{"cabinet"}, "2024-06", "2024-06"
	for range 2 {
		if _, err := moderngov.Fetch(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
	}
	if n := site.count("/ielistdocuments.aspx?cid=12&mid=1203"); n != 2 {
		t.Errorf("the meeting whose printed minutes were refused was asked for %d times, want on each run", n)
	}
}
