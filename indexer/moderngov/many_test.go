package moderngov

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// results indexes a run's results by council.
func results(sum *RunSummary) map[string]CouncilResult {
	out := map[string]CouncilResult{}
	for _, c := range sum.Councils {
		out[c.Slug] = c
	}
	return out
}

// meetingDownloads counts the answers with a body (not 304) that carried
// a meeting with minutes, stored by the fetch: GetMeeting, a documents
// page or a printed minutes PDF. Meeting 1106 of the imitation has no
// minutes yet, so nothing of it is stored, and every run asks again.
func meetingDownloads(im *moderngovtest.Imitation) int {
	n := 0
	for _, sub := range []string{"/mgWebService.asmx/GetMeeting?", "/ieListDocuments.aspx?", "/documents/g"} {
		_, full := im.Count(sub)
		n += full
	}
	for _, sub := range []string{"lMeetingId=1106", "MId=1106"} {
		_, full := im.Count(sub)
		n -= full
	}
	return n
}

// TestFetchManyFindsAndFetchesARegion: one run over a region discovers
// each council's site from its web domain (not taking a main site that
// answers everything for ModernGov), fetches every one, never asks a
// council of another region, keeps to one request at a time per host
// while fetching several hosts at once, records everything in
// sources.json, and a second run downloads no stored meeting again.
func TestFetchManyFindsAndFetchesARegion(t *testing.T) {
	im := moderngovtest.Start(t, northEast()...)
	im.Latency = 10 * time.Millisecond
	dir := testCorpus(t, northEast())
	opts := manyOpts(im, dir)
	opts.Regions = []string{"North East"}
	var progress bytes.Buffer
	opts.Progress = &progress
	sum, err := FetchMany(context.Background(), opts)
	if err != nil {
		t.Fatalf("FetchMany: %v", err)
	}
	got := results(sum)
	if len(got) != 5 || got["riverside"].Slug != "" {
		t.Errorf("the run chose %d councils (%v), want the five of the North East", len(got), got)
	}
	if n, _ := im.Count("riverside"); n != 0 {
		t.Errorf("a council of another region was asked %d times", n)
	}
	for slug, want := range map[string]struct {
		site, foundBy        string
		stored, none, failed int
		status               string
	}{
		"northshire": {"https://democracy.northshire.gov.uk", corpus.FoundByDomain, 5, 1, 0, statusFetched},
		"southby":    {"https://moderngov.southby.gov.uk", corpus.FoundByDomain, 5, 1, 0, statusFetched},
		"eastham":    {"https://www.eastham.gov.uk/moderngov", corpus.FoundByDomain, 4, 1, 1, statusFetched},
		"midtown":    {"https://committees.midtown.gov.uk", corpus.FoundByCouncils, 5, 1, 0, statusFetched},
		"westford":   {"", "", 0, 0, 0, statusFailed},
	} {
		r := got[slug]
		if r.Site != want.site || r.FoundBy != want.foundBy || r.Stored != want.stored || r.WithoutMinutes != want.none ||
			r.Failed != want.failed || r.Status != want.status {
			t.Errorf("%s: %+v\nwant %+v", slug, r, want)
		}
	}
	if r := got["eastham"]; len(r.Failures) != 1 || !strings.Contains(r.Failures[0].Reason, "500") {
		t.Errorf("eastham's failure is not reported with its reason: %+v", r.Failures)
	}
	if r := got["westford"]; !strings.Contains(r.Error, "no ModernGov site found under westford.gov.uk") ||
		!strings.Contains(r.Error, "democracy.westford.gov.uk: no such host") ||
		!strings.Contains(r.Error, "www.westford.gov.uk/moderngov: its web service answers with a page") {
		t.Errorf("westford's error does not say where discovery looked: %q", r.Error)
	}
	if n, _ := im.Count("committees.midtown.gov.uk/mgWebService.asmx/GetCommittees"); n != 1 {
		t.Errorf("midtown, whose site councils.json gives, was asked for its committees %d times, want once (no probe)", n)
	}
	for _, f := range []string{"northshire/corporate-parenting-panel/2023-01-10.xml", "northshire/corporate-parenting-panel/2023-01-10.pdf",
		"southby/corporate-parenting-panel/2023-01-10.html", "southby/corporate-parenting-panel/2023-01-10.pdf",
		"eastham/corporate-parenting-panel/2023-03-10.xml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("not stored: %v", err)
		}
	}
	perHost, all := im.MaxInFlight()
	if perHost != 1 {
		t.Errorf("a host had %d requests in flight at once, want 1", perHost)
	}
	if all < 2 || all > opts.Parallel {
		t.Errorf("%d requests were in flight at once over all hosts, want 2 to %d", all, opts.Parallel)
	}

	src, err := corpus.LoadSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	if src.Run == nil || src.Run.Finished == "" {
		t.Errorf("the run is not recorded as finished: %+v", src.Run)
	}
	for slug, want := range map[string]string{"northshire": "https://democracy.northshire.gov.uk", "southby": "https://moderngov.southby.gov.uk",
		"eastham": "https://www.eastham.gov.uk/moderngov", "midtown": "https://committees.midtown.gov.uk", "westford": ""} {
		s := src.Councils[slug]
		if s.Site != want || s.LastFetched == "" || s.Run != src.Run.Started {
			t.Errorf("sources.json on %s: %+v, want site %q fetched in the run", slug, s, want)
		}
	}
	if s := src.Councils["westford"]; s.Checked == "" || !strings.Contains(s.LastError, "no ModernGov site found") {
		t.Errorf("sources.json does not record westford's failed search: %+v", s)
	}
	if s := src.Councils["northshire"]; s.FoundBy != corpus.FoundByDomain || s.FoundAt == "" || s.Domain != "northshire.gov.uk" ||
		s.Stored != 5 || s.WithoutMinutes != 1 || s.Committees != 1 || s.Requests == 0 {
		t.Errorf("sources.json on northshire: %+v", s)
	}
	if !strings.Contains(progress.String(), "northshire: fetched, https://democracy.northshire.gov.uk (register-domain), 1 committees, 5 meetings stored") {
		t.Errorf("no progress line for northshire:\n%s", progress.String())
	}
	var table bytes.Buffer
	sum.Print(&table)
	if strings.Contains(table.String(), " \n") {
		t.Errorf("the table has lines ending in spaces:\n%q", table.String())
	}
	for _, want := range []string{"council", "no minutes", "eastham", "https://www.eastham.gov.uk/moderngov (found)", "no site found",
		"5 councils: 4 fetched, 1 failed", "failures:", "eastham: Corporate Parenting Panel 2023-02-10 1102: get "} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("the table lacks %q:\n%s", want, table.String())
		}
	}

	// A second run: every council is fetched again (the first run
	// finished), but nothing stored is downloaded again.
	before, requests := meetingDownloads(im), im.Requests()
	sum, err = FetchMany(context.Background(), opts)
	if err != nil {
		t.Fatalf("second FetchMany: %v", err)
	}
	if sum.Resumed {
		t.Error("a run after a finished one says it resumed it")
	}
	if n := meetingDownloads(im) - before; n != 0 {
		t.Errorf("the second run downloaded %d stored meetings again", n)
	}
	got = results(sum)
	if r := got["northshire"]; r.Stored != 0 || r.Unchanged != 5 {
		t.Errorf("second run on northshire: %+v, want 5 unchanged", r)
	}
	t.Logf("first run: %d requests for 5 councils; second run: %d", requests, im.Requests()-requests)
}

