package research

import (
	"context"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// Coverage builds coverage.Input from the index (one council's meetings,
// or all with council ""), the last run's failures and the manifest's
// listings, and computes it.
func Coverage(ctx context.Context, ix *search.Index, indexDir, corpusDir, council string) ([]coverage.CouncilCoverage, error) {
	meetings, err := ix.Meetings(ctx, council)
	if err != nil {
		return nil, err
	}
	var in coverage.Input
	for _, m := range meetings {
		in.Meetings = append(in.Meetings, coverage.FromMeeting(m, coverage.ReadByOCR(m)))
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

// listings converts the manifest's entries for coverage.
func listings(m *corpus.Manifest) []coverage.Listing {
	out := make([]coverage.Listing, 0, len(m.Files))
	for _, e := range m.Files {
		out = append(out, coverage.Listing{Path: e.Path, Council: e.Council, Committee: e.Committee, Date: e.Date, MeetingID: e.MeetingID})
	}
	return out
}
