package moderngov

import (
	"bytes"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// addSeeds adds the files matching pattern to the fuzz corpus.
func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzParseMeeting(f *testing.F) {
	addSeeds(f, "testdata/site/*.xml")
	f.Add([]byte(`<meeting><agendaitem><minutesnonemptyhtmlbody><p>RESOLVED<br>x</p></minutesnonemptyhtmlbody></agendaitem></meeting>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseMeeting(bytes.NewReader(data))
		if err != nil {
			return
		}
		if m.Date != "" {
			if _, err := time.Parse(dateLayout, m.Date); err != nil {
				t.Errorf("date %q is not YYYY-MM-DD", m.Date)
			}
		}
		for _, it := range m.Items {
			if it.Title == "" && it.Agenda == "" && it.Text == "" {
				t.Errorf("empty item kept")
			}
			if it.Decisions == nil {
				t.Errorf("nil decisions")
			}
			if !utf8.ValidString(it.Text) || !utf8.ValidString(it.Title) {
				t.Errorf("invalid UTF-8 in item %q", it.Title)
			}
		}
	})
}

func FuzzParseDocumentsPage(f *testing.F) {
	addSeeds(f, "testdata/htmlsite/*.html")
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseDocumentsPage(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ParseDocumentsPage never fails on in-memory input: %v", err)
		}
		for _, it := range m.Items {
			if it.Decisions == nil {
				t.Errorf("nil decisions")
			}
		}
	})
}

// fuzzSite is the site the link parsers resolve against.
var fuzzSite = &url.URL{Scheme: "https", Host: "democracy.example.gov.uk"}

// checkLinks checks what every link parser promises: absolute http(s)
// URLs, and links on the site's host put on its scheme and port.
func checkLinks(t *testing.T, urls ...string) {
	t.Helper()
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatalf("link %q does not parse: %v", raw, err)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("link %q is not an absolute http(s) URL", raw)
		}
		if strings.EqualFold(u.Hostname(), fuzzSite.Hostname()) && u.Host != fuzzSite.Host {
			t.Errorf("link %q on the site's host was not put on the site", raw)
		}
	}
}

func FuzzServiceListings(f *testing.F) {
	addSeeds(f, "testdata/site/*.xml")
	f.Add([]byte(`<committees><committee><committeeid>1</committeeid><committeetitle>A</committeetitle></committee></committees>`))
	f.Add([]byte(`<meeting><linkeddoc><title>Printed minutes</title><url>//evil.example/x.pdf</url></linkeddoc></meeting>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := parseXML(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, c := range parseCommittees(root) {
			if c.ID == "" || c.Title == "" {
				t.Errorf("committee without id or title: %+v", c)
			}
		}
		for _, m := range parseMeetings(root) {
			if _, err := time.Parse(dateLayout, m.Date); err != nil || m.ID == "" {
				t.Errorf("meeting %+v: bad date or no id", m)
			}
		}
		if mt := root.find("meeting"); mt != nil {
			for _, d := range append(meetingDocs(mt, fuzzSite), itemDocs(mt, minutesItem, fuzzSite)...) {
				checkLinks(t, d.URL)
			}
		}
	})
}

