package web

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// corpusDir makes a corpus with a few files, a hidden file, a directory and
// symlinks pointing inside and outside it.
func corpusDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	corpus := filepath.Join(root, "corpus")
	outside := filepath.Join(root, "secret.txt")
	files := map[string]string{
		"kent/cpp/2013-12-13.txt":  "Minutes of the Corporate Parenting Panel",
		"kent/cpp/2013-12-13.pdf":  "%PDF-1.4 fake",
		"kent/cpp/2014-01-10.html": "<script>alert(1)</script><p>minutes</p>",
		"kent/.hidden":             "hidden",
		"my council/a b.txt":       "spaces",
		// Windows-1252, as older ModernGov pages and hand-saved text are
		"kent/cpp/2015-02-10.html": "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><p>Caf\xe9 \xa3240</p>",
		"kent/cpp/2015-03-10.txt":  "Caf\xe9 licence: \xa3240",
		"kent/cpp/2015-04-10.html": "<p>Café £240</p>",
		// UTF-16 with a byte-order mark, as Windows' Notepad saves "Unicode"
		"kent/cpp/2015-05-10.txt": "\xff\xfeC\x00a\x00f\x00\xe9\x00",
		// the first Windows-1252 byte after the first 4 KB, once read as UTF-8
		"kent/cpp/2015-06-10.txt": strings.Repeat("minutes ", 600) + "Children\x92s services",
		// a page in the Central European code page it declares: \xa3 is Ł there
		"kent/cpp/2015-07-10.html": "<html><head><meta charset=\"windows-1250\"></head><p>Cllr \xa3ukasz</p>",
	}
	for name, body := range files {
		p := filepath.Join(corpus, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(outside, []byte("TOP SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(corpus, "kent", "escape.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(corpus, "up")); err != nil {
		t.Fatal(err)
	}
	return corpus
}

// sourceMeetings are meetings read from the given files, each file a
// meeting of its own but for files of one meeting ID (another format of
// the same meeting), which become the first one's alternatives.
func sourceMeetings(files ...string) func([]schema.Meeting) []schema.Meeting {
	return func(meetings []schema.Meeting) []schema.Meeting {
		byID := map[string]int{}
		for _, name := range files {
			id := schema.MeetingID(name)
			if i, ok := byID[id]; ok {
				meetings[i].Alternatives = append(meetings[i].Alternatives, name)
				continue
			}
			m := schema.Meeting{Council: "Kent County Council", CouncilSlug: "kent", Committee: "Corporate Parenting Panel",
				CommitteeSlug: "cpp", SourcePath: name, Format: "text",
				Items: []schema.Item{{Title: "Minutes", Text: "Read from " + name}}}
			m.AssignIDs()
			byID[id] = len(meetings)
			meetings = append(meetings, m)
		}
		return meetings
	}
}

// withSources is an index holding the corpus files of corpusDir as
// meetings' sources (the .txt and .pdf of 2013-12-13 one meeting), and
// those that must never be served, to show that it is not the index that
// refuses them.
func withSources(t *testing.T) search.Searcher {
	return newTestIndex(t, sourceMeetings("kent/cpp/2013-12-13.txt", "kent/cpp/2013-12-13.pdf", "kent/cpp/2014-01-10.html",
		"kent/cpp/2015-02-10.html", "kent/cpp/2015-03-10.txt", "kent/cpp/2015-04-10.html",
		"kent/cpp/2015-05-10.txt", "kent/cpp/2015-06-10.txt", "kent/cpp/2015-07-10.html",
		"my council/a b.txt", "kent/escape.txt", "up/secret.txt", "../secret.txt", "kent", "kent/.hidden"))
}

func TestSourceServesCorpusFiles(t *testing.T) {
	h := newHandler(t, withSources(t), func(c *Config) { c.CorpusDir = corpusDir(t) })
	tests := []struct{ target, ctype, body string }{
		{"/source/kent/cpp/2013-12-13.txt", "text/plain; charset=utf-8", "Minutes of the Corporate"},
		{"/source/kent/cpp/2013-12-13.pdf", "application/pdf", "%PDF-1.4"},
		{"/source/kent/cpp/2014-01-10.html", "text/plain; charset=utf-8", "<script>"},
		{"/source/my%20council/a%20b.txt", "text/plain; charset=utf-8", "spaces"},
		// text is served in UTF-8 as the indexer read it (textenc): UTF-8
		// when the bytes are, else the page's declared charset, else
		// Windows-1252; UTF-16 by its byte-order mark
		{"/source/kent/cpp/2015-02-10.html", "text/plain; charset=utf-8", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><p>Café £240"},
		{"/source/kent/cpp/2015-03-10.txt", "text/plain; charset=utf-8", "Café licence: £240"},
		{"/source/kent/cpp/2015-04-10.html", "text/plain; charset=utf-8", "<p>Café"},
		{"/source/kent/cpp/2015-05-10.txt", "text/plain; charset=utf-8", "Café"},
		{"/source/kent/cpp/2015-06-10.txt", "text/plain; charset=utf-8", strings.Repeat("minutes ", 600) + "Children’s services"},
		{"/source/kent/cpp/2015-07-10.html", "text/plain; charset=utf-8", "<html><head><meta charset=\"windows-1250\"></head><p>Cllr Łukasz"},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.target)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", tt.target, rec.Code)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", tt.target, got, tt.ctype)
		}
		if !strings.Contains(rec.Header().Get("Content-Security-Policy"), "sandbox") {
			t.Errorf("%s: no sandbox CSP", tt.target)
		}
		if !strings.HasPrefix(rec.Body.String(), tt.body) {
			t.Errorf("%s: body %q", tt.target, rec.Body)
		}
	}
}

