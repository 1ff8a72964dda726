package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSearchCommandRelative searches the bundled minutes relative to the
// bundled record of Ofsted's inspections.
func TestSearchCommandRelative(t *testing.T) {
	index := buildIndex(t, bundledCorpus)
	code, out, errs := run(t, "search", "--index", index, "--corpus", bundledCorpus, "--after", "inspection", "--judgement", "inadequate", "--within", "2y", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Total int      `json:"total"`
		Notes []string `json:"notes"`
		Hits  []struct{ Council, Date string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	// Luton was judged inadequate in a report of 24 February 2020 and its
	// bundled meeting is of 2 March 2021; Middlesbrough (January 2020) and
	// Cheshire East (May 2024) have no dated meeting within two years.
	for _, h := range res.Hits {
		if h.Council != "luton" || h.Date != "2021-03-02" {
			t.Errorf("hit of %s on %s", h.Council, h.Date)
		}
	}
	if res.Total == 0 || len(res.Notes) != 1 {
		t.Errorf("total %d, notes %q", res.Total, res.Notes)
	}
	// The council-choosing filters: a region, and a sub-judgement cohort.
	for args, want := range map[string]string{"--region east-of-england": "central-bedfordshire luton", "--care-leavers inadequate": "cheshire-east",
		"--neighbours-of kent --type county": "kent", "--moved inadequate..requires-improvement": "luton middlesbrough"} {
		code, out, errs := run(t, append([]string{"search", "--index", index, "--corpus", bundledCorpus, "--json", "--size", "100"}, strings.Fields(args)...)...)
		var res struct {
			Hits []struct{ Council string }
		}
		if code != exitOK || json.Unmarshal([]byte(out), &res) != nil {
			t.Fatalf("%s: exit %d: %s", args, code, errs)
		}
		seen := map[string]bool{}
		var got []string
		for _, h := range res.Hits {
			if !seen[h.Council] {
				seen[h.Council] = true
				got = append(got, h.Council)
			}
		}
		slices.Sort(got)
		if strings.Join(got, " ") != want {
			t.Errorf("%s: councils %v, want %s", args, got, want)
		}
	}
	_, out, _ = run(t, "search", "--index", index, "--corpus", bundledCorpus, "--before", "inspection", "--within", "1m")
	if !strings.Contains(out, "0 items match") || !strings.Contains(out, "note: ") {
		t.Errorf("before, 1 month: %s", out)
	}
	for _, bad := range [][]string{{"--after", "lunch"}, {"--after", "inspection", "--before", "inspection"},
		{"--after", "inspection", "--within", "soon"}, {"--judgement", "great"}, {"--region", "narnia"}, {"--moved", "up"}} {
		args := append([]string{"search", "--index", index, "--corpus", bundledCorpus}, bad...)
		if code, _, errs := run(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", bad, code, exitUsage, errs)
		}
	}
}