func FuzzPageLinks(f *testing.F) {
	addSeeds(f, "testdata/htmlsite/*.html")
	f.Add([]byte(`<a href="javascript:alert(1)">Printed minutes</a><a href="http://democracy.example.gov.uk:81/x">x</a>`))
	f.Add([]byte(`<a href="ieListDocuments.aspx?CId=1&MId=2">Tuesday, 5th March, 2019</a>`))
	f.Add([]byte(`<td>31<a href="ieListDocuments.aspx?CId=1&MId=2" title="Cabinet, 10.00 am">x</a></td><h3>Monday, 5th February, 2024</h3><a href="ieListDocuments.aspx?CId=3&MId=4">Cabinet</a>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var urls []string
		for _, l := range pageLinks(data, fuzzSite) {
			urls = append(urls, l.URL.String())
		}
		checkLinks(t, urls...)
		for _, c := range parseCommitteesPage(data, fuzzSite) {
			if c.ID == "" || c.Title == "" {
				t.Errorf("committee without id or title: %+v", c)
			}
		}
		for _, m := range parseMeetingsPage(data, fuzzSite) {
			if _, err := time.Parse(dateLayout, m.Date); err != nil || m.ID == "" {
				t.Errorf("meeting %+v: bad date or no id", m)
			}
		}
		if d, ok := pagePrintedMinutes(data, fuzzSite); ok {
			checkLinks(t, d.URL)
		}
		for _, m := range parseCalendarPage(data, fuzzSite, monthKey{2024, 2}) {
			if _, err := time.Parse(dateLayout, m.ref.Date); err != nil || m.ref.ID == "" || m.c.ID == "" || m.c.Title == "" {
				t.Errorf("calendar meeting %+v: bad date, no id or no committee", m)
			}
		}
		samePage(data, data)
	})
}

func FuzzResolveURL(f *testing.F) {
	for _, s := range []string{"documents/s1/a b.pdf", "/x?y=1", "//evil.example/a", "http://democracy.example.gov.uk/a",
		"javascript:alert(1)", "HTTPS://DEMOCRACY.EXAMPLE.GOV.UK:8443/", "http://[::1]/", "\x00", "%zz"} {
		f.Add(s)
	}
	policy, err := newHostPolicy(fuzzSite, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		abs, ok := resolveURL(fuzzSite, raw)
		if !ok {
			return
		}
		checkLinks(t, abs)
		u, _ := url.Parse(abs)
		onSite := strings.EqualFold(strings.TrimSuffix(u.Hostname(), "."), fuzzSite.Hostname())
		if err := policy.checkURL(u); (err == nil) != onSite {
			t.Errorf("policy on %q = %v, but on the site: %v", abs, err, onSite)
		}
	})
}

func FuzzHostPolicy(f *testing.F) {
	f.Add("docs.example.gov.uk", "https://docs.example.gov.uk/x", "10.0.0.1:80")
	f.Add("10.0.0.0/8", "http://10.1.1.1/", "10.1.1.1:80")
	f.Add("", "http://169.254.169.254/", "169.254.169.254:80")
	f.Fuzz(func(t *testing.T, allow, raw, addr string) {
		p, err := newHostPolicy(fuzzSite, []string{allow})
		if err != nil {
			return
		}
		if u, err := url.Parse(raw); err == nil && p.checkURL(u) == nil && u.Scheme != "http" && u.Scheme != "https" {
			t.Errorf("%q allowed with scheme %q", raw, u.Scheme)
		}
		ap, err := netip.ParseAddrPort(addr)
		if err != nil || p.checkAddr(ap) != nil || publicAddr(ap.Addr()) {
			return
		}
		// A non-public address got through: the operator must have named it.
		if !strings.Contains(allow, "/") && canonicalHost(strings.Split(allow, ":")[0]) != ap.Addr().Unmap().String() &&
			!strings.Contains(allow, ap.Addr().Unmap().String()) {
			t.Errorf("--allow-host %q lets %s through", allow, ap)
		}
	})
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"0", "120", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT", "-1", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, h string) {
		if d := parseRetryAfter(h, now); d < 0 {
			t.Errorf("parseRetryAfter(%q) = %s", h, d)
		}
	})
}

func FuzzCheckContent(f *testing.F) {
	f.Add(".pdf", []byte("%PDF-1.4"))
	f.Add(".html", []byte("<html>"))
	f.Add(".xml", []byte("<?xml version='1.0'?><a/>"))
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if checkContent("a"+ext, data) != nil {
			return
		}
		switch strings.ToLower(ext) {
		case ".pdf":
			if !bytes.Contains(data[:min(len(data), 1024)], pdfMagic) {
				t.Errorf("stored as a PDF without %%PDF-: %.40q", data)
			}
		case ".xml":
			if looksHTML(bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), leadSpace)) {
				t.Errorf("HTML stored as XML: %.40q", data)
			}
		}
	})
}
