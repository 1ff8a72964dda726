package moderngov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// fakeDNS resolves the test's host names to the given addresses.
type fakeDNS map[string][]netip.Addr

func (d fakeDNS) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if ips, ok := d[strings.ToLower(host)]; ok {
		return ips, nil
	}
	return nil, fmt.Errorf("no such host %s", host)
}

// counter is a server that counts the requests it gets and answers each
// with a PDF, so that anything reaching it would be stored if allowed.
type counter struct {
	srv *httptest.Server
	mu  sync.Mutex
	n   int
}

func newCounter(t *testing.T) *counter {
	c := &counter{}
	c.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4 secret from "+r.Host)
	}))
	t.Cleanup(c.srv.Close)
	return c
}

func (c *counter) requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *counter) port() string {
	_, port, _ := net.SplitHostPort(c.srv.Listener.Addr().String())
	return port
}

// hostileMeeting is one meeting of the hostile site and where its
// printed minutes link leads.
type hostileMeeting struct {
	id, date string // date as the web service gives it: DD/MM/YYYY
	printed  string // the printed minutes URL ("{{SITE}}" is the site)
}

// hostileSite imitates a ModernGov site that tries to make the fetcher
// request other hosts and private addresses: its printed minutes links
// and redirects lead elsewhere, and one "PDF" is a login page.
func hostileSite(t *testing.T, meetings []hostileMeeting, redirects map[string]string) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		site := srv.URL
		q := r.URL.Query()
		switch {
		case r.URL.Path == "/mgWebService.asmx/GetCommittees":
			io.WriteString(w, `<committees><committee><committeeid>7</committeeid>`+
				`<committeetitle>Corporate Parenting Panel</committeetitle></committee></committees>`)
		case r.URL.Path == "/mgWebService.asmx/GetMeetings":
			var b strings.Builder
			b.WriteString("<getmeetings><meetings>")
			for _, m := range meetings {
				fmt.Fprintf(&b, "<meeting><meetingid>%s</meetingid><meetingdate>%s</meetingdate></meeting>", m.id, m.date)
			}
			b.WriteString("</meetings></getmeetings>")
			io.WriteString(w, b.String())
		case r.URL.Path == "/mgWebService.asmx/GetMeeting":
			for _, m := range meetings {
				if m.id == q.Get("lMeetingId") {
					printed := strings.ReplaceAll(m.printed, "{{SITE}}", site)
					fmt.Fprintf(w, `<getmeeting><meeting><meetingid>%s</meetingid><meetingdate>%s</meetingdate>`+
						`<minutepublished>True</minutepublished><agenda><agendaitem><agendaitemnumber>1</agendaitemnumber>`+
						`<agendaitemtitle>Ofsted</agendaitemtitle><minutesnonemptyhtmlbody>&lt;p&gt;Noted.&lt;/p&gt;</minutesnonemptyhtmlbody>`+
						`</agendaitem></agenda><linkeddocuments><linkeddoc><title>Printed minutes</title><url>%s</url></linkeddoc>`+
						`</linkeddocuments></meeting></getmeeting>`, m.id, m.date, printed)
					return
				}
			}
			http.NotFound(w, r)
		case redirects[r.URL.Path] != "":
			http.Redirect(w, r, redirects[r.URL.Path], http.StatusFound)
		case r.URL.Path == "/documents/login.pdf":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<!DOCTYPE html><html><body><form>Sign in</form></body></html>")
		case strings.HasPrefix(r.URL.Path, "/documents/"):
			io.WriteString(w, "%PDF-1.4 minutes")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestFetchStaysOnTheCouncilSite runs a fetch against a hostile site and
// checks that nothing from another host or a private address is requested
// or stored, that each refusal is reported, and that nothing is written
// outside the corpus.
func TestFetchStaysOnTheCouncilSite(t *testing.T) {
	evil, metadata, docs, cdn := newCounter(t), newCounter(t), newCounter(t), newCounter(t)
	loop := netip.MustParseAddr("127.0.0.1")
	dns := fakeDNS{
		"evil.test":     {loop},
		"metadata.test": {loop},
		"docs.test":     {loop}, // allowed by name, but its address is not
		"cdn.test":      {loop}, // allowed by name and its address and port too
	}
	meetings := []hostileMeeting{
		{"501", "10/01/2024", "http://evil.test:" + evil.port() + "/documents/a.pdf"},
		{"502", "14/02/2024", "{{SITE}}/documents/to-metadata.pdf"},
		{"503", "14/03/2024", "{{SITE}}/documents/to-link-local.pdf"},
		{"504", "11/04/2024", "http://docs.test:" + docs.port() + "/documents/b.pdf"},
		{"505", "09/05/2024", "{{SITE}}/documents/login.pdf"},
		{"506", "13/06/2024", "http://cdn.test:" + cdn.port() + "/documents/c.pdf"},
		{"507", "11/07/2024", "{{SITE}}/documents/to-other-port.pdf"},
		{"508", "12/09/2024", "{{SITE}}/documents/to-loopback-name.pdf"},
	}
	redirects := map[string]string{
		"/documents/to-metadata.pdf":      "http://metadata.test:" + metadata.port() + "/latest/meta-data/",
		"/documents/to-link-local.pdf":    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"/documents/to-loopback-name.pdf": "http://localhost:" + evil.port() + "/x.pdf",
		"/documents/to-other-port.pdf":    "http://127.0.0.1:" + evil.port() + "/x.pdf", // the site's address, another port
	}
	site := hostileSite(t, meetings, redirects)

	outer := t.TempDir()
	dir := filepath.Join(outer, "corpus")
	opts := fetchOpts(site.URL, site.Client(), dir)
	opts.Council, opts.Committees, opts.From, opts.To = "Hostile Council", nil, "2024", "2024-12"
	opts.Resolver = dns
	opts.AllowHosts = []string{"docs.test", "cdn.test,127.0.0.1:" + cdn.port()}
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}

	for name, c := range map[string]*counter{"another host": evil, "the metadata stand-in": metadata, "an allowed name on a private address": docs} {
		if n := c.requests(); n != 0 {
			t.Errorf("%s was requested %d times", name, n)
		}
	}
	if cdn.requests() != 1 {
		t.Errorf("the allowed host and address was requested %d times, want 1", cdn.requests())
	}
	if sum.Refused < 6 {
		t.Errorf("summary counts %d refusals, want at least 6", sum.Refused)
	}
	base := "hostile/corporate-parenting-panel/"
	reasons := map[string]string{}
	for _, o := range sum.Stored {
		reasons[o.MeetingID] = o.Reason
	}
	for id, want := range map[string]string{
		"501": "not the council's site",
		"502": "redirect to http://metadata.test",
		"503": "redirect to http://169.254.169.254",
		"504": "not a public address",
		"505": "content does not match",
		"507": "not a public address",
		"508": "not the council's site",
	} {
		if !strings.Contains(reasons[id], want) {
			t.Errorf("meeting %s: reason %q, want it to say %q", id, reasons[id], want)
		}
	}
	got := corpusFiles(t, dir)
	want := []string{base + "2024-01-10.xml", base + "2024-02-14.xml", base + "2024-03-14.xml", base + "2024-04-11.xml",
		base + "2024-05-09.xml", base + "2024-06-13.pdf", base + "2024-06-13.xml", base + "2024-07-11.xml",
		base + "2024-09-12.xml", "manifest.json", "sources.json"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("corpus holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range corpusFiles(t, outer) {
		if !strings.HasPrefix(f, "corpus/") {
			t.Errorf("file written outside the corpus: %s", f)
		}
	}
}

// TestFetchSiteNameNeverUnlocksPrivateAddresses: a site named by a host
// name that resolves to a private address is refused unless the operator
// names the address; an IP address given as --site is allowed as typed.
func TestFetchSiteNameNeverUnlocksPrivateAddresses(t *testing.T) {
	site := hostileSite(t, []hostileMeeting{{"601", "10/01/2024", "{{SITE}}/documents/m.pdf"}}, nil)
	_, port, _ := net.SplitHostPort(site.Listener.Addr().String())
	named := "http://council.test:" + port
	dns := fakeDNS{"council.test": {netip.MustParseAddr("127.0.0.1")}}
	tests := []struct {
		name    string
		site    string
		allow   []string
		wantErr error
	}{
		{"name resolving to loopback", named, nil, ErrPrivateAddress},
		{"name allowed, address not", named, []string{"council.test"}, ErrPrivateAddress},
		{"address allowed on another port", named, []string{"127.0.0.1:1"}, ErrPrivateAddress},
		{"address and port allowed", named, []string{"127.0.0.1:" + port}, nil},
		{"network allowed", named, []string{"127.0.0.0/8"}, nil},
		{"IP address given as --site", site.URL, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := fetchOpts(tt.site, site.Client(), t.TempDir())
			opts.Council, opts.Committees, opts.From, opts.To = "Hostile Council", nil, "2024", "2024-12"
			opts.Resolver, opts.AllowHosts, opts.Retries = dns, tt.allow, 0
			sum, err := Fetch(context.Background(), opts)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("Fetch: %v", err)
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("Fetch error %v, want %v", err, tt.wantErr)
			case tt.wantErr == nil && len(sum.Stored) != 1:
				t.Errorf("stored %d meetings, want 1", len(sum.Stored))
			}
		})
	}
}

