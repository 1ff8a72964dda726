package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/web"
)

// TestSearchRefusesZeroSizeAndPage checks that `minutes search` refuses
// --size 0 and --page 0 as usage errors, as the API refuses size=0.
func TestSearchRefusesZeroSizeAndPage(t *testing.T) {
	for _, args := range [][]string{{"--size", "0"}, {"--size", "101"}, {"--page", "0"}, {"--page", "-2"}} {
		code, _, errs := run(t, append(append([]string{"search", "--index", filepath.Join(t.TempDir(), "none")}, args...), "ofsted")...)
		if code != exitUsage || !strings.Contains(errs, args[0]+": ") || !strings.Contains(errs, "out of range") {
			t.Errorf("search %v: exit %d, %q; want a usage error naming %s", args, code, errs, args[0])
		}
	}
}

// TestLongQueryStringGetsJSON checks that a query string longer than the
// limit, up to 1 MB, reaches the handler and gets its JSON 414, not the
// HTTP server's plain-text 431.
func TestLongQueryStringGetsJSON(t *testing.T) {
	ix, _ := openBundled(t)
	h, err := web.New(web.Config{Searcher: ix})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Config = newHTTPServer(h)
	srv.Start()
	defer srv.Close()
	for _, n := range []int{20 << 10, 100 << 10, 900 << 10} {
		resp, err := http.Get(srv.URL + "/api/search?q=" + strings.Repeat("a", n))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestURITooLong || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || !strings.Contains(string(body), `"error"`) {
			t.Errorf("%d KB query: %d %s %.80s", n>>10, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
}

// TestSearchNamesTheServersAddress checks that `minutes search` on an
// index a server holds names the address that server listens on.
func TestSearchNamesTheServersAddress(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process; skipped in -short mode")
	}
	index := buildIndex(t, bundledCorpus)
	holder := child("serve", "--corpus", bundledCorpus, "--index", index, "--addr", "127.0.0.1:0")
	holder.Stdout, holder.Stderr = io.Discard, io.Discard
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { holder.Process.Kill(); holder.Wait() }()
	var url string
	for deadline := time.Now().Add(20 * time.Second); url == ""; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the server did not note its address beside the index")
		}
		if data, err := os.ReadFile(serverFile(index)); err == nil {
			url = strings.TrimSpace(string(data))
		}
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") || strings.HasSuffix(url, ":8080") {
		t.Fatalf("noted address %q", url)
	}
	code, _, errs := run(t, "search", "--index", index, "ofsted")
	if code == exitOK || !strings.Contains(errs, "curl '"+url+"/api/search?q=ofsted'") {
		t.Errorf("exit %d, %q: want the server's own address", code, errs)
	}
}
