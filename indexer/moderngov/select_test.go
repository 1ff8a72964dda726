package moderngov

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
)

func TestSelectCouncils(t *testing.T) {
	dir := testCorpus(t, northEast())
	sources := `{"councils": {"hamlet": {"name": "Hamlet Parish", "site": "https://democracy.hamlet.org.uk"},
		"lost": {"name": "Lost Council", "last_error": "no ModernGov site found"}}}`
	if err := os.WriteFile(filepath.Join(dir, corpus.SourcesFile), []byte(sources), 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err := openShared(Options{Corpus: dir}, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer sh.close()
	tests := []struct {
		name string
		opts Options
		want string // slugs, or the error
	}{
		{"by slug and name", Options{Councils: []string{"eastham", "Riverside", "Midtown Council"}}, "eastham midtown riverside"},
		{"a region by name", Options{Regions: []string{"London"}}, "riverside"},
		{"a region by slug, and a council", Options{Regions: []string{"north-east"}, Councils: []string{"riverside"}},
			"eastham midtown northshire riverside southby westford"},
		{"a council of sources.json only", Options{Councils: []string{"hamlet"}}, "hamlet"},
		{"all", Options{All: true}, "eastham hamlet midtown northshire riverside southby westford"},
		{"unknown council", Options{Councils: []string{"atlantis"}}, `--councils "atlantis": not a council of the register`},
		{"unknown region", Options{Regions: []string{"Wessex"}}, `--region "Wessex": no council of the register is in it; the regions are london, north-east`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := selectCouncils(tt.opts, sh.reg, sh.councils, sh.sources)
			var got []string
			for _, c := range ts {
				got = append(got, c.slug)
			}
			gotText := strings.Join(got, " ")
			if err != nil {
				gotText = err.Error()
			}
			if !strings.HasPrefix(gotText, tt.want) {
				t.Errorf("got %q, want %q", gotText, tt.want)
			}
		})
	}
	if _, err := selectCouncils(Options{Regions: []string{"london"}}, nil, nil, sh.sources); err == nil ||
		!strings.Contains(err.Error(), "the corpus has no register of authorities") {
		t.Errorf("a region without a register: %v", err)
	}
	ts, _ := selectCouncils(Options{Councils: []string{"southby"}}, sh.reg, sh.councils, sh.sources)
	if len(ts) != 1 || ts[0].domain != "southby.gov.uk" || ts[0].name != "Southby" {
		t.Errorf("southby: %+v, want its name and domain from the register", ts)
	}
}

// TestSiteOf: the operator's word first (sources.json's own sites, then
// councils.json), then a site discovered before.
func TestSiteOf(t *testing.T) {
	dir := testCorpus(t, northEast())
	sources := `{"councils": {
		"midtown": {"site": "https://democracy.midtown.gov.uk", "found_by": "register-domain"},
		"eastham": {"site": "https://modgov.eastham.gov.uk"},
		"southby": {"site": "https://moderngov.southby.gov.uk", "found_by": "register-domain"}}}`
	if err := os.WriteFile(filepath.Join(dir, corpus.SourcesFile), []byte(sources), 0o644); err != nil {
		t.Fatal(err)
	}
	sh, err := openShared(Options{Corpus: dir}, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer sh.close()
	for slug, want := range map[string]string{
		"midtown":    "https://committees.midtown.gov.uk " + corpus.FoundByCouncils,
		"eastham":    "https://modgov.eastham.gov.uk " + corpus.FoundByOperator,
		"southby":    "https://moderngov.southby.gov.uk " + corpus.FoundByDomain,
		"northshire": " ",
	} {
		site, by := sh.siteOf(slug)
		if got := site + " " + by; got != want {
			t.Errorf("siteOf(%s) = %q, want %q", slug, got, want)
		}
	}
}
