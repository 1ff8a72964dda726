package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/web"
)

// TestCorpusWithoutRecordFiles serves a corpus laid out as the README
// says, a council's folder and a manifest and nothing else (no
// authorities.csv, no inspections.csv, no councils.json): Kent's minutes
// still get the register's entry, the built-in inspections, Ofsted's
// context on the council page and the inspection-relative search.
func TestCorpusWithoutRecordFiles(t *testing.T) {
	dir := t.TempDir()
	rel := "kent/corporate-parenting-panel/2013-12-13.pdf"
	copyFile(t, filepath.Join(bundledCorpus, rel), filepath.Join(dir, rel))
	man, err := corpus.LoadManifest(bundledCorpus)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := man.Lookup(rel)
	if !ok {
		t.Fatalf("the bundled manifest has no %s", rel)
	}
	b, err := json.Marshal(corpus.Manifest{Files: []corpus.Entry{e}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, corpus.ManifestFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := corpusServer(t, dir)

	var want int
	for _, in := range inspections.BuiltinInspections() {
		if in.Council == "kent" {
			want++
		}
	}
	var cs []web.CouncilJSON
	getJSON(t, srv, "/api/councils", http.StatusOK, &cs)
	var kent *web.CouncilJSON
	for i := range cs {
		if cs[i].Slug == "kent" {
			kent = &cs[i]
		}
	}
	if kent == nil || kent.Meetings != 1 || kent.Register == nil || kent.Register.ONSCode != "E10000016" ||
		kent.Inspections != want || want == 0 {
		t.Fatalf("kent: %+v, want its register entry and %d inspections", kent, want)
	}
	var insp struct {
		Sourced []inspections.Inspection `json:"sourced"`
	}
	getJSON(t, srv, "/api/councils/kent/inspections", http.StatusOK, &insp)
	if len(insp.Sourced) != want || !strings.Contains(insp.Sourced[0].Source, "JT-39/ofsted-ilacs-scrape-tool") {
		t.Errorf("sourced: %+v, want Kent's %d built-in inspections with their source", insp.Sourced, want)
	}
	if page := body(t, srv, "/councils/kent"); !strings.Contains(page, "Ofsted") {
		t.Error("Kent's page offers no Ofsted context")
	}
	// The minutes of 13 December 2013 are within 12 months of the report
	// Ofsted published on 23 August 2013.
	var res web.SearchAnswer
	getJSON(t, srv, "/api/search?q=children&council=kent&after=inspection&within=12m", http.StatusOK, &res)
	if res.Total == 0 {
		t.Error("after=inspection found nothing in Kent's minutes")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
