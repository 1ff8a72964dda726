package inspections

import (
	"reflect"
	"strings"
	"testing"
)

// testRegister is a few authorities written as a source might give them.
const testRegister = `urn,la_code,la_code_new,local_authority_ons_name,also_known_as,region_name,domain,ons_la_type,pop,stat_neighbours
2532287,839,E06000058,"Bournemouth, Christchurch and Poole","[BCP, Bournemouth, Christchurch & Poole]",South West,bcpcouncil.gov.uk,Unitary Authority,114591,"801, 810"
80441,801,E06000023,"Bristol, City of",[Bristol],South West,bristol.gov.uk,Unitary Authority,162114,"839, 810"
80477,810,E06000010,"Kingston Upon Hull, City of","[Kingston Upon Hull, Hull]",Yorkshire and the Humber,hullcc.gov.uk,Unitary Authority,87933,"839; E06000023"
80560,342,E08000013,St. Helens,,North West,sthelens.gov.uk,Metropolitan District,51544,"810,801"
80465,840,E06000047,Durham,,North East,durham.gov.uk,Unitary Authority,151395,"810"
80450,201,E09000001,City of London,,London,cityoflondon.gov.uk,London Borough,1987,"801"
80487,302,E09000003,Barnet,,London,barnet.gov.uk,london borough,124296,"201"
80529,392,E08000022,North Tyneside,,North East,my.northtyneside.gov.uk,Metropolitan District,57185,"840"
80476,886,E10000016,Kent,,South East,kent.gov.uk,County,469471,"201"
135513,909,E10000006,Cumbria,,North West,cumbria.gov.uk,County,128211,
80999,999,E10000099,Nowhere,,North West,,County,100,"909"
80476,887,E10000017,Kent again,,South East,,County,10,"201"
`

var testMapping = map[string]string{"name": "local_authority_ons_name", "other_names": "also_known_as", "ons_code": "la_code_new",
	"region": "region_name", "type": "ons_la_type", "population_0_25": "pop", "neighbours": "stat_neighbours", "source": "=test"}

func loadTestRegister(t *testing.T) *Register {
	t.Helper()
	list, bad, err := ImportRegister(strings.NewReader(testRegister), testMapping)
	if err != nil {
		t.Fatal(err)
	}
	wantBad := []RowError{
		{11, "neighbours is empty: an authority has statistical neighbours (a former authority has none)"},
		{12, "neighbours not in the register: 909"}, // Cumbria was left out
		{13, "urn 80476 is also on line 10"},
	}
	if !reflect.DeepEqual(bad, wantBad) {
		t.Errorf("bad rows:\n got %q\nwant %q", bad, wantBad)
	}
	if len(list) != 9 {
		t.Fatalf("%d authorities, want 9", len(list))
	}
	return NewRegister(list)
}

func TestImportRegister(t *testing.T) {
	reg := loadTestRegister(t)
	bcp, _ := reg.Get("bournemouth-christchurch-and-poole")
	want := Authority{Slug: "bournemouth-christchurch-and-poole", Name: "Bournemouth, Christchurch and Poole",
		OtherNames: []string{"BCP", "Bournemouth, Christchurch & Poole"}, URN: "2532287", LACode: "839", ONSCode: "E06000058",
		Region: "South West", Type: "Unitary Authority", Domain: "bcpcouncil.gov.uk", Population0to25: 114591,
		Neighbours: []string{"bristol", "kingston-upon-hull"}, Source: "test"}
	if !reflect.DeepEqual(bcp, want) {
		t.Errorf("BCP:\n got %+v\nwant %+v", bcp, want)
	}
	hull, _ := reg.Get("kingston-upon-hull")
	if !reflect.DeepEqual(hull.OtherNames, []string{"Kingston Upon Hull", "Hull"}) || !reflect.DeepEqual(hull.Neighbours, []string{"bournemouth-christchurch-and-poole", "bristol"}) {
		t.Errorf("Hull: %+v", hull)
	}
	if barnet, _ := reg.Get("barnet"); barnet.Type != "London Borough" || barnet.TypeSlug() != "london-borough" {
		t.Errorf("Barnet's type %q", barnet.Type)
	}
	if a, _ := reg.Get("city-of-london"); a.Name != "City of London" {
		t.Errorf("a name of nothing but council words keeps them: %+v", a)
	}
}

func TestRegisterMatch(t *testing.T) {
	reg := loadTestRegister(t)
	tests := map[string]string{
		"bournemouth, christchurch & poole":           "bournemouth-christchurch-and-poole",
		"Bournemouth, Christchurch and Poole Council": "bournemouth-christchurch-and-poole",
		"BCP":                              "bournemouth-christchurch-and-poole",
		"bristol":                          "bristol",
		"Bristol City Council":             "bristol",
		"City of Bristol":                  "bristol",
		"kingston upon hull":               "kingston-upon-hull",
		"Hull":                             "kingston-upon-hull",
		"Hull City Council":                "kingston-upon-hull",
		"st helens":                        "st-helens",
		"St Helens Borough Council":        "st-helens",
		"County Durham":                    "durham",
		"Durham County Council":            "durham",
		"london corporation":               "city-of-london",
		"City of London Corporation":       "city-of-london",
		"London Borough of Barnet":         "barnet",
		"Kent County Council":              "kent",
		"E10000016":                        "kent",
		"886":                              "kent",
		"80476":                            "kent",
		"kent":                             "kent",
		"North Tyneside Council":           "north-tyneside",
		"Tyneside":                         "",
		"Poole":                            "",
		"Limerick City and County Council": "",
		"":                                 "",
	}
	for name, want := range tests {
		a, ok := reg.Match(name)
		if a.Slug != want || ok != (want != "") {
			t.Errorf("Match(%q) = %q, %v; want %q", name, a.Slug, ok, want)
		}
	}
}

