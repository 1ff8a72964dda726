package moderngov

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// fetchOpts are the options of a test fetch from srv: no delay, quiet,
// trusting the certificate of the test server hc talks to.
func fetchOpts(site string, hc *http.Client, dir string) Options {
	var tlsConfig *tls.Config
	if tr, ok := hc.Transport.(*http.Transport); ok {
		tlsConfig = tr.TLSClientConfig
	}
	return Options{
		Site: site, Council: "Central Bedfordshire Council", Corpus: dir,
		Committees: []string{"corporate parenting"}, From: "2017", To: "2018-12",
		Retries: 3, TLSConfig: tlsConfig, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Progress: io.Discard,
	}
}

// ids returns the meeting IDs of outcomes.
func ids(os []Outcome) string {
	var out []string
	for _, o := range os {
		out = append(out, o.MeetingID)
	}
	return strings.Join(out, ",")
}

const cppDir = "central-bedfordshire/corporate-parenting-panel/"

func TestFetchStoresMeetingsAndQuirks(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	printedPath := "/documents/g1001/Printed minutes 13th-Nov-2017 10.00 Corporate Parenting Panel.pdf"
	site.failFirst("/mgWebService.asmx/GetMeeting?lMeetingId=1003", fault{status: 500})
	site.failFirst(printedPath+"?", fault{status: 429, retryAfter: "1"})
	dir := t.TempDir()
	start := time.Now()
	sum, err := Fetch(context.Background(), fetchOpts(srv.URL, hc, dir))
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("fetch took %s: the 429's Retry-After of 1s was not honoured", took)
	}
	if got := strings.Join(sum.Committees, "|"); got != "Corporate Parenting Panel" {
		t.Errorf("committees = %q, want only the current matching one (not the deleted one)", got)
	}
	for _, c := range []struct{ name, got, want string }{
		{"stored", ids(sum.Stored), "1001,1002,1003"},
		{"failed", ids(sum.Failed), "1004"},
		{"not published", ids(sum.NotPublished), "1005"},
		{"skipped", ids(sum.Skipped), ""},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if len(sum.Failed) == 1 && !strings.Contains(sum.Failed[0].Reason, "malformed") {
		t.Errorf("failure reason = %q, want it to say the answer is malformed", sum.Failed[0].Reason)
	}
	if n, _ := site.count("lMeetingId=1000"); n != 0 {
		t.Errorf("meeting 1000 is outside the window but was requested %d times", n)
	}
	if n, _ := site.count("lMeetingId=1003"); n != 2 {
		t.Errorf("GetMeeting 1003 requested %d times, want 2 (a 500, then the retry)", n)
	}
	if n, _ := site.count(printedPath); n != 2 {
		t.Errorf("printed minutes requested %d times, want 2 (a 429, then the retry)", n)
	}
	for _, rel := range []string{"2017-11-13.xml", "2017-11-13.pdf", "2018-03-05.pdf", "2018-06-11.xml"} {
		if _, err := os.Stat(filepath.Join(dir, cppDir, rel)); err != nil {
			t.Errorf("expected file: %v", err)
		}
	}
	for _, rel := range []string{"2018-03-05.xml", "2018-09-10.xml", "2018-12-03.xml"} {
		if _, err := os.Stat(filepath.Join(dir, cppDir, rel)); err == nil {
			t.Errorf("unexpected file %s", rel)
		}
	}
	stored, _ := os.ReadFile(filepath.Join(dir, cppDir, "2017-11-13.xml"))
	if !bytes.Contains(stored, []byte("Children&amp;#39;s Services")) {
		t.Errorf("stored XML is not the raw GetMeeting answer")
	}

	man, err := corpus.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	x, ok := man.Lookup(cppDir + "2017-11-13.xml")
	if !ok {
		t.Fatalf("no manifest entry for the XML")
	}
	wantSource := srv.URL + "/ieListDocuments.aspx?CId=101&MId=1001"
	if x.Format != "moderngov" || x.SourceURL != wantSource || x.MeetingID != "1001" || x.Date != "2017-11-13" ||
		x.Council != "Central Bedfordshire Council" || x.Committee != "Corporate Parenting Panel" || x.ETag == "" || x.FetchedAt == "" {
		t.Errorf("xml entry = %+v", x)
	}
	if p, ok := PrintedMinutes(x); !ok || p != cppDir+"2017-11-13.pdf" {
		t.Errorf("PrintedMinutes(xml entry) = %q, %v", p, ok)
	}
	pdf, _ := man.Lookup(cppDir + "2017-11-13.pdf")
	if of, ok := CompanionOf(pdf); !ok || of != x.Path || !IsCompanion(pdf) {
		t.Errorf("pdf entry %+v is not the companion of %s", pdf, x.Path)
	}
	if !strings.HasPrefix(pdf.SourceURL, "https://") {
		t.Errorf("http:// document URL on the site's host not upgraded: %s", pdf.SourceURL)
	}
	att, _ := man.Lookup(cppDir + "2018-03-05.pdf")
	if IsCompanion(att) || !strings.Contains(att.Note, "minutes attached to meeting 1003 (2018-06-11)") ||
		!strings.Contains(att.SourceURL, "/documents/s6002/Minutes%205%20March%202018.pdf") {
		t.Errorf("attached minutes entry = %+v", att)
	}
	manBefore, _ := os.ReadFile(filepath.Join(dir, corpus.ManifestFile))

	// A second fetch downloads nothing: conditional GETs answered 304 and
	// documents already stored from the same URL are not asked for.
	// (1004 and 1005 have nothing stored, so they are asked for again.)
	storedIDs := []string{"lMeetingId=1001", "lMeetingId=1002", "lMeetingId=1003"}
	fullMeetings := 0
	for _, m := range storedIDs {
		_, n := site.count(m)
		fullMeetings += n
	}
	docs, _ := site.count("/documents/")
	sum2, err := Fetch(context.Background(), fetchOpts(srv.URL, hc, dir))
	if err != nil {
		t.Fatalf("second Fetch: %v", err)
	}
	if ids(sum2.Stored) != "" || ids(sum2.Skipped) != "1001,1002,1003" {
		t.Errorf("second fetch stored %q skipped %q, want nothing stored and 1001-1003 skipped", ids(sum2.Stored), ids(sum2.Skipped))
	}
	for _, m := range storedIDs {
		_, n := site.count(m)
		fullMeetings -= n
	}
	if fullMeetings != 0 {
		t.Errorf("second fetch downloaded %d GetMeeting answers of stored meetings, want 0", -fullMeetings)
	}
	if n, _ := site.count("/documents/"); n != docs {
		t.Errorf("second fetch requested %d documents, want 0", n-docs)
	}
	manAfter, _ := os.ReadFile(filepath.Join(dir, corpus.ManifestFile))
	if !bytes.Equal(manBefore, manAfter) {
		t.Errorf("second fetch changed the manifest")
	}
}

