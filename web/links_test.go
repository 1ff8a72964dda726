package web

import (
	"testing"
)

// TestLinks: the JSON's links are this server's routes, made by the web
// layer from what search hands back (IDs, file paths, the council's URL).
func TestLinks(t *testing.T) {
	ix := testIndex(t)
	h := newHandler(t, ix, withContext(ix))

	var res SearchAnswer
	decode(t, get(t, h, "/api/search?q=ofsted&size=100"), &res)
	sources := map[string]string{}
	for _, hit := range res.Hits {
		sources[hit.MeetingID] = hit.SourceURL
		if hit.URL != "/items/"+hit.ID {
			t.Errorf("%s: url %q", hit.ID, hit.URL)
		}
	}
	for meeting, want := range map[string]string{
		"kent--corporate-parenting-panel--2013-12-13":              "/source/kent/corporate-parenting-panel/2013-12-13.txt",
		"cheshire-east--corporate-parenting-committee--2018-05-09": cheshireEastMinutes, // the council's own
	} {
		if sources[meeting] != want {
			t.Errorf("%s: source_url %q, want %q", meeting, sources[meeting], want)
		}
	}

	var grouped SearchAnswer
	decode(t, get(t, h, "/api/search?q=ofsted&group=meeting"), &grouped)
	if len(grouped.Groups) == 0 || grouped.Groups[0].Hits[0].URL != "/items/"+grouped.Groups[0].Hits[0].ID {
		t.Errorf("grouped hits without links: %+v", grouped.Groups)
	}

	id := "kent--corporate-parenting-panel--2013-12-13"
	var it ItemJSON
	decode(t, get(t, h, "/api/items/"+id+"--i01"), &it)
	if it.URL != "/items/"+id+"--i01" || it.SourceURL != "/source/kent/corporate-parenting-panel/2013-12-13.txt" {
		t.Errorf("item links %q %q", it.URL, it.SourceURL)
	}
	var similar SimilarAnswer
	decode(t, get(t, h, "/api/items/"+id+"--i01/similar"), &similar)
	if len(similar.Hits) == 0 || similar.Hits[0].URL != "/items/"+similar.Hits[0].ID {
		t.Errorf("similar hits without links: %+v", similar.Hits)
	}
	var m MeetingJSON
	decode(t, get(t, h, "/api/meetings/"+id), &m)
	if m.URL != "/meetings/"+id {
		t.Errorf("meeting url %q", m.URL)
	}
	var c CouncilJSON
	decode(t, get(t, h, "/api/councils/kent"), &c)
	if len(c.MeetingList) != 1 || c.MeetingList[0].URL != "/meetings/"+id {
		t.Errorf("meeting list %+v", c.MeetingList)
	}
	var insp InspectionsAnswer
	decode(t, get(t, h, "/api/councils/kent/inspections"), &insp)
	if len(insp.FromMinutes) != 1 || insp.FromMinutes[0].URL != "/items/"+id+"--i01" {
		t.Errorf("mined inspections %+v", insp.FromMinutes)
	}
}

// TestSourcePath: every byte of a file's name reaches /source/ escaped,
// segment by segment.
func TestSourcePath(t *testing.T) {
	for in, want := range map[string]string{
		"kent/cpp/2013-12-13.txt":   "/source/kent/cpp/2013-12-13.txt",
		"my council/a b.txt":        "/source/my%20council/a%20b.txt",
		"kent/a?b#c.txt":            "/source/kent/a%3Fb%23c.txt",
		"kent/two\nlines.txt":       "/source/kent/two%0Alines.txt",
		"kent/caf\xe9.txt":          "/source/kent/caf%E9.txt",
		"kent/2018-03-01 10:00.txt": "/source/kent/2018-03-01%2010:00.txt",
	} {
		if got := sourcePath(in); got != want {
			t.Errorf("sourcePath(%q) = %q, want %q", in, got, want)
		}
	}
	if got := minutesLink("https://example.org/m", "kent/a.txt"); got != "https://example.org/m" {
		t.Errorf("minutesLink prefers the council's URL: %q", got)
	}
	if got := minutesLink("", ""); got != "" {
		t.Errorf("minutesLink of nothing = %q", got)
	}
}
