package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/search/coverage"
)

// gapCorpus is a corpus in which Kent's panel meets monthly in 2019 but
// has no minutes for April to June, and May's file is empty; its manifest
// lists two meetings by the council's own id.
func gapCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	folder := filepath.Join(dir, "kent", "corporate-parenting-panel")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for month := 1; month <= 12; month++ {
		if month >= 4 && month <= 6 {
			continue
		}
		date := fmt.Sprintf("2019-%02d-15", month)
		text := fmt.Sprintf("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Corporate Parenting Panel held on %d %s 2019.\n\n"+
			"1. Apologies for absence\n\nApologies were received.\n\n2. Ofsted action plan\n\nThe Panel considered progress on the plan.\n\n"+
			"RESOLVED that the progress be noted.\n", 15, []string{"", "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"}[month])
		if err := os.WriteFile(filepath.Join(folder, date+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(folder, "2019-05-15.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// A fetched listing names May's meeting (the empty file) and March's.
	manifest := `{"files": [
  {"path": "kent/corporate-parenting-panel/2019-05-15.txt", "council": "Kent County Council", "committee": "Corporate Parenting Panel", "date": "2019-05-15", "meeting_id": "105"},
  {"path": "kent/corporate-parenting-panel/2019-03-15.txt", "council": "KENT COUNTY COUNCIL", "committee": "Corporate Parenting Panel", "date": "2019-03-15", "meeting_id": "103"}
]}`
	councils := `[{"slug": "kent", "name": "Kent County Council"}]`
	for name, data := range map[string]string{"manifest.json": manifest, "councils.json": councils} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCoverageCommandBundled(t *testing.T) {
	index := buildIndex(t, bundledCorpus)
	code, out, errs := run(t, "coverage", "--index", index, "--corpus", bundledCorpus)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Kent County Council (kent)", "Luton Borough Council (luton)", "Middlesbrough Council (middlesbrough)",
		"Central Bedfordshire Council", "Cheshire East Council", "no known date", coverage.Legend} {
		if !strings.Contains(out, want) {
			t.Errorf("coverage table lacks %q", want)
		}
	}
	code, out, _ = run(t, "coverage", "--index", index, "--corpus", bundledCorpus, "--json", "--council", "luton")
	var covs []coverage.CouncilCoverage
	if err := json.Unmarshal([]byte(out), &covs); err != nil || code != exitOK {
		t.Fatalf("--json: exit %d, %v: %s", code, err, out)
	}
	if len(covs) != 1 || covs[0].Slug != "luton" || covs[0].Totals.Indexed != 1 || covs[0].Years[0].Thin == "" {
		t.Errorf("luton coverage: %+v", covs)
	}
	for _, bad := range [][]string{{"--council", "nowhere"}, {"--council", "Kent County"}, {"extra-arg"}} {
		args := append([]string{"coverage", "--index", index, "--corpus", bundledCorpus}, bad...)
		if code, _, errs := run(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", bad, code, exitUsage, errs)
		}
	}
	if code, _, errs := run(t, "coverage", "--index", filepath.Join(t.TempDir(), "none"), "--corpus", bundledCorpus); code != exitFail || !strings.Contains(errs, "minutes index") {
		t.Errorf("missing index: exit %d: %s", code, errs)
	}
}

func TestCoverageCommandGaps(t *testing.T) {
	dir := gapCorpus(t)
	index := buildIndex(t, dir)
	code, out, errs := run(t, "coverage", "--index", index, "--corpus", dir, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var covs []coverage.CouncilCoverage
	if err := json.Unmarshal([]byte(out), &covs); err != nil {
		t.Fatal(err)
	}
	if len(covs) != 1 || len(covs[0].Committees) != 1 {
		t.Fatalf("coverage: %+v", covs)
	}
	kent, panel := covs[0], covs[0].Committees[0]
	if len(panel.Gaps) != 1 || panel.Gaps[0].From != "2019-03-15" || panel.Gaps[0].To != "2019-07-15" ||
		strings.Join(panel.Gaps[0].Missing, ",") != "2019-04,2019-05,2019-06" {
		t.Errorf("gaps: %+v", panel.Gaps)
	}
	if len(kent.Failures) != 1 || kent.Failures[0].File != "kent/corporate-parenting-panel/2019-05-15.txt" {
		t.Errorf("failures (from the last run): %+v", kent.Failures)
	}
	y, _ := kent.Year("2019")
	if y.Indexed != 9 || y.Failed != 1 || y.GapMonths != 3 || y.Thin != "" || !y.Listed || y.Known != 2 || y.ListedNotIndexed != 1 {
		t.Errorf("2019: %+v", y)
	}
	_, table, _ := run(t, "coverage", "--index", index, "--corpus", dir)
	if !strings.Contains(table, "gap  Corporate Parenting Panel: no minutes for 2019-04, 2019-05 and 2019-06") ||
		!strings.Contains(table, "failed  kent/corporate-parenting-panel/2019-05-15.txt") {
		t.Errorf("table lacks the gap or the failed file:\n%s", table)
	}
}

// TestLastRunBesideIndex checks that `minutes index` keeps its summary
// where coverage reads it.
func TestLastRunBesideIndex(t *testing.T) {
	index := buildIndex(t, gapCorpus(t))
	sum, err := indexer.LoadLastRun(index)
	if err != nil || sum == nil || sum.Failed != 1 {
		t.Fatalf("last run: %+v, %v", sum, err)
	}
}

// TestAskServerCoverage: a coverage run against an index a server holds
// names the server's own address, as it noted it beside the index.
func TestAskServerCoverage(t *testing.T) {
	index := filepath.Join(t.TempDir(), "ix.bleve")
	if got := askServerCoverage(index, "kent"); !strings.Contains(got, "GET /api/councils/SLUG/coverage") {
		t.Errorf("without a noted address: %q", got)
	}
	if err := os.WriteFile(serverFile(index), []byte("http://127.0.0.1:18999\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := askServerCoverage(index, "kent"); got != "ask it instead: curl http://127.0.0.1:18999/api/councils/kent/coverage" {
		t.Errorf("with a noted address: %q", got)
	}
}
