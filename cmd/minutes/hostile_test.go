package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/web"
)

// hostileMinutes is a small set of minutes on the given day of 2018.
func hostileMinutes(day, extra string) string {
	return "KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Corporate Parenting Panel held on " + day + " 2018.\n\n" +
		"1. Apologies for absence\n\nApologies were received.\n\n2. Ofsted action plan\n\nThe Panel considered the Ofsted plan. " +
		extra + "\n\nRESOLVED that the progress be noted.\n"
}

// hostileCorpus is a corpus that attacks the operator and the service
// through its names: one meeting under two file names, names with a colon,
// a newline, bytes that are not UTF-8 and terminal escapes, an empty file
// and a link with escapes in their names, and a manifest naming the
// council with an escape sequence. It returns the folder and the files
// that must be indexed with their content.
func hostileCorpus(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	panel := "kent/corporate-parenting-panel/"
	indexed := map[string]string{
		panel + "2018_03_01.txt":                            hostileMinutes("1 March", "Caseloads had fallen to eighteen."),
		panel + "2018-04-01 10:00.txt":                      hostileMinutes("1 April", ""),
		panel + "2018-05-01\nfiles seen 99, indexed 99.txt": hostileMinutes("1 May", ""),
		panel + "2018-06-01 caf\xe9.txt":                    hostileMinutes("1 June", ""),
		panel + "2018-07-01\x1b]0;pwned\x07.txt":            hostileMinutes("1 July", ""),
	}
	files := map[string]string{
		panel + "2018-03-01.txt":   hostileMinutes("1 March", ""), // the same meeting, fewer words
		panel + "\x1b[2Jempty.txt": "",
		"manifest.json": `{"files": [{"path": "` + panel + `2018-07-01\u001b]0;pwned\u0007.txt", ` +
			`"council": "\u001b]0;Evil\u0007 Council", "committee": "Corporate Parenting Panel", "date": "2018-07-01"}]}`,
	}
	for rel, text := range indexed {
		files[rel] = text
	}
	for rel, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", rel, err)
		}
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, panel, "link\n\x1b[31mred.txt")); err != nil {
		t.Fatal(err)
	}
	return dir, indexed
}

// rawControl matches the control characters a terminal acts on, except
// the newline that ends each printed line.
var rawControl = regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f]")

// TestHostileNamesOnTheTerminal: index, search and coverage print names
// from the corpus with their control characters escaped, one line per
// record, so nothing can retitle the terminal or forge a summary line.
func TestHostileNamesOnTheTerminal(t *testing.T) {
	corpusDir, _ := hostileCorpus(t)
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	for _, args := range [][]string{
		{"index", "--corpus", corpusDir, "--index", index, "--workers", "2"},
		{"search", "--index", index, "--corpus", corpusDir, "ofsted"},
		{"search", "--index", index, "--corpus", corpusDir, "--council", "evil", "ofsted"},
		{"coverage", "--index", index, "--corpus", corpusDir},
		{"extract", "--corpus", corpusDir, filepath.Join(corpusDir, "kent/corporate-parenting-panel/2018-07-01\x1b]0;pwned\x07.txt")},
	} {
		code, out, errs := run(t, args...)
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s%s", args[0], code, out, errs)
		}
		for name, text := range map[string]string{"stdout": out, "stderr": errs} {
			if m := rawControl.FindString(text); m != "" {
				t.Errorf("%s %s holds a raw control character %q:\n%s", args[0], name, m, text)
			}
			if strings.ContainsRune(text, '\ufffd') || !utf8Valid(text) {
				t.Errorf("%s %s holds bytes that are not UTF-8", args[0], name)
			}
		}
		if args[0] == "index" {
			if n := len(regexp.MustCompile(`(?m)^files seen`).FindAllString(out, -1)); n != 1 {
				t.Errorf("index printed %d summary lines, want 1:\n%s", n, out)
			}
			for _, want := range []string{`FAILED kent/corporate-parenting-panel/\x1b[2Jempty.txt`,
				`passed over kent/corporate-parenting-panel/link\n\x1b[31mred.txt`,
				"same meeting kent--corporate-parenting-panel--2018-03-01: indexed kent/corporate-parenting-panel/2018_03_01.txt"} {
				if !strings.Contains(out, want) {
					t.Errorf("index output lacks %q:\n%s", want, out)
				}
			}
		}
		if args[0] == "search" && args[4] == "evil" && !strings.Contains(out, `\x1b]0;Evil\x07 Council`) {
			t.Errorf("search output does not show the escaped council name:\n%s", out)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "?") == s }

