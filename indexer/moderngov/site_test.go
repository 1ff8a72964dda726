package moderngov

import (
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// fakeSite imitates a ModernGov site from the files of a testdata
// directory: the web service (GetCommittees, GetMeetings, GetMeeting), the
// HTML pages and the documents. It honours If-None-Match, can answer given
// statuses a number of times before the real answer, ignores the date range
// of GetMeetings (as some sites do), and counts requests.
type fakeSite struct {
	t          *testing.T
	dir        string
	serviceOff bool // the web service answers 403, as on sites that refuse non-browsers

	mu       sync.Mutex
	hits     map[string]int     // requests per path?query
	statuses map[string]int     // full answers (200) per path?query
	fail     map[string][]fault // answers to give before the real one, per path?query
	override map[string]string  // HTML bodies answered 200 instead, per path?query
	onHit    func(total int)    // called after each request is counted
	total    int
}

// fault is a failing answer: a status and an optional Retry-After.
type fault struct {
	status     int
	retryAfter string
}

func newFakeSite(t *testing.T, dir string) *fakeSite {
	return &fakeSite{t: t, dir: dir, hits: map[string]int{}, statuses: map[string]int{}, fail: map[string][]fault{}, override: map[string]string{}}
}

// failFirst makes the site answer key (path?query) with the faults, in
// order, before answering it properly.
func (s *fakeSite) failFirst(key string, faults ...fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[key] = append(s.fail[key], faults...)
}

// count returns the number of requests whose path?query contains sub, and
// how many of them were answered 200.
func (s *fakeSite) count(sub string) (all, full int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, n := range s.hits {
		if strings.Contains(k, sub) {
			all += n
			full += s.statuses[k]
		}
	}
	return all, full
}

func (s *fakeSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path + "?" + r.URL.RawQuery
	s.mu.Lock()
	s.hits[key]++
	s.total++
	total := s.total
	var f *fault
	if fs := s.fail[key]; len(fs) > 0 {
		f = &fs[0]
		s.fail[key] = fs[1:]
	}
	onHit := s.onHit
	body, overridden := s.override[key]
	s.mu.Unlock()
	if overridden {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, body)
		return
	}
	if onHit != nil {
		onHit(total)
	}
	if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "minutes/") {
		http.Error(w, "no user agent", http.StatusForbidden)
		return
	}
	if f != nil {
		if f.retryAfter != "" {
			w.Header().Set("Retry-After", f.retryAfter)
		}
		http.Error(w, http.StatusText(f.status), f.status)
		return
	}
	name, ctype := s.route(r)
	if name == "" {
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	data = []byte(strings.ReplaceAll(string(data), "{{HOST}}", r.Host))
	sum := sha256.Sum256(data)
	etag := fmt.Sprintf(`"%x"`, sum[:8])
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.mu.Lock()
	s.statuses[key]++
	s.mu.Unlock()
	w.Header().Set("Content-Type", ctype)
	w.Write(data)
}

// route maps a request to a testdata file and its content type.
func (s *fakeSite) route(r *http.Request) (string, string) {
	q := r.URL.Query()
	const xmlType, htmlType = "text/xml; charset=utf-8", "text/html; charset=utf-8"
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/mgWebService.asmx/") && s.serviceOff:
		return "", ""
	case p == "/mgWebService.asmx/GetCommittees":
		return "committees.xml", xmlType
	case p == "/mgWebService.asmx/GetMeetings":
		return "meetings-" + q.Get("lCommitteeId") + ".xml", xmlType
	case p == "/mgWebService.asmx/GetMeeting":
		return "meeting-" + q.Get("lMeetingId") + ".xml", xmlType
	case p == "/mgListCommittees.aspx":
		return "committees.html", htmlType
	case p == "/ieListMeetings.aspx" && q.Get("Year") != "":
		return "meetings-" + q.Get("CommitteeId") + "-" + q.Get("Year") + ".html", htmlType
	case p == "/ieListMeetings.aspx":
		return "meetings-" + q.Get("CommitteeId") + ".html", htmlType
	case p == "/ieListDocuments.aspx":
		return "documents-" + q.Get("MId") + ".html", htmlType
	case strings.HasPrefix(p, "/documents/"):
		return "minutes.pdf", "application/pdf"
	}
	return "", ""
}

// serve starts the site over TLS (so that http:// document links on its
// host must be upgraded) and returns it with a client that trusts it.
func (s *fakeSite) serve() (*httptest.Server, *http.Client) {
	h := http.Handler(s)
	if s.serviceOff {
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, "/mgWebService.asmx/") {
				s.mu.Lock()
				s.hits[r.URL.Path+"?"+r.URL.RawQuery]++
				s.mu.Unlock()
				http.Error(w, "Forbidden", http.StatusForbidden)
				return
			}
			s.ServeHTTP(w, r)
		})
	}
	srv := httptest.NewTLSServer(h)
	s.t.Cleanup(srv.Close)
	return srv, srv.Client()
}