func TestRegisterByHost(t *testing.T) {
	reg := loadTestRegister(t)
	tests := map[string]string{
		"democracy.kent.gov.uk":          "kent",
		"kent.gov.uk":                    "kent",
		"www.kent.gov.uk:443":            "kent",
		"democracy.northtyneside.gov.uk": "north-tyneside",
		"modgov.barnet.gov.uk":           "barnet",
		"centralbeds.moderngov.co.uk":    "",
		"gov.uk":                         "",
		"kent.example.org":               "",
	}
	for host, want := range tests {
		if a, _ := reg.ByHost(host); a.Slug != want {
			t.Errorf("ByHost(%q) = %q, want %q", host, a.Slug, want)
		}
	}
}

func TestAuthoritySite(t *testing.T) {
	for domain, want := range map[string]string{
		"kent.gov.uk": "kent.gov.uk", "my.northtyneside.gov.uk": "northtyneside.gov.uk",
		"www.togetherforchildren.org.uk": "togetherforchildren.org.uk", "": "",
	} {
		if got := (Authority{Domain: domain}).Site(); got != want {
			t.Errorf("Site of %q = %q, want %q", domain, got, want)
		}
	}
}

func TestRegisterAdopt(t *testing.T) {
	reg := loadTestRegister(t).Adopt([]Named{
		{Slug: "kent", Name: "Kent County Council"},                                  // the same slug
		{Slug: "hull-cc", Name: "Hull City Council"},                                 // by name
		{Slug: "lbb", Name: "LB Barnet", Host: "democracy.barnet.gov.uk"},            // by web site
		{Slug: "limerick", Name: "Limerick City and County Council", Host: "lcc.ie"}, // none
	})
	if a, ok := reg.Get("hull-cc"); !ok || a.Name != "Kingston Upon Hull, City of" {
		t.Errorf("Hull not adopted: %+v", a)
	}
	if a, ok := reg.Get("kingston-upon-hull"); !ok || a.Slug != "hull-cc" {
		t.Errorf("the register's own slug is lost: %+v", a)
	}
	if a, ok := reg.Match("barnet"); !ok || a.Slug != "lbb" {
		t.Errorf("Barnet not adopted by its web site: %+v", a)
	}
	bcp, _ := reg.Get("bournemouth-christchurch-and-poole")
	if !reflect.DeepEqual(bcp.Neighbours, []string{"bristol", "hull-cc"}) {
		t.Errorf("neighbours not renamed: %v", bcp.Neighbours)
	}
	if _, ok := reg.Get("limerick"); ok || reg.Len() != 9 {
		t.Errorf("a council outside the register was added (%d authorities)", reg.Len())
	}
}

func TestRegisterFileRoundTrip(t *testing.T) {
	reg := loadTestRegister(t)
	path := t.TempDir() + "/authorities.csv"
	if err := SaveRegister(path, reg.All()); err != nil {
		t.Fatal(err)
	}
	again, err := LoadRegister(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range reg.All() {
		if b, _ := again.Get(a.Slug); !reflect.DeepEqual(a, b) {
			t.Errorf("after a round trip:\n got %+v\nwant %+v", b, a)
		}
	}
	if missing, err := LoadRegister(t.TempDir() + "/none.csv"); missing != nil || err != nil || missing.Len() != 0 {
		t.Errorf("a missing register: %v, %v", missing, err)
	}
}

func TestNameKeysOfTheRegisterAreDistinct(t *testing.T) {
	reg := loadTestRegister(t)
	for k, found := range reg.byName {
		if len(found) > 1 {
			t.Errorf("name key %q fits %d authorities", k, len(found))
		}
	}
}

func FuzzImportRegister(f *testing.F) {
	f.Add(testRegister)
	f.Add("name,la_code,ons_code,region,type,population_0_25,neighbours,source\nA,1,E00000001,R,County,5,\"2;B\"\nB,2,E00000002,R,County,7,1\n")
	f.Fuzz(func(t *testing.T, data string) {
		list, _, err := ImportRegister(strings.NewReader(data), nil)
		if err != nil {
			return
		}
		reg := NewRegister(list)
		for _, a := range list {
			if a.Slug == "" || a.Name == "" || a.Source == "" || len(a.Neighbours) == 0 || a.Population0to25 <= 0 {
				t.Fatalf("accepted an incomplete authority %+v", a)
			}
			for _, n := range a.Neighbours {
				if _, ok := reg.Get(n); !ok || n == a.Slug {
					t.Fatalf("%s has neighbour %q, not another authority of the file", a.Slug, n)
				}
			}
		}
	})
}
