package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/search/inspect"
	"github.com/councilminutes/minutes/search/schema"
	"github.com/councilminutes/minutes/web"
)

// researchContext gives the web layer coverage and inspections: it reads
// the index, the last run's summary beside it and the corpus's manifest,
// councils list and inspections file. It implements web.ContextProvider.
type researchContext struct {
	ix          *search.Index
	indexDir    string
	corpusDir   string
	inspections []inspect.Inspection

	mu    sync.Mutex
	cache map[string]cachedCoverage // by council slug
}

var _ web.ContextProvider = (*researchContext)(nil)

// cachedCoverage is a council's coverage with the state it was computed
// from; it is recomputed when the council's summary changes.
type cachedCoverage struct {
	stamp string
	cov   *coverage.CouncilCoverage
}

func newResearchContext(ix *search.Index, indexDir, corpusDir string, insps []inspect.Inspection) *researchContext {
	return &researchContext{ix: ix, indexDir: indexDir, corpusDir: corpusDir, inspections: insps, cache: map[string]cachedCoverage{}}
}

// Coverage computes a council's coverage, reusing the last answer while
// the council's meetings and the last run are unchanged.
func (rc *researchContext) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	c, err := rc.ix.Council(ctx, council)
	if err != nil {
		return nil, err
	}
	stamp := fmt.Sprintf("%d|%d|%s|%s|%s", c.Meetings, c.Items, c.FirstDate, c.LastDate, fileStamp(indexer.LastRunFile(rc.indexDir)))
	rc.mu.Lock()
	hit, ok := rc.cache[council]
	rc.mu.Unlock()
	if ok && hit.stamp == stamp {
		return hit.cov, nil
	}
	covs, err := computeCoverage(ctx, rc.ix, rc.indexDir, rc.corpusDir, council)
	if err != nil {
		return nil, err
	}
	cov := &coverage.CouncilCoverage{Slug: council, Name: c.Name}
	for i := range covs {
		if covs[i].Slug == council {
			cov = &covs[i]
		}
	}
	cov.Name = c.Name
	rc.mu.Lock()
	rc.cache[council] = cachedCoverage{stamp: stamp, cov: cov}
	rc.mu.Unlock()
	return cov, nil
}

// Inspections returns a council's sourced inspections and the candidates
// mined from its indexed minutes, each with its item's URL.
func (rc *researchContext) Inspections(ctx context.Context, council string) ([]inspect.Inspection, []inspect.Candidate, error) {
	if _, err := rc.ix.Council(ctx, council); err != nil {
		return nil, nil, err
	}
	sourced := inspect.Filter(rc.inspections, council, "", "")
	meetings, err := rc.ix.Meetings(ctx, council)
	if err != nil {
		return nil, nil, err
	}
	var mined []inspect.Candidate
	for _, m := range meetings {
		for _, c := range inspections.Mine(m) {
			c.URL = "/items/" + c.ItemID
			mined = append(mined, c)
		}
	}
	return sourced, mined, nil
}

// computeCoverage builds coverage.Input from the index (one council's
// meetings, or all with council ""), the last run's failures and the
// manifest's listings, and computes it.
func computeCoverage(ctx context.Context, ix *search.Index, indexDir, corpusDir, council string) ([]coverage.CouncilCoverage, error) {
	meetings, err := ix.Meetings(ctx, council)
	if err != nil {
		return nil, err
	}
	var in coverage.Input
	for _, m := range meetings {
		in.Meetings = append(in.Meetings, coverage.FromMeeting(m, readByOCR(m)))
	}
	last, err := indexer.LoadLastRun(indexDir)
	if err != nil {
		return nil, err
	}
	if last != nil {
		for _, f := range last.Failures {
			if fl := coverage.FailureOf(f.File, f.Reason); council == "" || fl.CouncilSlug == council {
				in.Failures = append(in.Failures, fl)
			}
		}
	}
	manifest, err := corpus.LoadManifest(corpusDir)
	if err != nil {
		return nil, err
	}
	councils, err := corpus.LoadCouncils(corpusDir)
	if err != nil {
		return nil, err
	}
	for _, k := range coverage.KnownFromListings(listings(manifest), func(name string) string {
		_, slug := councils.Normalise(name)
		return slug
	}) {
		if council == "" || k.CouncilSlug == council {
			in.Known = append(in.Known, k)
		}
	}
	return coverage.Compute(in), nil
}

// readByOCR reports whether a meeting's text came from OCR, which the
// meeting records only as the warning indexer/pdftext adds ("no text
// layer; text read by OCR (tesseract), ...").
func readByOCR(m schema.Meeting) bool {
	for _, w := range m.Warnings {
		if strings.Contains(strings.ToLower(w), "read by ocr") {
			return true
		}
	}
	return false
}

// listings converts the manifest's entries for coverage.
func listings(m *corpus.Manifest) []coverage.Listing {
	out := make([]coverage.Listing, 0, len(m.Files))
	for _, e := range m.Files {
		out = append(out, coverage.Listing{Path: e.Path, Council: e.Council, Committee: e.Committee, Date: e.Date, MeetingID: e.MeetingID})
	}
	return out
}

// loadInspections reads the sourced inspections of a corpus
// (inspections.csv); a missing file holds none, a bad row is an error
// naming the file and line.
func loadInspections(corpusDir string) ([]inspect.Inspection, error) {
	return inspections.Load(filepath.Join(corpusDir, corpus.InspectionsFile))
}

// contextSearchOptions are searchOptions plus the corpus's inspections,
// for the commands that search relative to them.
func contextSearchOptions(corpusDir string) (search.Options, error) {
	opts := searchOptions(corpusDir)
	insps, err := loadInspections(corpusDir)
	if err != nil {
		return opts, err
	}
	opts.Inspections = insps
	return opts, nil
}

// fileStamp is a file's size and modification time, or "" when it is missing.
func fileStamp(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d@%d", info.Size(), info.ModTime().UnixNano())
}
