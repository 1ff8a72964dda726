package moderngov

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
)

func TestFlags(t *testing.T) {
	var o Options
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	o.Flags(fs)
	if err := fs.Parse([]string{"--site", "https://x.gov.uk", "--committee", "cabinet", "--committee", "^children", "--from", "2018", "--delay", "0s"}); err != nil {
		t.Fatal(err)
	}
	if o.Site != "https://x.gov.uk" || len(o.Committees) != 2 || o.From != "2018" || o.Delay != 0 {
		t.Errorf("parsed %+v", o)
	}
	if o.Corpus != DefaultCorpus || o.Retries != DefaultRetries {
		t.Errorf("defaults: corpus %q retries %d", o.Corpus, o.Retries)
	}
	var d Options
	d.Flags(flag.NewFlagSet("x", flag.ContinueOnError))
	if d.Delay != time.Second {
		t.Errorf("default delay %s, want 1s", d.Delay)
	}
}

func TestCommitteeMatcher(t *testing.T) {
	m := newCommitteeMatcher([]string{"corporate parenting", "^cabinet$", "children (services"})
	tests := []struct {
		title string
		want  bool
	}{
		{"Corporate Parenting Panel", true},
		{"CORPORATE PARENTING BOARD", true},
		{"Cabinet", true},
		{"Cabinet Advisory Group", false},
		{"Scrutiny: Children Services Review", false},
		{"Scrutiny: Children (services review", true}, // invalid regexp: plain substring
		{"Planning", false},
	}
	for _, tt := range tests {
		if got := m.match(tt.title); got != tt.want {
			t.Errorf("match(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestChooseCommittees(t *testing.T) {
	all := []committee{
		{ID: "1", Title: "Cabinet"},
		{ID: "2", Title: "Old Cabinet", Expired: true},
		{ID: "3", Title: "Gone Cabinet", Deleted: true},
	}
	ids := func(cs []committee) (s string) {
		for _, c := range cs {
			s += c.ID
		}
		return s
	}
	if got := ids(chooseCommittees(all, newCommitteeMatcher(nil))); got != "1" {
		t.Errorf("no patterns chose %q, want current committees only", got)
	}
	if got := ids(chooseCommittees(all, newCommitteeMatcher([]string{"cabinet"}))); got != "12" {
		t.Errorf("pattern chose %q, want current and expired, never deleted", got)
	}
}

func TestNormaliseSite(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://democracy.kent.gov.uk/", "https://democracy.kent.gov.uk"},
		{"democracy.kent.gov.uk", "https://democracy.kent.gov.uk"},
		{"https://x.gov.uk/moderngov/mgListCommittees.aspx?bcr=1", "https://x.gov.uk/moderngov"},
		{"http://x.gov.uk/mgWebService.asmx", "http://x.gov.uk"},
		{"ftp://x.gov.uk", ""},
		{"https://", ""},
	}
	for _, tt := range tests {
		u, err := normaliseSite(tt.in)
		got := ""
		if err == nil {
			got = u.String()
		}
		if got != tt.want {
			t.Errorf("normaliseSite(%q) = %q (%v), want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestResolveURL(t *testing.T) {
	site, _ := normaliseSite("https://x.gov.uk/moderngov")
	tests := []struct{ in, want string }{
		{"http://x.gov.uk/moderngov/documents/s1/a.pdf", "https://x.gov.uk/moderngov/documents/s1/a.pdf"},
		{"http://other.gov.uk/a.pdf", "http://other.gov.uk/a.pdf"},
		{"documents/s1/Printed minutes.pdf", "https://x.gov.uk/moderngov/documents/s1/Printed%20minutes.pdf"},
		{"/documents/s1/a.pdf", "https://x.gov.uk/documents/s1/a.pdf"},
		{"mailto:a@b", ""},
	}
	for _, tt := range tests {
		got, _ := resolveURL(site, tt.in)
		if got != tt.want {
			t.Errorf("resolveURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNotes(t *testing.T) {
	tests := []struct {
		note      string
		companion bool
		of        string
		printed   string
	}{
		{"companion of kent/cpp/2018-01-01.xml", true, "kent/cpp/2018-01-01.xml", ""},
		{"printed minutes: kent/cpp/2018-01-01.pdf", false, "", "kent/cpp/2018-01-01.pdf"},
		{"minutes attached to meeting 12 (2018-03-01)", false, "", ""},
		{"checked by hand; companion of a.xml", true, "a.xml", ""},
		{"", false, "", ""},
	}
	for _, tt := range tests {
		e := corpus.Entry{Path: "x", Note: tt.note}
		of, _ := CompanionOf(e)
		printed, _ := PrintedMinutes(e)
		if IsCompanion(e) != tt.companion || of != tt.of || printed != tt.printed {
			t.Errorf("note %q: companion %v of %q printed %q", tt.note, IsCompanion(e), of, printed)
		}
	}
}

func TestSummaryPrint(t *testing.T) {
	s := &Summary{Council: "Kent County Council", Committees: []string{"Cabinet"}, Requests: 7}
	var progress strings.Builder
	s.add(stored, Outcome{Committee: "Cabinet", MeetingID: "1", Date: "2018-01-01"}, &progress)
	s.add(failed, Outcome{Committee: "Cabinet", MeetingID: "2", Date: "2018-02-01", Reason: "malformed"}, &progress)
	var b strings.Builder
	s.Print(&b)
	want := "Kent County Council: 1 committees, 1 meetings stored, 0 unchanged, 0 without minutes, 1 failed, 7 requests\n" +
		"failed: Cabinet 2018-02-01 2: malformed\n"
	if b.String() != want {
		t.Errorf("Print =\n%s\nwant\n%s", b.String(), want)
	}
	if progress.String() != "Cabinet 2018-01-01 1: stored\nCabinet 2018-02-01 2: failed (malformed)\n" {
		t.Errorf("progress = %q", progress.String())
	}
}

func TestCouncilFromHost(t *testing.T) {
	for host, want := range map[string]string{
		"democracy.kent.gov.uk":          "kent",
		"moderngov.cheshireeast.gov.uk":  "cheshireeast",
		"centralbeds.moderngov.co.uk":    "centralbeds",
		"committees.example-borough.org": "example-borough",
		"127.0.0.1":                      "127.0.0.1",
		"localhost":                      "localhost",
	} {
		if got := councilFromHost(host); got != want {
			t.Errorf("councilFromHost(%q) = %q, want %q", host, got, want)
		}
	}
}

// TestCouncilOfHost: a site under an authority's web domain is that
// authority of the register (with the corpus's slug when the councils list
// names it); any other is named after its host.
func TestCouncilOfHost(t *testing.T) {
	reg := inspections.NewRegister([]inspections.Authority{
		{Slug: "barnet", Name: "Barnet", Domain: "barnet.gov.uk"},
		{Slug: "kingston-upon-hull", Name: "Kingston Upon Hull, City of", Domain: "hullcc.gov.uk"},
	})
	councils := corpus.Councils{{Slug: "hull", Name: "Hull City Council", Aliases: []string{"Kingston Upon Hull, City of"}}}
	tests := []struct {
		host, name, slug string
		registered       bool
	}{
		{"democracy.barnet.gov.uk", "Barnet", "barnet", true},
		{"modgov.hullcc.gov.uk", "Hull City Council", "hull", true},
		{"democracy.example.gov.uk", "example", "example", false},
	}
	for _, tt := range tests {
		name, slug, registered := councilOfHost(councils, reg, tt.host)
		if name != tt.name || slug != tt.slug || registered != tt.registered {
			t.Errorf("councilOfHost(%q) = %q, %q, %v; want %q, %q, %v", tt.host, name, slug, registered, tt.name, tt.slug, tt.registered)
		}
	}
}
