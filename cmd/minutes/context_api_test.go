package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/web"
)

// TestContextEndpointsEndToEnd checks coverage, inspections, the
// inspection-relative and cohort searches and the compare views through
// the real index and handler of the bundled corpus and its record of
// Ofsted's inspections.
func TestContextEndpointsEndToEnd(t *testing.T) {
	srv, _, _ := bundledServer(t)

	var cov coverage.CouncilCoverage
	getJSON(t, srv, "/api/councils/kent/coverage", 200, &cov)
	if cov.Slug != "kent" || cov.Totals.Indexed != 1 || len(cov.Years) != 1 || cov.Years[0].Thin == "" {
		t.Errorf("kent coverage: %+v", cov)
	}
	getJSON(t, srv, "/api/councils/nowhere/coverage", 404, nil)
	getJSON(t, srv, "/api/councils/barnet/coverage", 200, &cov) // in the register, no minutes: coverage zero
	if cov.Slug != "barnet" || cov.Totals.Indexed != 0 {
		t.Errorf("barnet coverage: %+v", cov)
	}
	page := body(t, srv, "/councils/barnet")
	for _, want := range []string{"No minutes of this council are indexed", "London Borough, London", "E09000003", "Ofsted inspections",
		"judgement not recorded", `href="https://files.ofsted.gov.uk/`, "Compare with its statistical neighbours"} {
		if !strings.Contains(page, want) {
			t.Errorf("Barnet's page lacks %q", want)
		}
	}
	if strings.Contains(page, "minutes in the 12 months after") || strings.Contains(page, "coverage-grid") {
		t.Error("Barnet's page, with no minutes, offers its minutes or a coverage grid")
	}
	page = body(t, srv, "/councils")
	if n := strings.Count(page, `<tr class="no-minutes">`); n != 148 || !strings.Contains(page, "153 children's services authorities of England, 5 of them with minutes indexed") {
		t.Errorf("/councils: %d councils without minutes", n)
	}

	var insp struct {
		Sourced []struct {
			Kind, Judgement, Source string
			ReportURL               string `json:"report_url"`
		} `json:"sourced"`
		FromMinutes []struct {
			URL, Source, Judgement, When string
			Recorded                     *struct {
				PublicationDate string `json:"publication_date"`
			}
		} `json:"from_minutes"`
	}
	getJSON(t, srv, "/api/councils/luton/inspections", 200, &insp)
	if len(insp.Sourced) != 4 || insp.Sourced[0].Source == "" || insp.Sourced[0].ReportURL == "" {
		t.Errorf("luton sourced: %+v", insp.Sourced)
	}
	found := false
	for _, c := range insp.FromMinutes {
		if c.Source != "from minutes" || !strings.HasPrefix(c.URL, "/items/luton--") {
			t.Errorf("candidate %+v", c)
		}
		// The minutes' "January 2020 Ofsted inspection" is the one the record
		// says started on 13 January 2020 and was published on 24 February.
		if c.Judgement == "inadequate" && c.When == "2020-01" {
			found = c.Recorded != nil && c.Recorded.PublicationDate == "2020-02-24"
		}
	}
	if !found {
		t.Errorf("the minutes' January 2020 inadequate inspection was not mined and matched: %+v", insp.FromMinutes)
	}

	var res web.SearchAnswer
	getJSON(t, srv, "/api/search?q=ofsted&after=inspection&judgement=inadequate&within=24m", 200, &res)
	for _, h := range res.Hits {
		if h.CouncilSlug != "luton" {
			t.Errorf("hit of %s, which has no meeting within 24 months after an inadequate judgement", h.CouncilSlug)
		}
	}
	if res.Total == 0 || len(res.Notes) != 1 {
		t.Errorf("after inadequate: total %d, notes %q", res.Total, res.Notes)
	}
	getJSON(t, srv, "/api/search?q=ofsted&after=inspection&judgement=outstanding", 200, &res)
	if res.Total != 0 || len(res.Notes) != 1 {
		t.Errorf("after outstanding: total %d, notes %q", res.Total, res.Notes)
	}
	for _, bad := range []string{"judgement=great&after=inspection", "within=-1m&after=inspection", "before=today",
		"region=narnia", "type=parish", "neighbours_of=limerick", "moved=good", "care_leavers=excellent"} {
		getJSON(t, srv, "/api/search?q=ofsted&"+bad, 400, nil)
	}

	// Filters that choose councils, each against the real record.
	for query, want := range map[string][]string{
		"region=east-of-england":                            {"central-bedfordshire", "luton"},
		"type=county":                                       {"kent"},
		"region=north-east&region=north-west":               {"cheshire-east", "middlesbrough"},
		"moved=inadequate..requires-improvement":            {"luton", "middlesbrough"},
		"moved=requires-improvement..inadequate":            {"cheshire-east"},
		"care_leavers=inadequate":                           {"cheshire-east"},
		"judgement=outstanding":                             {"kent"},
		"neighbours_of=luton":                               {"luton"},
		"help_and_protection=inadequate&in_care=inadequate": {"middlesbrough"},
	} {
		getJSON(t, srv, "/api/search?size=100&"+query, 200, &res)
		var got []string
		for _, f := range res.Facets["council"] {
			got = append(got, f.Value)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, want) || len(res.Notes) == 0 {
			t.Errorf("%s: councils %v, want %v (notes %q)", query, got, want, res.Notes)
		}
	}
	getJSON(t, srv, "/api/search", 200, &res)
	if len(res.Facets["region"]) != 4 || len(res.Facets["type"]) != 2 {
		t.Errorf("region facet %v, type facet %v", res.Facets["region"], res.Facets["type"])
	}

	var cmp web.CompareAnswer
	getJSON(t, srv, "/api/compare?q=ofsted&per=months_since_inspection", 200, &cmp)
	if len(cmp.Rows) != 5 || len(cmp.Unaligned) != 0 {
		t.Fatalf("aligned rows %v, unaligned %d", cmp.Rows, len(cmp.Unaligned))
	}
	thin := 0
	for _, r := range cmp.Rows {
		if r.Anchor == nil || r.Anchor.Kind != "full" || r.Population == 0 {
			t.Errorf("row %s: anchor %+v, population %d", r.Key, r.Anchor, r.Population)
		}
		for _, c := range r.Cells {
			if c.Thin {
				thin++
			}
		}
	}
	if thin == 0 {
		t.Error("no cell thin, though each council has one meeting")
	}

	// Cheshire East beside its ten statistical neighbours, none of which has minutes here.
	getJSON(t, srv, "/api/compare?neighbours_of=cheshire-east", 200, &cmp)
	if len(cmp.Rows) != 1 || cmp.Rows[0].Key != "cheshire-east" || cmp.Focus != "cheshire-east" || len(cmp.NoMinutes) != 10 {
		t.Errorf("neighbours of Cheshire East: rows %+v, focus %q, no minutes %d", cmp.Rows, cmp.Focus, len(cmp.NoMinutes))
	}
	row := cmp.Rows[0]
	if row.Population != 106877 || row.Cells[0].Per10k == nil || math.Abs(*row.Cells[0].Per10k-float64(row.Cells[0].Count)*10000/106877) > 1e-9 {
		t.Errorf("Cheshire East per 10,000: %+v", row)
	}
	resp, err := http.Get(srv.URL + "/api/compare?neighbours_of=cheshire-east&format=csv")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.HasPrefix(string(body), "council,council_name,period,count,items,share,thin,thin_reason,population_0_25,per_10k_0_25\n") ||
		!strings.Contains(string(body), ",106877,") {
		t.Errorf("compare CSV:\n%s", body)
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