func TestFetchResumesAfterInterruption(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Requests: GetCommittees, GetMeetings, GetMeeting 1001, its PDF, then
	// GetMeeting 1002: cancel there.
	site.onHit = func(total int) {
		if total == 5 {
			cancel()
		}
	}
	dir := t.TempDir()
	sum, err := Fetch(ctx, fetchOpts(srv.URL, hc, dir))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Fetch error = %v, want context.Canceled", err)
	}
	if ids(sum.Stored) != "1001" {
		t.Fatalf("before the interruption stored %q, want 1001", ids(sum.Stored))
	}
	site.onHit = nil
	sum, err = Fetch(context.Background(), fetchOpts(srv.URL, hc, dir))
	if err != nil {
		t.Fatalf("resumed Fetch: %v", err)
	}
	if ids(sum.Skipped) != "1001" || ids(sum.Stored) != "1002,1003" {
		t.Errorf("resumed fetch skipped %q stored %q, want 1001 and 1002,1003", ids(sum.Skipped), ids(sum.Stored))
	}
	if _, full := site.count("lMeetingId=1001"); full != 1 {
		t.Errorf("meeting 1001 downloaded %d times, want once", full)
	}
	if n, _ := site.count("/documents/g1001/"); n != 1 {
		t.Errorf("printed minutes of 1001 requested %d times, want once", n)
	}
}

func TestFetchCouncilFromCouncilsList(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	dir := t.TempDir()
	councils := `[{"slug":"cbc","name":"Central Bedfordshire Council","moderngov_url":"` + srv.URL + `/mgListCommittees.aspx"}]`
	if err := os.WriteFile(filepath.Join(dir, corpus.CouncilsFile), []byte(councils), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := fetchOpts("", hc, dir)
	opts.Council, opts.Committees = "central bedfordshire", []string{"^cabinet$"}
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if ids(sum.Stored) != "4001" || sum.CouncilSlug != "cbc" {
		t.Fatalf("stored %q for council %q, want 4001 for cbc", ids(sum.Stored), sum.CouncilSlug)
	}
	if _, err := os.Stat(filepath.Join(dir, "cbc/cabinet/2018-01-15.xml")); err != nil {
		t.Error(err)
	}
}

func TestFetchBadOptions(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	tests := []struct {
		name string
		edit func(*Options)
		want string
	}{
		{"neither site nor council", func(o *Options) { o.Site, o.Council = "", "" }, "needs --site, --council or both"},
		{"unknown council", func(o *Options) { o.Site = "" }, `--council "Central Bedfordshire Council": no site in`},
		{"one council and many", func(o *Options) { o.Regions = []string{"london"} }, "give one or the other"},
		{"negative request limit", func(o *Options) { o.MaxRequests = -1 }, "--max-requests"},
		{"bad scheme", func(o *Options) { o.Site = "ftp://x.gov.uk" }, "--site"},
		{"bad from", func(o *Options) { o.From = "2018-13" }, "--from"},
		{"to before from", func(o *Options) { o.From, o.To = "2019", "2018" }, "is after --to"},
		{"no committee", func(o *Options) { o.Committees = []string{"planning"} }, "no matching committee"},
		{"negative retries", func(o *Options) { o.Retries = -1 }, "must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := fetchOpts(srv.URL, hc, t.TempDir())
			tt.edit(&o)
			_, err := Fetch(context.Background(), o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestFetchSiteAlone: a site missing from the councils list still fetches,
// its council named after the host.
func TestFetchSiteAlone(t *testing.T) {
	site := newFakeSite(t, "testdata/site")
	srv, hc := site.serve()
	opts := fetchOpts(srv.URL, hc, t.TempDir())
	opts.Council, opts.Committees = "", []string{"^cabinet$"}
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(sum.Stored) == 0 || sum.CouncilSlug != "127-0-0-1" {
		t.Fatalf("stored %q for council %q", ids(sum.Stored), sum.CouncilSlug)
	}
}
