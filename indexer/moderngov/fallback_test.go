package moderngov

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
)

func TestFetchHTMLFallback(t *testing.T) {
	site := newFakeSite(t, "testdata/htmlsite")
	site.serviceOff = true
	srv, hc := site.serve()
	dir := t.TempDir()
	opts := fetchOpts(srv.URL, hc, dir)
	opts.Council, opts.Committees, opts.From, opts.To = "Luton Borough Council", []string{"children"}, "2018-06", "2019"
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if !sum.Fallback || ids(sum.Stored) != "2001,2002" || ids(sum.NotPublished) != "1999,2003" || len(sum.Failed) != 0 {
		t.Errorf("summary: fallback %v stored %q not published %q failed %+v", sum.Fallback, ids(sum.Stored), ids(sum.NotPublished), sum.Failed)
	}
	if n, _ := site.count("GetMeetings"); n != 0 {
		t.Errorf("GetMeetings asked %d times after GetCommittees was refused", n)
	}
	if n, _ := site.count("Year=2010"); n != 0 {
		t.Errorf("meetings of 2010 listed although outside the window")
	}
	base := "luton/scrutiny-children-services-review-group/"
	man, _ := corpus.LoadManifest(dir)
	// The page cuts item 13's minutes short ("view the full minutes
	// text"): the printed minutes hold them whole, so they are what the
	// indexer reads, and the page is their companion.
	page, ok := man.Lookup(base + "2019-03-12.html")
	if !ok || page.Format != "html" || page.Note != "companion of "+base+"2019-03-12.pdf" {
		t.Errorf("page entry = %+v", page)
	}
	if pdf, _ := man.Lookup(base + "2019-03-12.pdf"); IsCompanion(pdf) || pdf.Note != "" || !strings.HasPrefix(pdf.SourceURL, "https://") {
		t.Errorf("printed minutes entry = %+v", pdf)
	}
	if att, _ := man.Lookup(base + "2019-07-02.pdf"); !strings.Contains(att.Note, "minutes attached to meeting 2003") {
		t.Errorf("attached minutes entry = %+v", att)
	}

	_, fullPages := site.count("MId=2001")
	docs, _ := site.count("/documents/")
	sum, err = Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("second Fetch: %v", err)
	}
	if ids(sum.Stored) != "" || ids(sum.Skipped) != "2001,2002" {
		t.Errorf("second fetch stored %q skipped %q", ids(sum.Stored), ids(sum.Skipped))
	}
	if _, n := site.count("MId=2001"); n != fullPages {
		t.Errorf("second fetch downloaded %d pages again", n-fullPages)
	}
	if n, _ := site.count("/documents/"); n != docs {
		t.Errorf("second fetch downloaded %d documents again", n-docs)
	}
}

func TestFetchMeetingAnsweredWithHTML(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	site.override["/mgWebService.asmx/GetMeeting?lMeetingId=1003"] = "<!DOCTYPE html><html><body><p>Please log in</p></body></html>"
	srv, hc := site.serve()
	dir := t.TempDir()
	sum, err := Fetch(context.Background(), fetchOpts(srv.URL, hc, dir))
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Fallback {
		t.Errorf("fallback not reported")
	}
	if _, err := os.Stat(filepath.Join(dir, cppDir, "2018-06-11.html")); err != nil {
		t.Errorf("meeting 1003 not stored from its documents page: %v (stored %q failed %+v)", err, ids(sum.Stored), sum.Failed)
	}
}
