package moderngov

import (
	"context"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// TestFetchOneRecordsItsSource: a one-council fetch records the site the
// operator gave, and what it fetched, in sources.json; a later fetch
// naming only the council takes the site from there.
func TestFetchOneRecordsItsSource(t *testing.T) {
	im := moderngovtest.Start(t, northEast()...)
	dir := testCorpus(t, northEast())
	opts := manyOpts(im, dir)
	opts.Site = "https://democracy.northshire.gov.uk"
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if sum.CouncilSlug != "northshire" || len(sum.Stored) != 5 {
		t.Fatalf("Fetch: %s", sum)
	}
	src, err := corpus.LoadSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := src.Councils["northshire"]
	if s.Site != opts.Site || s.FoundBy != corpus.FoundByOperator || s.LastFetched == "" || s.Stored != 5 ||
		s.WithoutMinutes != 1 || s.Requests != sum.Requests || s.LastError != "" || s.Run != "" {
		t.Errorf("sources.json on northshire: %+v", s)
	}

	opts.Site, opts.Council = "", "Northshire"
	sum, err = Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch --council alone: %v", err)
	}
	if sum.Site != "https://democracy.northshire.gov.uk" || len(sum.Skipped) != 5 || len(sum.Stored) != 0 {
		t.Errorf("Fetch --council alone: %s from %s, want the 5 meetings unchanged from the recorded site", sum, sum.Site)
	}
}
