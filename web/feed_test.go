package web

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// atomDoc is what RFC 4287 asks of a feed and its entries, read back.
type atomDoc struct {
	XMLName xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Authors []struct{} `xml:"author"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Links   []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Authors []struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

// checkAtom fails t for each rule of RFC 4287 the feed breaks: a feed and
// each entry need an absolute IRI id, a title and an RFC 3339 updated; an
// entry needs an alternate link (or content) and an author (its own, or
// the feed's). It returns the feed.
func checkAtom(t *testing.T, what string, body []byte) atomDoc {
	t.Helper()
	var doc atomDoc
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("%s: not an Atom feed: %v", what, err)
	}
	absolute := func(id string) bool { u, err := url.Parse(id); return err == nil && u.Scheme != "" }
	stamp := func(s string) bool { _, err := time.Parse(time.RFC3339, s); return err == nil }
	if !absolute(doc.ID) || doc.Title == "" || !stamp(doc.Updated) {
		t.Errorf("%s: feed id %q, title %q, updated %q", what, doc.ID, doc.Title, doc.Updated)
	}
	for i, e := range doc.Entries {
		if !absolute(e.ID) || e.Title == "" || !stamp(e.Updated) {
			t.Errorf("%s: entry %d: id %q, title %q, updated %q", what, i, e.ID, e.Title, e.Updated)
		}
		if len(e.Links) == 0 || e.Links[0].Href == "" {
			t.Errorf("%s: entry %d has no link", what, i)
		}
		if len(e.Authors) == 0 && len(doc.Authors) == 0 {
			t.Errorf("%s: entry %d has no author", what, i)
		}
	}
	return doc
}

// TestAtomFeedValid: every feed is valid Atom, undated items included
// (they once had an empty <updated>), with or without a base URL; their
// snippets read as one line, passage after passage.
func TestAtomFeedValid(t *testing.T) {
	for _, base := range []string{"", "https://minutes.example.org"} {
		h := newHandler(t, testIndex(t), func(c *Config) { c.BaseURL = base })
		for _, target := range []string{"/feeds/search?q=ofsted", "/feeds/search?q=permanence", "/feeds/search?q=permanence&undated=1",
			"/feeds/search?q=zzzz", "/feeds/search"} {
			rec := get(t, h, target)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s: status %d", target, rec.Code)
			}
			doc := checkAtom(t, base+target, rec.Body.Bytes())
			for _, e := range doc.Entries {
				if strings.Contains(e.Summary, "… …") || strings.Contains(e.Summary, "\n") {
					t.Errorf("%s: summary %q", target, e.Summary)
				}
				if base != "" && !strings.HasPrefix(e.Links[0].Href, base+"/items/") {
					t.Errorf("%s: link %q", target, e.Links[0].Href)
				}
			}
		}
	}
	h := newHandler(t, testIndex(t))
	doc := checkAtom(t, "undated", get(t, h, "/feeds/search?q=permanence").Body.Bytes())
	if len(doc.Entries) != 1 || !strings.Contains(doc.Entries[0].Title, "date unknown") {
		t.Errorf("undated entry %+v", doc.Entries)
	}
}

// TestExportLinksAbsolute: with a base URL the CSV's links are absolute,
// as the feed's are, so that a spreadsheet's reader can follow them.
func TestExportLinksAbsolute(t *testing.T) {
	h := newHandler(t, testIndex(t), func(c *Config) { c.BaseURL = "https://minutes.example.org/" })
	rows := readCSV(t, get(t, h, "/api/search?q=ofsted&format=csv").Body.String())
	for _, r := range rows[1:] {
		if r[6] != "https://minutes.example.org/items/"+r[0] {
			t.Errorf("url %q of %s", r[6], r[0])
		}
	}
}

func TestPlainSnippets(t *testing.T) {
	for in, want := range map[string]string{
		"a <mark>b</mark>|…c d…":       "a b … c d …",
		"…x\n\ny…|…z":                  "… x y … z",
		"":                             "",
		"…only&#39;s…":                 "… only's …",
		"one|two|three":                "one … two … three",
		"<mark>Ofsted</mark> &amp; co": "Ofsted & co",
	} {
		var parts []string
		if in != "" {
			parts = strings.Split(in, "|")
		}
		if got := plainSnippets(parts); got != want {
			t.Errorf("plainSnippets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAtomUndatedUpdated: an entry whose date is unknown is as new as its
// source file (it was 1970, or the newest dated entry's date, which says
// nothing of it); without the file, the feed's; and a feed with no time of
// its own (no entries) is never dated 1970.
func TestAtomUndatedUpdated(t *testing.T) {
	corpus := t.TempDir()
	file := filepath.Join(corpus, "middlesbrough", "corporate-parenting-board", "agenda-and-minutes.txt")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("minutes"), 0o644); err != nil {
		t.Fatal(err)
	}
	modified := time.Date(2024, 2, 3, 10, 30, 0, 0, time.UTC)
	if err := os.Chtimes(file, modified, modified); err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, testIndex(t), func(c *Config) { c.CorpusDir = corpus })
	doc := checkAtom(t, "undated", get(t, h, "/feeds/search?q=permanence&undated=1").Body.Bytes())
	if len(doc.Entries) != 1 || doc.Entries[0].Updated != "2024-02-03T10:30:00Z" || doc.Updated != "2024-02-03T10:30:00Z" {
		t.Errorf("undated entry with its file: feed updated %q, entries %+v; want 2024-02-03T10:30:00Z", doc.Updated, doc.Entries)
	}

	h = newHandler(t, testIndex(t))
	for _, target := range []string{"/feeds/search?q=permanence&undated=1", "/feeds/search?q=zzzz"} {
		doc := checkAtom(t, target, get(t, h, target).Body.Bytes())
		if strings.HasPrefix(doc.Updated, "1970") {
			t.Errorf("%s: feed updated %q", target, doc.Updated)
		}
		for _, e := range doc.Entries {
			if e.Updated != doc.Updated {
				t.Errorf("%s: undated entry without its file updated %q, feed %q", target, e.Updated, doc.Updated)
			}
		}
	}
}
