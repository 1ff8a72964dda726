package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/web"
)

// copyDir copies the regular files of src into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755)
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLoadDuringReindex drives the search API with concurrent clients on
// loopback while the server re-indexes a changing corpus. Every answer
// must be a 200 with the results every state of the corpus has. It is
// bounded in requests and time, and reports throughput and latency.
func TestLoadDuringReindex(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	corpusDir := filepath.Join(t.TempDir(), "corpus")
	copyDir(t, bundledCorpus, corpusDir)
	opts := indexer.Options{Corpus: corpusDir, Index: filepath.Join(t.TempDir(), "minutes.bleve"), Workers: 1,
		MaxBytes: indexer.DefaultMaxBytes, Timeout: indexer.DefaultTimeout, BatchItems: 50, Search: searchOptions(corpusDir, nil)}
	if _, err := indexer.Run(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(opts.Index, opts.Search)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	live := indexer.NewLive(ix, opts)
	h, err := web.New(web.Config{Searcher: ix, CorpusDir: corpusDir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	// The re-indexer: a new council's minutes appear and vanish, round after round.
	extra := filepath.Join(corpusDir, "extra/panel/2020-01-01.txt")
	seed, _ := os.ReadFile(filepath.Join(corpusDir, "cheshire-east/corporate-parenting-committee/2018-05-09.txt"))
	stop := make(chan struct{})
	reindexes := 0
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if i%2 == 0 {
				os.MkdirAll(filepath.Dir(extra), 0o755)
				os.WriteFile(extra, seed, 0o644)
			} else {
				os.Remove(extra)
			}
			if _, err := live.Reindex(context.Background()); err != nil {
				t.Errorf("re-index: %v", err)
				return
			}
			reindexes++
		}
	}()

	queries := []string{"q=ofsted", "q=" + url.QueryEscape(`"care leavers"`), "q=adoption+OR+fostering",
		"q=children&council=kent", "q=&topic=ofsted-improvement", "q=social+workers&sort=-date", "q=inspection&group=meeting"}
	const clients, perClient = 8, 60
	var mu sync.Mutex
	var latencies []time.Duration
	errs := 0
	start := time.Now()
	var cw sync.WaitGroup
	for c := 0; c < clients; c++ {
		cw.Add(1)
		go func(c int) {
			defer cw.Done()
			client := &http.Client{Timeout: 10 * time.Second}
			for i := 0; i < perClient; i++ {
				q := queries[(c+i)%len(queries)]
				t0 := time.Now()
				err := checkSearch(client, srv.URL+"/api/search?"+q)
				d := time.Since(t0)
				mu.Lock()
				latencies = append(latencies, d)
				if err != nil {
					errs++
					if errs < 5 {
						t.Errorf("%s: %v", q, err)
					}
				}
				mu.Unlock()
			}
		}(c)
	}
	cw.Wait()
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()

	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	n := len(latencies)
	t.Logf("load: %d requests from %d clients in %v (%.0f req/s), p50 %v, p99 %v, errors %d, re-indexes during the run %d",
		n, clients, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(),
		latencies[n/2], latencies[n*99/100], errs, reindexes)
	if errs > 0 {
		t.Errorf("%d of %d requests failed", errs, n)
	}
	if reindexes < 2 {
		t.Errorf("only %d re-indexes ran during the load", reindexes)
	}
}

// checkSearch asks for one search and checks it answered 200 with hits.
func checkSearch(client *http.Client, u string) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("status %d: %s", resp.StatusCode, body)
	}
	var res web.SearchAnswer
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return err
	}
	if res.Total == 0 {
		return fmt.Errorf("no results")
	}
	return nil
}
