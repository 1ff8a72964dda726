package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// variantCouncils are imitated councils whose sites have the quirks of
// real installations, several at once.
func variantCouncils() []moderngovtest.Council {
	return []moderngovtest.Council{
		{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk", ServiceOff: true,
			Quirks: moderngovtest.Quirks{Latin1: true, OldLinks: true}},
		{Name: "Southby", Domain: "southby.gov.uk", Site: "democracy.southby.gov.uk",
			Quirks: moderngovtest.Quirks{Latin1: true, DraftPrinted: true}},
		{Name: "Eastham", Domain: "eastham.gov.uk", Site: "www.eastham.gov.uk/moderngov", ServiceOff: true,
			Quirks: moderngovtest.Quirks{Cancelled: true, MovedTo: "/democracy"}},
		{Name: "Midtown", Domain: "midtown.gov.uk", Site: "committees.midtown.gov.uk", Meetings: 15,
			Quirks: moderngovtest.Quirks{Cancelled: true, YearPages: true, DraftPrinted: true}},
		{Name: "Westford", Domain: "westford.gov.uk", Site: "democracy.westford.gov.uk", ServiceOff: true,
			Quirks: moderngovtest.Quirks{Decisions: true}},
		// Reached only through its calendar, which takes the year as Y.
		{Name: "Riverside", Domain: "riverside.gov.uk", Site: "moderngov.riverside.gov.uk", ServiceOff: true,
			Quirks: moderngovtest.Quirks{ListingsOff: true, CalendarY: true, MinutesLink: true}},
		// A web service that lists no meetings; listings by CId alone,
		// the latest year with "Earlier meetings"; documents as
		// application/octet-stream.
		{Name: "Lakeside", Domain: "lakeside.gov.uk", Site: "democracy.lakeside.gov.uk",
			Quirks: moderngovtest.Quirks{ServiceEmpty: true, CIdOnly: true, EarlierMeetings: true, OctetStream: true}},
	}
}

// TestFetchVariantsThenIndex runs `minutes fetch` against sites with the
// quirks of real installations, then `minutes index` and `minutes search`
// over what it stored: every meeting's minutes are found, words of
// ISO-8859-1 pages and XML read as written, and minutes attached to a
// later meeting past a cancelled one searchable as their own meeting's,
// an executive's decisions as its minutes.
func TestFetchVariantsThenIndex(t *testing.T) {
	councils := variantCouncils()
	im := moderngovtest.Start(t, councils...)
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := moderngovtest.WriteRegister(filepath.Join(dir, corpus.AuthoritiesFile), councils...); err != nil {
		t.Fatal(err)
	}
	minutes := func(args ...string) string {
		t.Helper()
		var out, errs bytes.Buffer
		e := newEnv(&out, &errs)
		e.fetchNet = func(o *moderngov.Options) { o.Resolver, o.Route, o.TLSConfig = im, im.Route, im.TLSConfig() }
		if code := e.main(context.Background(), args); code != exitOK {
			t.Fatalf("minutes %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errs.String())
		}
		return out.String()
	}
	for _, c := range councils {
		site, _, _ := strings.Cut(c.Site, "/")
		out := minutes("fetch", "--corpus", dir, "--site", "https://"+c.Site, "--council", c.Name,
			"--committee", "corporate parenting", "--from", "2023", "--to", "2024-12", "--delay", "0s", "--allow-host", "127.0.0.1")
		if !strings.Contains(out, " 0 failed") {
			t.Errorf("fetch %s:\n%s", site, out)
		}
	}
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	if out := minutes("index", "--corpus", dir, "--index", index, "--workers", "2"); !strings.Contains(out, "failed 0,") || !strings.Contains(out, "42 meetings") {
		t.Errorf("index:\n%s", out)
	}
	type hit struct {
		Council  string   `json:"council"`
		Date     string   `json:"date"`
		Snippets []string `json:"snippets"`
	}
	search := func(args ...string) []hit {
		t.Helper()
		var answer struct {
			Hits []hit `json:"hits"`
		}
		out := minutes(append([]string{"search", "--index", index, "--corpus", dir, "--json", "--size", "50"}, args...)...)
		if err := json.Unmarshal([]byte(out), &answer); err != nil {
			t.Fatalf("search %v: %v\n%s", args, err, out)
		}
		return answer.Hits
	}
	for _, c := range []struct{ council, date string }{
		{"northshire", "2023-05-10"}, {"southby", "2023-05-10"}, {"eastham", "2023-05-10"}, {"midtown", "2024-02-10"},
		{"westford", "2023-05-10"}, {"riverside", "2023-05-10"}, {"lakeside", "2023-05-10"},
	} {
		hits := search("--council", c.council, "--sort", "-date", `"action plan"`)
		if len(hits) == 0 || hits[0].Date != c.date {
			t.Errorf("%s: %d hits for the action plan, newest %+v; want the last meeting with minutes, %s", c.council, len(hits), hits, c.date)
		}
	}
	for _, council := range []string{"northshire", "southby"} {
		hits := search("--council", council, "café")
		if len(hits) != 5 {
			t.Errorf("%s: %d hits for café, want the 5 meetings' minutes (ISO-8859-1 read as written)", council, len(hits))
		}
		for _, h := range hits {
			if s := strings.Join(h.Snippets, " "); !strings.Contains(s, "£2,500") || !strings.Contains(s, "children’s") {
				t.Errorf("%s %s: snippets %q, want £2,500 and children’s as written", council, h.Date, s)
			}
		}
	}
	for _, council := range []string{"eastham", "midtown"} {
		hits := search("--council", council, `"kinship carers"`)
		if len(hits) != 1 || hits[0].Date != "2023-02-10" {
			t.Errorf("%s: hits for the minutes attached past the cancelled meeting: %+v, want one of 2023-02-10", council, hits)
		}
	}
}
