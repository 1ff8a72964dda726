package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// TestContextEndpointsEndToEnd checks coverage, inspections, the
// inspection-relative search and the aligned compare through the real
// index and handler of the bundled corpus, with invented inspections.
func TestContextEndpointsEndToEnd(t *testing.T) {
	srv, _, _ := bundledServer(t)

	var cov coverage.CouncilCoverage
	getJSON(t, srv, "/api/councils/kent/coverage", 200, &cov)
	if cov.Slug != "kent" || cov.Totals.Indexed != 1 || len(cov.Years) != 1 || cov.Years[0].Thin == "" {
		t.Errorf("kent coverage: %+v", cov)
	}
	getJSON(t, srv, "/api/councils/nowhere/coverage", 404, nil)

	var insp struct {
		Sourced []struct {
			Kind, Judgement, Source string
		} `json:"sourced"`
		FromMinutes []struct {
			ItemID, URL, Source, Judgement, When string
		} `json:"from_minutes"`
	}
	getJSON(t, srv, "/api/councils/luton/inspections", 200, &insp)
	if len(insp.Sourced) != 2 || insp.Sourced[0].Source == "" {
		t.Errorf("luton sourced: %+v", insp.Sourced)
	}
	found := false
	for _, c := range insp.FromMinutes {
		if c.Source != "from minutes" || !strings.HasPrefix(c.URL, "/items/luton--") {
			t.Errorf("candidate %+v", c)
		}
		found = found || (c.Judgement == "inadequate" && c.When == "2020-01")
	}
	if !found {
		t.Errorf("the minutes' January 2020 inadequate inspection was not mined: %+v", insp.FromMinutes)
	}

	var res search.Result
	getJSON(t, srv, "/api/search?q=ofsted&after=inspection&judgement=inadequate&within=24m", 200, &res)
	for _, h := range res.Hits {
		if h.Council != "luton" && h.Council != "kent" {
			t.Errorf("hit of %s, which has no inspection", h.Council)
		}
	}
	if res.Total == 0 || len(res.Notes) != 1 {
		t.Errorf("after inadequate: total %d, notes %q", res.Total, res.Notes)
	}
	getJSON(t, srv, "/api/search?q=ofsted&after=inspection&judgement=outstanding", 200, &res)
	if res.Total != 0 || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "no recorded inspection matches") {
		t.Errorf("after outstanding: total %d, notes %q", res.Total, res.Notes)
	}
	for _, bad := range []string{"judgement=great&after=inspection", "within=-1m&after=inspection", "before=today", "judgement=good"} {
		getJSON(t, srv, "/api/search?q=ofsted&"+bad, 400, nil)
	}

	var cmp search.CompareResult
	getJSON(t, srv, "/api/compare?q=ofsted&per=months_since_inspection", 200, &cmp)
	rows := map[string]search.CompareRow{}
	for _, r := range cmp.Rows {
		rows[r.Key] = r
	}
	if len(rows) != 2 || rows["kent"].Anchor == nil || rows["luton"].Anchor == nil || len(cmp.Unaligned) != 3 {
		t.Fatalf("aligned rows %v, unaligned %d", cmp.Rows, len(cmp.Unaligned))
	}
	thin := 0
	for _, r := range cmp.Rows {
		for _, c := range r.Cells {
			if c.Thin {
				thin++
			}
		}
	}
	if thin == 0 {
		t.Error("no cell thin, though each council has one meeting")
	}
}

// TestContextConcurrent asks for coverage from several requests at once,
// sharing the provider's cache (run with -race).
func TestContextConcurrent(t *testing.T) {
	srv, _, _ := bundledServer(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			path := []string{"/api/compare?q=ofsted", "/api/councils/kent/coverage", "/councils/luton", "/api/compare?q=ofsted&per=months_since_inspection"}[i%4]
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				errs <- err
				return
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("%s: status %d", path, resp.StatusCode)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