// TestHostileCorpusServes: a corpus with one meeting under two names
// builds an index from scratch (serve starts on it), every meeting's
// source link answers its file whatever its name, and the meeting lists
// its other file.
func TestHostileCorpusServes(t *testing.T) {
	corpusDir, indexed := hostileCorpus(t)
	opts := indexer.Options{Corpus: corpusDir, Index: filepath.Join(t.TempDir(), "minutes.bleve"), Workers: 2,
		MaxBytes: indexer.DefaultMaxBytes, BatchItems: indexer.DefaultBatchItems, Search: searchOptions(corpusDir, nil)}
	sum, err := indexer.Run(context.Background(), opts)
	if err != nil {
		t.Fatalf("fresh build: %v", err)
	}
	if sum.Indexed != len(indexed) || len(sum.Duplicates) != 1 {
		t.Fatalf("fresh build: %s; duplicates %+v; failures %+v", sum.Line(), sum.Duplicates, sum.Failures)
	}
	ix, err := search.Open(opts.Index, opts.Search)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	h, err := web.New(web.Config{Searcher: ix, CorpusDir: corpusDir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	var res web.SearchAnswer
	getJSON(t, srv, "/api/search?q=ofsted&size=100", http.StatusOK, &res)
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	served := map[string]bool{}
	for _, hit := range res.Hits {
		if served[hit.SourceURL] {
			continue
		}
		served[hit.SourceURL] = true
		resp, err := http.Get(srv.URL + hit.SourceURL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "KENT COUNTY COUNCIL") {
			t.Errorf("source link %s of %s: status %d", hit.SourceURL, hit.MeetingID, resp.StatusCode)
		}
	}
	if len(served) != len(indexed) {
		t.Errorf("%d source links among the hits, want one per indexed file (%d)", len(served), len(indexed))
	}
	var m web.MeetingJSON
	getJSON(t, srv, "/api/meetings/kent--corporate-parenting-panel--2018-03-01", http.StatusOK, &m)
	if m.SourcePath != "kent/corporate-parenting-panel/2018_03_01.txt" || join(m.Alternatives) != "kent/corporate-parenting-panel/2018-03-01.txt" {
		t.Errorf("meeting from %s, alternatives %v", m.SourcePath, m.Alternatives)
	}
	resp, err := http.Get(srv.URL + "/meetings/kent--corporate-parenting-panel--2018-03-01")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), `href="/source/kent/corporate-parenting-panel/2018-03-01.txt"`) {
		t.Errorf("meeting page does not link the alternative source")
	}
}

// TestDatesOutOfRangeAre400: from and to outside the years the index can
// filter on are the caller's mistake on every endpoint that takes them: a
// 400 naming the parameter, never a 500.
func TestDatesOutOfRangeAre400(t *testing.T) {
	srv, _, _ := bundledServer(t)
	for _, path := range []string{"/api/search", "/api/search?format=csv&", "/feeds/search", "/api/compare", "/api/compare?format=csv&",
		"/", "/compare"} {
		for _, p := range []struct{ param, value string }{{"to", "9999"}, {"from", "1000"}, {"to", "2262"}, {"from", "1677-12-31"}} {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = ""
			}
			target := path + sep + "q=ofsted&" + p.param + "=" + p.value
			resp, err := http.Get(srv.URL + target)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("%s: status %d, want 400", target, resp.StatusCode)
			}
			if !bytes.Contains(body, []byte(p.param)) || !bytes.Contains(body, []byte(p.value)) {
				t.Errorf("%s: message does not name %s=%s: %.200s", target, p.param, p.value, body)
			}
		}
	}
	for _, ok := range []string{"from=1678&to=2261", "from=2013&to=2021"} {
		getJSON(t, srv, "/api/search?q=ofsted&"+ok, http.StatusOK, nil)
	}
}

