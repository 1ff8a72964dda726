package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/web"
	"golang.org/x/net/html"
)

// pageLinks returns the links (a and link elements) of an HTML page that
// stay on the server, resolved against the page's URL.
func pageLinks(t *testing.T, page *url.URL, body io.Reader) []string {
	t.Helper()
	doc, err := html.Parse(body)
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "a" || n.Data == "link") {
			for _, a := range n.Attr {
				if a.Key != "href" {
					continue
				}
				u, err := page.Parse(a.Val)
				if err != nil {
					t.Errorf("%s: bad link %q", page, a.Val)
					continue
				}
				if u.Host == page.Host && u.Scheme == page.Scheme {
					u.Fragment = ""
					out = append(out, u.String())
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// TestEveryLinkAnswers follows every link of the pages a new user starts
// from over the bundled minutes, and of the pages those lead to, then of
// the next pages up to maxFetches in all: facets (the "Date unknown" year
// among them), compare's cells, pagers, exports, feeds, source files.
// Each answers 200: a link the application writes is never a 400 or a
// 404.
func TestEveryLinkAnswers(t *testing.T) {
	srv, _, _ := bundledServer(t)
	seeds := []string{"/", "/?q=ofsted", "/?q=ofsted&group=meeting", "/compare?q=ofsted",
		"/compare?q=ofsted&per=months_since_inspection", "/councils/kent", "/councils/central-bedfordshire", "/help"}
	seen := map[string]bool{}
	var level []string
	for _, s := range seeds {
		level = append(level, srv.URL+s)
	}
	const maxFetches = 600
	fetched := 0
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []string
		for _, link := range level {
			if seen[link] || fetched == maxFetches {
				continue
			}
			seen[link] = true
			fetched++
			resp, err := http.Get(link)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: status %d", strings.TrimPrefix(link, srv.URL), resp.StatusCode)
			}
			if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				u, _ := url.Parse(link)
				next = append(next, pageLinks(t, u, resp.Body)...)
			}
			resp.Body.Close()
		}
		level = next
	}
	t.Logf("followed %d links", fetched)
	if fetched < maxFetches {
		t.Errorf("only %d links followed", fetched)
	}
}

// TestExamplesFind: every example search of the help page, and every
// search the home page offers, finds items holding all its words in the
// bundled minutes, so a new user trying them sees what each does.
func TestExamplesFind(t *testing.T) {
	srv, _, _ := bundledServer(t)
	for page, least := range map[string]int{"/help": 8, "/": 4} {
		resp, err := http.Get(srv.URL + page)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(srv.URL + page)
		links := pageLinks(t, u, resp.Body)
		resp.Body.Close()
		searches := 0
		for _, link := range links {
			l, _ := url.Parse(link)
			if l.Path != "/" || l.RawQuery == "" {
				continue
			}
			searches++
			var res struct {
				Total   int  `json:"total"`
				Relaxed bool `json:"relaxed"`
			}
			getJSON(t, srv, "/api/search?"+l.RawQuery, http.StatusOK, &res)
			if res.Total == 0 || res.Relaxed {
				t.Errorf("%s offers %s, which finds %d items (relaxed %v)", page, l.RawQuery, res.Total, res.Relaxed)
			}
		}
		if searches < least {
			t.Errorf("%s links %d searches, want at least %d", page, searches, least)
		}
	}
}

// TestSnippetsShowEachPassageOnce: no two snippets of a hit show the same
// passage (the same sentence came back from the decisions, the minute and
// the agenda), over the bundled minutes.
func TestSnippetsShowEachPassageOnce(t *testing.T) {
	srv, _, _ := bundledServer(t)
	words := func(s string) []string {
		s = strings.NewReplacer("<mark>", "", "</mark>", "", "…", " ", "&#39;", "'").Replace(s)
		return strings.Fields(strings.ToLower(s))
	}
	shared := func(a, b []string, n int) string { // a run of n words of a also in b
		for i := 0; i+n <= len(a); i++ {
			run := strings.Join(a[i:i+n], " ")
			if strings.Contains(" "+strings.Join(b, " ")+" ", " "+run+" ") {
				return run
			}
		}
		return ""
	}
	for _, q := range []string{"ofsted", "care leavers", "fostering", "inspection", "placement", "education"} {
		var res web.SearchAnswer
		getJSON(t, srv, "/api/search?size=100&q="+url.QueryEscape(q), http.StatusOK, &res)
		for _, h := range res.Hits {
			for i := range h.Snippets {
				for j := range i {
					if run := shared(words(h.Snippets[i]), words(h.Snippets[j]), 8); run != "" {
						t.Errorf("%q: %s shows %q twice", q, h.ID, run)
					}
				}
			}
		}
	}
}

// TestSourceServesOnlyMeetings: /source/ serves the files meetings were
// read from, never the corpus's data files or its tools.
func TestSourceServesOnlyMeetings(t *testing.T) {
	srv, _, _ := bundledServer(t)
	for path, want := range map[string]int{
		"/source/manifest.json":                                 http.StatusNotFound,
		"/source/councils.json":                                 http.StatusNotFound,
		"/source/inspections.csv":                               http.StatusNotFound,
		"/source/tools/mkfodt/main.go":                          http.StatusNotFound,
		"/source/kent/corporate-parenting-panel/2013-12-13.pdf": http.StatusOK,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: status %d, want %d", path, resp.StatusCode, want)
		}
	}
}
