package moderngov_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// mgSite imitates one council's ModernGov site from the files of
// testdata/mgsite, as routes.txt lays them out (see its README.md): the
// web service switched off, the HTML pages with the site's chrome around
// them, documents, a slow page, redirects on the site and off it, a page
// not found. A second server stands for the internal network that a
// redirect or a link must never reach.
type mgSite struct {
	t        *testing.T
	dir      string
	routes   map[string]string // request key -> what answers it
	srv      *httptest.Server
	internal *httptest.Server

	mu       sync.Mutex
	asked    map[string]int // request key -> requests
	insiders int            // requests the internal server had
}

// routeLine splits a line of routes.txt at its run of two or more spaces:
// keys hold single spaces (documents' names).
var routeLine = regexp.MustCompile(`^(.*?\S)\s{2,}(\S.*)$`)

// newMgSite starts the site and the internal server.
func newMgSite(t *testing.T) *mgSite {
	t.Helper()
	s := &mgSite{t: t, dir: filepath.Join("testdata", "mgsite"), routes: map[string]string{}, asked: map[string]int{}}
	f, err := os.Open(filepath.Join(s.dir, "routes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := routeLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("routes.txt: %q: want a key, two spaces, an answer", line)
		}
		s.routes[m[1]] = m[2]
	}
	s.internal = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.insiders++
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(internalPDF)
	}))
	t.Cleanup(s.internal.Close)
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// internalPDF is what the internal network answers: it must never reach
// the corpus.
var internalPDF = []byte("%PDF-1.4\n% INTERNAL-SECRET instance metadata\n%%EOF\n")

// requestKey is the key of routes.txt for a request: the path lower-cased
// (IIS reads paths and names in any case), the query's names and values
// lower-cased and sorted, without Ver=.
func requestKey(r *http.Request) string {
	var q []string
	for k, vs := range r.URL.Query() {
		if strings.EqualFold(k, "ver") {
			continue
		}
		for _, v := range vs {
			q = append(q, strings.ToLower(k)+"="+strings.ToLower(v))
		}
	}
	sort.Strings(q)
	key := strings.ToLower(r.URL.Path)
	if len(q) > 0 {
		key += "?" + strings.Join(q, "&")
	}
	return key
}

func (s *mgSite) serve(w http.ResponseWriter, r *http.Request) {
	key := requestKey(r)
	s.mu.Lock()
	s.asked[key]++
	s.mu.Unlock()
	answer, ok := s.routes[key]
	if !ok {
		http.NotFound(w, r)
		return
	}
	verb, rest, _ := strings.Cut(answer, " ")
	switch verb {
	case "status":
		code, _ := strconv.Atoi(rest)
		http.Error(w, http.StatusText(code), code)
		return
	case "redirect":
		http.Redirect(w, r, s.fill(rest), http.StatusFound)
		return
	case "slow":
		d, file, _ := strings.Cut(rest, " ")
		wait, err := time.ParseDuration(d)
		if err != nil {
			s.t.Errorf("routes.txt: %s: %v", key, err)
		}
		time.Sleep(wait)
		answer = file
	}
	data, err := os.ReadFile(filepath.Join(s.dir, answer))
	if err != nil {
		s.t.Errorf("routes.txt: %s: %v", key, err)
		http.NotFound(w, r)
		return
	}
	switch path.Ext(answer) {
	case ".pdf":
		w.Header().Set("Content-Type", "application/pdf")
	case ".html":
		charset := "utf-8"
		if !utf8Page(data) {
			charset = "windows-1252"
		}
		w.Header().Set("Content-Type", "text/html; charset="+charset)
		data = []byte(s.fill(string(data)))
	}
	w.Write(data)
}

// utf8Page reports whether a page says it is UTF-8.
func utf8Page(data []byte) bool {
	return !strings.Contains(strings.ToLower(string(data[:min(len(data), 400)])), "charset=windows-1252")
}

// fill replaces the placeholders of a page or a redirect.
func (s *mgSite) fill(text string) string {
	top, err := os.ReadFile(filepath.Join(s.dir, "chrome-top.html"))
	if err != nil {
		s.t.Fatal(err)
	}
	bottom, err := os.ReadFile(filepath.Join(s.dir, "chrome-bottom.html"))
	if err != nil {
		s.t.Fatal(err)
	}
	return strings.NewReplacer(
		"{{SITE}}", s.srv.URL,
		"{{INTERNAL}}", s.internal.URL,
		"{{INTERNALNAME}}", strings.Replace(s.internal.URL, "127.0.0.1", "localhost", 1),
		"{{TOP}}", string(top),
		"{{BOTTOM}}", string(bottom),
	).Replace(text)
}

// count returns how many requests the site had for key.
func (s *mgSite) count(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.asked[key]
}

// requests returns a copy of the requests per key.
func (s *mgSite) requests() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, n := range s.asked {
		out[k] = n
	}
	return out
}

// internalRequests returns how many requests reached the internal server.
func (s *mgSite) internalRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.insiders
}
