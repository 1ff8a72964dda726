package moderngov

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

// northEast imitates the councils of an invented register: four in the
// North East, each found in its own way, and one in London.
//
//   - northshire: democracy.<domain>, with the web service;
//   - southby: moderngov.<domain>, HTML pages only (the web service
//     refuses), behind a democracy. host that is the main site answering
//     everything with a page;
//   - eastham: a /moderngov path of www.<domain>, one meeting always 500;
//   - westford: no ModernGov site, a main site that answers everything;
//   - midtown: committees.<domain>, named in councils.json;
//   - riverside (London): democracy.<domain>, never to be asked.
func northEast() []moderngovtest.Council {
	return []moderngovtest.Council{
		{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk"},
		{Name: "Southby", Domain: "southby.gov.uk", Site: "moderngov.southby.gov.uk", ServiceOff: true,
			MainSites: []string{"democracy.southby.gov.uk", "www.southby.gov.uk"}},
		{Name: "Eastham", Domain: "eastham.gov.uk", Site: "www.eastham.gov.uk/moderngov", Broken: true},
		{Name: "Westford", Domain: "westford.gov.uk", MainSites: []string{"www.westford.gov.uk"}},
		{Name: "Midtown", Domain: "midtown.gov.uk", Site: "committees.midtown.gov.uk"},
		{Name: "Riverside", Domain: "riverside.gov.uk", Site: "democracy.riverside.gov.uk", Region: "London"},
	}
}

// testCorpus writes a corpus whose register holds the councils and whose
// councils.json names Midtown's site. It returns the folder.
func testCorpus(t *testing.T, councils []moderngovtest.Council) string {
	t.Helper()
	dir := t.TempDir()
	if err := moderngovtest.WriteRegister(filepath.Join(dir, corpus.AuthoritiesFile), councils...); err != nil {
		t.Fatal(err)
	}
	councilsJSON := `[{"slug": "midtown", "name": "Midtown Council", "aliases": ["Midtown"], "moderngov_url": "https://committees.midtown.gov.uk"}]`
	if err := os.WriteFile(filepath.Join(dir, corpus.CouncilsFile), []byte(councilsJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// manyOpts are the options of a quiet many-council fetch from the
// imitation: its names, routes and certificate, and its loopback address
// allowed as an operator would allow a local mirror's.
func manyOpts(im *moderngovtest.Imitation, dir string) Options {
	return Options{
		Corpus: dir, Committees: []string{"corporate parenting"}, From: "2023", To: "2023-12",
		Retries: 1, Parallel: 3, AllowHosts: []string{"127.0.0.1"},
		Resolver: im, Route: im.Route, TLSConfig: im.TLSConfig(),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}
