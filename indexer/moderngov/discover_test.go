package moderngov

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/moderngov/moderngovtest"
)

func TestCandidateSites(t *testing.T) {
	got := strings.Join(candidateSites("barnet.gov.uk"), " ")
	want := "https://democracy.barnet.gov.uk https://moderngov.barnet.gov.uk https://committees.barnet.gov.uk " +
		"https://democratic.barnet.gov.uk https://www.barnet.gov.uk/moderngov https://barnet.gov.uk/moderngov"
	if got != want {
		t.Errorf("candidates:\n%s\nwant\n%s", got, want)
	}
}

// TestDiscover runs discovery against imitated councils and checks what
// it finds, and why it finds nothing where there is nothing.
func TestDiscover(t *testing.T) {
	councils := []moderngovtest.Council{
		{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk"},
		// The web service refuses, so the pages must show it is ModernGov;
		// democracy. is the main site, answering everything with a page.
		{Name: "Southby", Domain: "southby.gov.uk", Site: "moderngov.southby.gov.uk", ServiceOff: true,
			MainSites: []string{"democracy.southby.gov.uk"}},
		// committees. redirects to democratic., another of its own hosts:
		// the site is where the answer came from.
		{Name: "Redby", Domain: "redby.gov.uk", Site: "democratic.redby.gov.uk",
			Redirects: map[string]string{"committees.redby.gov.uk": "https://democratic.redby.gov.uk"}},
		// Its only candidate redirects to a host outside its domain.
		{Name: "Hostby", Domain: "hostby.gov.uk", Site: "hostby.moderngov.co.uk",
			Redirects: map[string]string{"democracy.hostby.gov.uk": "https://hostby.moderngov.co.uk"}},
		{Name: "Westford", Domain: "westford.gov.uk", MainSites: []string{"www.westford.gov.uk", "westford.gov.uk"}},
	}
	im := moderngovtest.Start(t, councils...)
	sh, err := openShared(Options{Corpus: t.TempDir()}, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer sh.close()
	opts := manyOpts(im, "")
	if err := opts.check(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		domain, site string
		why          []string
	}{
		{"northshire.gov.uk", "https://democracy.northshire.gov.uk", nil},
		{"southby.gov.uk", "https://moderngov.southby.gov.uk", nil},
		{"redby.gov.uk", "https://democratic.redby.gov.uk", nil},
		{"hostby.gov.uk", "", []string{"democracy.hostby.gov.uk: redirect to https://hostby.moderngov.co.uk/", "not the council's site"}},
		{"westford.gov.uk", "", []string{
			"democracy.westford.gov.uk: no such host",
			"www.westford.gov.uk/moderngov: its web service answers with a page; mgListCommittees.aspx lists no committees",
			"westford.gov.uk/moderngov: its web service answers with a page",
		}},
		{"nowhere.gov.uk", "", []string{"democracy.nowhere.gov.uk: no such host", "nowhere.gov.uk/moderngov: no such host"}},
	}
	for _, tt := range tests {
		t.Run(tt.domain, func(t *testing.T) {
			site, err := discover(context.Background(), tt.domain, opts, sh)
			if site != tt.site {
				t.Errorf("found %q, want %q (err %v)", site, tt.site, err)
			}
			if tt.why != nil && !errors.Is(err, ErrNoSite) {
				t.Errorf("err = %v, want ErrNoSite", err)
			}
			for _, w := range tt.why {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("err = %v\nwant it to say %q", err, w)
				}
			}
		})
	}
	if n, _ := im.Count("hostby.moderngov.co.uk"); n != 0 {
		t.Errorf("the host outside the council's domain was asked %d times", n)
	}
}

// TestDiscoverNeverUnlocksPrivateAddresses: without the operator naming
// the loopback address, candidate hosts whose names resolve to it are
// refused: nothing reaches the imitation and nothing is found.
func TestDiscoverNeverUnlocksPrivateAddresses(t *testing.T) {
	im := moderngovtest.Start(t, moderngovtest.Council{Name: "Northshire", Domain: "northshire.gov.uk", Site: "democracy.northshire.gov.uk"})
	sh, err := openShared(Options{Corpus: t.TempDir()}, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer sh.close()
	opts := manyOpts(im, "")
	opts.AllowHosts = []string{"democracy.northshire.gov.uk"} // a name never unlocks an address
	opts.check()
	site, err := discover(context.Background(), "northshire.gov.uk", opts, sh)
	if site != "" || !errors.Is(err, ErrNoSite) || !strings.Contains(err.Error(), "not a public address") {
		t.Errorf("found %q, err %v; want nothing, the address refused", site, err)
	}
	if n := im.Requests(); n != 0 {
		t.Errorf("%d requests reached a loopback address the operator did not name", n)
	}
}