// TestFetchWritesNothingOutsideTheCorpus: a folder of the corpus that is a
// symbolic link to elsewhere is not written through.
func TestFetchWritesNothingOutsideTheCorpus(t *testing.T) {
	site := hostileSite(t, []hostileMeeting{{"701", "10/01/2024", "{{SITE}}/documents/m.pdf"}}, nil)
	outer := t.TempDir()
	dir, elsewhere := filepath.Join(outer, "corpus"), filepath.Join(outer, "elsewhere")
	for _, d := range []string{dir, elsewhere} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(elsewhere, filepath.Join(dir, "hostile")); err != nil {
		t.Skipf("symlinks: %v", err)
	}
	opts := fetchOpts(site.URL, site.Client(), dir)
	opts.Council, opts.Committees, opts.From, opts.To = "Hostile Council", nil, "2024", "2024-12"
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(sum.Failed) != 1 || len(sum.Stored) != 0 {
		t.Errorf("stored %d, failed %+v; want the meeting failed", len(sum.Stored), sum.Failed)
	}
	if files := corpusFiles(t, elsewhere); len(files) != 0 {
		t.Errorf("written through the link, outside the corpus: %v", files)
	}
}

// corpusFiles lists the regular files under dir, relative, sorted.
func corpusFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestFetchListingsAreBounded: a site whose pages link endlessly onwards,
// each page new (a meetings listing to its next page, the calendar to
// months back to the year 1000), is read only so far: the listing to
// maxListingPages pages, the calendar to the window's months, and the
// fetch ends.
func TestFetchListingsAreBounded(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/mgListCommittees.aspx":
			io.WriteString(w, `<html><body><a href="mgCommitteeDetails.aspx?ID=7">Corporate Parenting Panel</a>`+
				`<a href="mgCommitteeDetails.aspx?ID=8">Schools Forum</a></body></html>`)
		case "/ieListMeetings.aspx":
			if q.Get("CommitteeId") == "8" {
				http.NotFound(w, r) // the calendar is read instead
				return
			}
			pg := 0
			fmt.Sscan(q.Get("PG"), &pg)
			fmt.Fprintf(w, `<html><body><a href="ieListDocuments.aspx?CId=7&amp;MId=%d">%d January 2024</a>`+
				`<a href="ieListMeetings.aspx?CId=7&amp;PG=%d">Next page</a></body></html>`, 100+pg, 1+pg%28, pg+1)
		case "/mgCalendarMonthView.aspx":
			m, y := 0, 0
			fmt.Sscan(q.Get("M"), &m)
			fmt.Sscan(q.Get("DD"), &y)
			fmt.Fprintf(w, `<html><body><a href="mgCalendarMonthView.aspx?M=%d&amp;DD=%d">Earlier</a>`+
				`<a href="mgCalendarMonthView.aspx?M=1&amp;DD=1000">Long ago</a>`+
				`<td>3<a href="ieListDocuments.aspx?CId=8&amp;MId=%d">Schools Forum, 10.00 am</a></td></body></html>`, max(m-1, 1), y, y*100+m)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	opts := fetchOpts(srv.URL, srv.Client(), t.TempDir())
	opts.Committees, opts.From, opts.To, opts.Retries = []string{"parenting", "schools"}, "2024", "2024-12", 0
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if n := asked["/ieListMeetings.aspx"]; n > maxListingPages+1 {
		t.Errorf("%d listing pages asked for, want at most %d", n, maxListingPages+1)
	}
	if n := asked["/mgCalendarMonthView.aspx"]; n > 24 {
		t.Errorf("%d calendar pages asked for a window of a year", n)
	}
	if sum.Requests > 300 {
		t.Errorf("%d requests in all", sum.Requests)
	}
}