// syncBuffer is a bytes.Buffer safe to write from one goroutine and read
// from another.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeLinksFromItsOwnAddress: `serve` builds the index of a corpus
// with a duplicate meeting from scratch and starts; its feed links name
// --base-url, or else the address it listens on, never the Host header.
func TestServeLinksFromItsOwnAddress(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	corpusDir, _ := hostileCorpus(t)
	index := filepath.Join(t.TempDir(), "minutes.bleve")
	for _, base := range []string{"", "https://minutes.example.org"} {
		ctx, cancel := context.WithCancel(context.Background())
		var stderr syncBuffer
		done := make(chan int, 1)
		args := []string{"serve", "--corpus", corpusDir, "--index", index, "--addr", "127.0.0.1:0", "--workers", "2"}
		if base != "" {
			args = append(args, "--base-url", base)
		}
		go func() { done <- Main(ctx, args, io.Discard, &stderr) }()
		addr := waitForServing(t, &stderr, done)
		req, _ := http.NewRequest(http.MethodGet, addr+"feeds/search?q=ofsted", nil)
		req.Host = "evil.example"
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		feed, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := base
		if want == "" {
			want = strings.TrimSuffix(addr, "/")
		}
		if strings.Contains(string(feed), "evil.example") || !strings.Contains(string(feed), `href="`+want+`/items/`) {
			t.Errorf("with --base-url %q the feed links %s:\n%.400s", base, want, feed)
		}
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("serve exited %d: %s", code, stderr.String())
		}
	}
}

// waitForServing waits for serve's "serving" log line and returns its URL.
func waitForServing(t *testing.T, stderr *syncBuffer, done <-chan int) string {
	t.Helper()
	serving := regexp.MustCompile(`msg=serving url=(\S+)`)
	deadline := time.Now().Add(60 * time.Second)
	for {
		if m := serving.FindStringSubmatch(stderr.String()); m != nil {
			u, err := url.Parse(m[1])
			if err != nil {
				t.Fatal(err)
			}
			return u.String()
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d before serving:\n%s", code, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
	}
}

// TestNoParameterIsA500: each parameter, and a few combinations, with
// values a hostile caller would send, answers 200 or a 4xx; a 400 names
// the parameter.
func TestNoParameterIsA500(t *testing.T) {
	srv, _, _ := bundledServer(t)
	params := []string{"q", "council", "committee", "topic", "from", "to", "decisions", "sort", "page", "size", "after",
		"year", "group", "format", "by", "per", "judgement", "within", "before"}
	values := []string{"", "-1", "0", "99999999999999999999", "9999", "0000", "1677-12-31", "\x00", "\xff", "%", "((((",
		"\"", "inspection", "NaN", "-date", "csv", "meeting", "999999y", "title:", "\u202e"}
	get := func(target string) (int, string) {
		resp, err := http.Get(srv.URL + target)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp.StatusCode, string(body)
	}
	for _, path := range []string{"/api/search", "/feeds/search", "/api/compare", "/", "/compare"} {
		for _, name := range params {
			for _, v := range values {
				q := url.Values{"q": {"ofsted"}}
				q.Set(name, v)
				code, body := get(path + "?" + q.Encode())
				if code >= 500 || (code == http.StatusBadRequest && !strings.Contains(body, name)) {
					t.Errorf("%s?%s: %d %.200s", path, q.Encode(), code, body)
				}
			}
		}
	}
	for _, qs := range []string{"sort=date&after=x&after=y", "sort=-date&after=9999-99-99&after=zzz", "after=NaN&after=x",
		"after=1e999&after=x", "group=meeting&page=500&size=100", "after=inspection&within=999999y",
		"per=months_since_inspection&judgement=x", "format=csv&sort=date&to=1678", "q=date:9999", "q=*:*", "q=-", "q=%22%22"} {
		if code, body := get("/api/search?q=ofsted&" + qs); code >= 500 {
			t.Errorf("/api/search?%s: %d %.200s", qs, code, body)
		}
	}
}