func TestSourceRefusesTraversal(t *testing.T) {
	h := newHandler(t, withSources(t), func(c *Config) { c.CorpusDir = corpusDir(t) })
	targets := []string{
		"/source/../secret.txt",
		"/source/%2e%2e/secret.txt",
		"/source/%2E%2E/secret.txt",
		"/source/kent/../../secret.txt",
		"/source/kent/%2e%2e/%2e%2e/secret.txt",
		"/source/kent%2f..%2f..%2fsecret.txt",
		"/source/..%5csecret.txt",
		"/source/kent\\..\\..\\secret.txt",
		"/source/%5cetc%5cpasswd",
		"/source//etc/passwd",
		"/source/%2fetc%2fpasswd",
		"/source/C:/Windows/win.ini",
		"/source/kent/./cpp/2013-12-13.txt",
		"/source/kent/.hidden",
		"/source/kent/escape.txt",
		"/source/up/secret.txt",
		"/source/kent",
		"/source/kent/cpp/",
		"/source/nope.txt",
		"/source/kent%00.txt",
		"/source/%252e%252e/secret.txt",
	}
	for _, target := range targets {
		rec := get(t, h, target)
		if rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "TOP SECRET") {
			t.Errorf("%s: served a file outside the corpus", target)
		}
	}
}

func TestSourceWithoutCorpus(t *testing.T) {
	h := newHandler(t, testIndex(t))
	if rec := get(t, h, "/source/kent/cpp/2013-12-13.txt"); rec.Code != http.StatusNotFound {
		t.Errorf("status %d, want 404", rec.Code)
	}
}

func TestSafeSourcePath(t *testing.T) {
	windows := filepath.Separator == '\\'
	tests := map[string]bool{
		"kent/a.pdf": true, "a.txt": true, "": false, "/a": false, "a/../b": false, "a//b": false,
		"a\\b": !windows, "c:x": !windows, ".git/config": false, "a/.": false, "a/": false, "a\x00": false,
		"kent/10:00 meeting.txt": !windows, "a\nb.txt": true, "bad\xff.txt": true,
	}
	for in, want := range tests {
		if got := safeSourcePath(in); got != want {
			t.Errorf("safeSourcePath(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSourceServesEveryStoredName: a file whose name holds a colon, a
// newline, a tab or bytes that are not UTF-8 is served at its source link.
func TestSourceServesEveryStoredName(t *testing.T) {
	dir := t.TempDir()
	names := []string{"kent/cpp/2018-03-01 10:00.txt", "kent/cpp/two\nlines.txt", "kent/cpp/tab\there.txt",
		"kent/cpp/caf\xe9.txt", "kent/cpp/%41 100%.txt", "kent/cpp/a?b#c.txt", "kent/c:p/x.txt"}
	for i, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(fmt.Sprintf("file %d", i)), 0o644); err != nil {
			t.Skipf("this file system refuses %q: %v", name, err)
		}
	}
	h := newHandler(t, newTestIndex(t, sourceMeetings(names...)), func(c *Config) { c.CorpusDir = dir })
	for i, name := range names {
		link := sourcePath(name)
		rec := get(t, h, link)
		if rec.Code != http.StatusOK || rec.Body.String() != fmt.Sprintf("file %d", i) {
			t.Errorf("%q at %s: status %d, body %q", name, link, rec.Code, rec.Body)
		}
	}
}

// TestSourceOnlyMeetingsFiles: the corpus's data files, its tools and any
// file no meeting was read from answer 404, though they are in the
// corpus folder.
func TestSourceOnlyMeetingsFiles(t *testing.T) {
	dir := corpusDir(t)
	for _, name := range []string{"manifest.json", "councils.json", "tools/mkfodt/main.go", "kent/cpp/notes.txt", "README.md"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("not minutes"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := newHandler(t, withSources(t), func(c *Config) { c.CorpusDir = dir })
	for _, name := range []string{"manifest.json", "councils.json", "tools/mkfodt/main.go", "kent/cpp/notes.txt", "README.md"} {
		if rec := get(t, h, sourcePath(name)); rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", name, rec.Code)
		}
	}
	if rec := get(t, h, sourcePath("kent/cpp/2013-12-13.pdf")); rec.Code != http.StatusOK {
		t.Errorf("an alternative file of a meeting: status %d", rec.Code)
	}
}
