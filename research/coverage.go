package research

import (
	"context"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/search/schema"
)

// Coverage builds coverage.Input from the index (one council's meetings,
// or all with council ""), the last run's failures and the manifest's
// listings, and computes it.
func Coverage(ctx context.Context, ix *search.Index, indexDir, corpusDir, council string) ([]coverage.CouncilCoverage, error) {
	meetings, err := ix.Meetings(ctx, council)
	if err != nil {
		return nil, err
	}
	side, err := loadBeside(indexDir, corpusDir)
	if err != nil {
		return nil, err
	}
	var in coverage.Input
	for _, m := range meetings {
		in.Meetings = append(in.Meetings, meetingInfo(m))
	}
	for slug, fs := range side.failures {
		if council == "" || slug == council {
			in.Failures = append(in.Failures, fs...)
		}
	}
	for slug, ks := range side.known {
		if council == "" || slug == council {
			in.Known = append(in.Known, ks...)
		}
	}
	return coverage.Compute(in), nil
}

// meetingInfo is what coverage reads of a meeting.
func meetingInfo(m schema.Meeting) coverage.MeetingInfo {
	return coverage.FromMeeting(m, coverage.ReadByOCR(m))
}

// beside is what coverage reads besides the index, by council: the files
// the last indexing run could not read, and the meetings the manifest's
// fetched listings name, with those they say were not held.
type beside struct {
	failures map[string][]coverage.Failure
	known    map[string][]coverage.KnownMeeting
}

func loadBeside(indexDir, corpusDir string) (beside, error) {
	b := beside{failures: map[string][]coverage.Failure{}, known: map[string][]coverage.KnownMeeting{}}
	last, err := indexer.LoadLastRun(indexDir)
	if err != nil {
		return b, err
	}
	if last != nil {
		for _, f := range last.Failures {
			fl := coverage.FailureOf(f.File, f.Reason)
			b.failures[fl.CouncilSlug] = append(b.failures[fl.CouncilSlug], fl)
		}
	}
	if corpusDir == "" { // no corpus known: no listings, and never the current folder's files
		return b, nil
	}
	manifest, err := corpus.LoadManifest(corpusDir)
	if err != nil {
		return b, err
	}
	councils, err := corpus.LoadCouncils(corpusDir)
	if err != nil {
		return b, err
	}
	councilSlug := func(name string) string {
		_, slug := councils.Normalise(name)
		return slug
	}
	held := map[string]bool{} // council|committee|meeting id of meetings with minutes stored
	for _, k := range coverage.KnownFromListings(listings(manifest), councilSlug) {
		b.known[k.CouncilSlug] = append(b.known[k.CouncilSlug], k)
		held[k.CouncilSlug+"|"+k.CommitteeSlug+"|"+k.MeetingID] = true
	}
	for _, n := range manifest.NotHeld {
		k := coverage.KnownMeeting{CouncilSlug: councilSlug(n.Council), CommitteeSlug: schema.Slug(n.Committee),
			MeetingID: n.MeetingID, Date: n.Date, NotHeld: n.Reason}
		if !held[k.CouncilSlug+"|"+k.CommitteeSlug+"|"+k.MeetingID] { // minutes stored since: it was held after all
			b.known[k.CouncilSlug] = append(b.known[k.CouncilSlug], k)
		}
	}
	return b, nil
}

// listings converts the manifest's entries for coverage.
func listings(m *corpus.Manifest) []coverage.Listing {
	out := make([]coverage.Listing, 0, len(m.Files))
	for _, e := range m.Files {
		out = append(out, coverage.Listing{Path: e.Path, Council: e.Council, Committee: e.Committee, Date: e.Date, MeetingID: e.MeetingID})
	}
	return out
}
