package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// fetchCouncils are the imitated councils of the end-to-end fetch: five
// in the North East (one without a ModernGov site), one in London.
func fetchCouncils() []moderngovtest.Council {
	return []moderngovtest.Council{
		{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk", Meetings: 12},
		{Name: "Southby", Domain: "southby.gov.uk", Site: "moderngov.southby.gov.uk", ServiceOff: true, Meetings: 12,
			MainSites: []string{"democracy.southby.gov.uk"}},
		{Name: "Eastham", Domain: "eastham.gov.uk", Site: "www.eastham.gov.uk/moderngov", Broken: true, Meetings: 12},
		{Name: "Midtown", Domain: "midtown.gov.uk", Site: "committees.midtown.gov.uk", Meetings: 12},
		{Name: "Westford", Domain: "westford.gov.uk", MainSites: []string{"www.westford.gov.uk"}},
		{Name: "Riverside", Domain: "riverside.gov.uk", Site: "democracy.riverside.gov.uk", Region: "London"},
	}
}

// meetingKey finds the meeting an imitation's request is for.
var meetingKey = regexp.MustCompile(`^([a-z.]+?)(?:/moderngov)?/(?:mgWebService\.asmx/GetMeeting\?lMeetingId=|ieListDocuments\.aspx\?CId=\d+&MId=|documents/g)(\d+)`)

// recorded returns the meetings the corpus's manifest holds, as
// "council/meeting-id".
func recorded(t *testing.T, dir string) map[string]bool {
	t.Helper()
	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, e := range man.Files {
		out[strings.SplitN(e.Path, "/", 2)[0]+"/"+e.MeetingID] = true
	}
	return out
}

// downloadedAgain lists the meetings of stored that were downloaded (a
// body, not 304) between the two snapshots of the imitation's answers.
func downloadedAgain(before, after map[string]int, stored map[string]bool) []string {
	var out []string
	for key, n := range after {
		if n == before[key] {
			continue
		}
		m := meetingKey.FindStringSubmatch(key)
		if m == nil {
			continue
		}
		for slug := range stored {
			council := strings.SplitN(slug, "/", 2)[0]
			if strings.Contains(m[1], council+".") && stored[council+"/"+m[2]] {
				out = append(out, key)
				break
			}
		}
	}
	return out
}

// TestFetchRegionSurvivesSIGKILL runs `minutes fetch --region` against
// imitated councils' sites in a child process and kills it (SIGKILL)
// once some councils are fetched; the next run resumes: it fetches only
// the councils not finished, downloads no meeting recorded before the
// kill, finds every site from its domain and ends with the table. A third
// run, after the finished one, downloads no stored meeting.
func TestFetchRegionSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped in -short mode")
	}
	councils := fetchCouncils()
	im := moderngovtest.Start(t, councils...)
	dir := filepath.Join(t.TempDir(), "corpus")
	os.MkdirAll(dir, 0o755)
	if err := moderngovtest.WriteRegister(filepath.Join(dir, corpus.AuthoritiesFile), councils...); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, corpus.CouncilsFile), []byte(`[{"slug": "midtown", "name": "Midtown",
		"moderngov_url": "https://committees.midtown.gov.uk"}]`), 0o644)
	cfg := filepath.Join(t.TempDir(), "imitation.json")
	if err := im.WriteConfig(cfg); err != nil {
		t.Fatal(err)
	}
	fetch := func() *exec.Cmd {
		cmd := child("fetch", "--corpus", dir, "--region", "north-east", "--committee", "corporate parenting",
			"--from", "2023", "--to", "2023-12", "--delay", "30ms", "--parallel", "2", "--allow-host", "127.0.0.1")
		cmd.Env = append(cmd.Env, imitationEnv+"="+cfg)
		return cmd
	}

	// Kill the first run once one council is finished and others are not.
	cmd := fetch()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var finished []string
	deadline := time.Now().Add(60 * time.Second)
	for len(finished) == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("no council was finished within a minute:\n%s", out.String())
		}
		time.Sleep(5 * time.Millisecond)
		src, err := corpus.LoadSources(dir)
		if err != nil {
			cmd.Process.Kill()
			t.Fatalf("sources.json unreadable during the run: %v", err)
		}
		if src.Run == nil {
			continue
		}
		if src.Run.Finished != "" {
			t.Fatalf("the run finished before it could be killed:\n%s", out.String())
		}
		for slug, s := range src.Councils {
			if s.Run == src.Run.Started && s.Site != "" {
				finished = append(finished, slug)
			}
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	src, err := corpus.LoadSources(dir)
	if err != nil {
		t.Fatalf("sources.json after SIGKILL: %v", err)
	}
	finished = finished[:0]
	for slug, s := range src.Councils {
		if s.Run == src.Run.Started {
			finished = append(finished, slug)
		}
	}
	storedAtKill := recorded(t, dir)
	asked := map[string]int{}
	for _, slug := range finished {
		asked[slug], _ = im.Count(slug + ".gov.uk")
	}
	before := im.Downloads()
	t.Logf("killed with %v finished and %d meeting files recorded", finished, len(storedAtKill))

	// The second run resumes.
	cmd = fetch()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("resumed run: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	if !strings.Contains(stderr.String(), "resuming the unfinished run") {
		t.Errorf("the second run does not say it resumes:\n%s", stderr.String())
	}
	for _, slug := range finished {
		if n, _ := im.Count(slug + ".gov.uk"); n != asked[slug] {
			t.Errorf("%s, finished before the kill, was asked %d more times", slug, n-asked[slug])
		}
		if !regexp.MustCompile(`(?m)^` + slug + `\s.*fetched earlier in this run`).MatchString(stdout.String()) {
			t.Errorf("the table does not show %s as fetched earlier in this run:\n%s", slug, stdout.String())
		}
	}
	if again := downloadedAgain(before, im.Downloads(), storedAtKill); len(again) > 0 {
		t.Errorf("the resumed run downloaded meetings recorded before the kill: %v", again)
	}
	for _, want := range []string{"council", "site", "committees", "stored", "unchanged", "no minutes", "failed",
		"https://democracy.northshire.gov.uk (found)", "https://moderngov.southby.gov.uk (found)",
		"https://www.eastham.gov.uk/moderngov (found)", "https://committees.midtown.gov.uk", "no site found",
		"5 councils:", "failures:", "westford: no ModernGov site found under westford.gov.uk", "500 Internal Server Error"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the summary lacks %q:\n%s", want, stdout.String())
		}
	}
	if strings.Contains(stdout.String(), "riverside") {
		t.Errorf("a council of another region is in the summary:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), ": fetched, https://") {
		t.Errorf("no progress line for a fetched council:\n%s", stderr.String())
	}
	src, _ = corpus.LoadSources(dir)
	if src.Run.Finished == "" {
		t.Errorf("the resumed run is not recorded as finished")
	}

	// A third run starts afresh and downloads no stored meeting.
	stored := recorded(t, dir)
	before = im.Downloads()
	if out, err := fetch().CombinedOutput(); err != nil {
		t.Fatalf("third run: %v\n%s", err, out)
	}
	if again := downloadedAgain(before, im.Downloads(), stored); len(again) > 0 {
		t.Errorf("the third run downloaded stored meetings again: %v", again)
	}
	t.Logf("summary of the resumed run:\n%s", stdout.String())
}