// TestFetchManyResumes: a run stopped by --max-requests ends cleanly,
// having sent no more than the limit; the next run resumes it, fetching
// only the councils not finished, and downloads no stored meeting again.
func TestFetchManyResumes(t *testing.T) {
	im := moderngovtest.Start(t, northEast()...)
	dir := testCorpus(t, northEast())
	opts := manyOpts(im, dir)
	opts.Regions, opts.Parallel, opts.MaxRequests = []string{"north-east"}, 1, 25
	sum, err := FetchMany(context.Background(), opts)
	if !errors.Is(err, ErrRequestLimit) {
		t.Fatalf("FetchMany with --max-requests 25: %v, want ErrRequestLimit", err)
	}
	if n := im.Requests(); n > 25 {
		t.Errorf("%d requests reached the sites, over the limit of 25", n)
	}
	var done, stopped []string
	for _, c := range sum.Councils {
		switch c.Status {
		case statusFetched, statusFailed:
			done = append(done, c.Slug)
		default:
			stopped = append(stopped, c.Slug)
		}
	}
	if len(done) == 0 || len(stopped) == 0 {
		t.Fatalf("the limit should stop the run midway: done %v, stopped %v", done, stopped)
	}
	src, err := corpus.LoadSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	if src.Run.Finished != "" {
		t.Error("a stopped run is recorded as finished")
	}
	for _, slug := range stopped {
		if s := src.Councils[slug]; s.Run == src.Run.Started {
			t.Errorf("%s was stopped but is recorded as fetched in the run", slug)
		}
	}
	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	recorded := len(man.Files)

	asked := map[string]int{}
	for _, slug := range done {
		asked[slug], _ = im.Count(slug + ".gov.uk")
	}
	downloads := meetingDownloads(im)
	opts.MaxRequests = 0
	sum, err = FetchMany(context.Background(), opts)
	if err != nil {
		t.Fatalf("resumed FetchMany: %v", err)
	}
	if !sum.Resumed {
		t.Error("the second run did not resume the first")
	}
	for _, slug := range done {
		if n, _ := im.Count(slug + ".gov.uk"); n != asked[slug] {
			t.Errorf("%s, finished before the stop, was asked %d more times", slug, n-asked[slug])
		}
		if r := results(sum)[slug]; r.Status != statusEarlier {
			t.Errorf("%s: status %q, want %q", slug, r.Status, statusEarlier)
		}
	}
	for _, c := range sum.Councils {
		if c.Status == statusInterrupted || c.Status == statusNotReached {
			t.Errorf("%s is still %s after the resumed run", c.Slug, c.Status)
		}
	}
	// Each meeting is downloaded once over the two runs: those the
	// manifest recorded before the stop are not downloaded again.
	man, _ = corpus.LoadManifest(dir)
	if total := meetingDownloads(im); total != len(man.Files) {
		t.Errorf("%d meeting files were downloaded over both runs for %d files stored (%d before the stop, %d downloads then)",
			total, len(man.Files), recorded, downloads)
	}
	if src, _ := corpus.LoadSources(dir); src.Run.Finished == "" {
		t.Error("the resumed run is not recorded as finished")
	}
}
