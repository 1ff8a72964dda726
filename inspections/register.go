package inspections

import (
	"slices"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Authority is one children's services authority of the register
// (data/authorities.csv, built in, or a corpus's authorities.csv): the
// councils Ofsted inspects.
type Authority struct {
	Slug       string   `json:"slug"` // the product's slug for the council
	Name       string   `json:"name"` // ONS name, e.g. "Bristol, City of"
	OtherNames []string `json:"other_names,omitempty"`
	URN        string   `json:"urn,omitempty"` // Ofsted's number for the authority
	LACode     string   `json:"la_code"`       // DfE number, e.g. "301"
	ONSCode    string   `json:"ons_code"`      // e.g. "E09000002"
	Region     string   `json:"region"`        // e.g. "London"
	Type       string   `json:"type"`          // one of Types
	Domain     string   `json:"domain,omitempty"`
	// Population0to25 is the ONS estimate of residents aged 0 to 25.
	Population0to25 int `json:"population_0_25"`
	// Neighbours are the slugs of its statistical neighbours (DfE), most
	// alike first.
	Neighbours []string `json:"neighbours"`
	Source     string   `json:"source"`
}

// Types are the kinds of council in the register, as ONS names them.
var Types = []string{"London Borough", "Metropolitan District", "Unitary Authority", "County"}

// RegionSlug and TypeSlug are the values of the region= and type= filters:
// "yorkshire-and-the-humber", "unitary-authority".
func (a Authority) RegionSlug() string { return schema.Slug(a.Region) }
func (a Authority) TypeSlug() string   { return schema.Slug(a.Type) }

// Register is the list of authorities with lookups by slug, code, name and
// web domain. Its methods never change it; a nil *Register is empty.
type Register struct {
	list     []Authority
	bySlug   map[string]int   // slugs, and the register's own slugs of adopted councils
	byCode   map[string]int   // URN, la_code, ONS code
	byName   map[string][]int // nameKey of every name
	byDomain map[string][]int // siteOf the domain
}

// NewRegister indexes a list of authorities.
func NewRegister(list []Authority) *Register {
	r := &Register{list: list, bySlug: map[string]int{}, byCode: map[string]int{},
		byName: map[string][]int{}, byDomain: map[string][]int{}}
	for i, a := range list {
		r.bySlug[a.Slug] = i
		for _, code := range []string{a.URN, a.LACode, a.ONSCode} {
			if code != "" {
				r.byCode[strings.ToUpper(code)] = i
			}
		}
		for _, n := range append([]string{a.Name}, a.OtherNames...) {
			if k := nameKey(n); k != "" && !slices.Contains(r.byName[k], i) {
				r.byName[k] = append(r.byName[k], i)
			}
		}
		if a.Domain != "" {
			d := siteOf(a.Domain)
			r.byDomain[d] = append(r.byDomain[d], i)
		}
	}
	return r
}

// All returns the authorities, in the register's order.
func (r *Register) All() []Authority {
	if r == nil {
		return nil
	}
	return slices.Clone(r.list)
}

// Len is the number of authorities.
func (r *Register) Len() int {
	if r == nil {
		return 0
	}
	return len(r.list)
}

// Get returns the authority with that slug.
func (r *Register) Get(slug string) (Authority, bool) {
	if r == nil {
		return Authority{}, false
	}
	i, ok := r.bySlug[slug]
	if !ok {
		return Authority{}, false
	}
	return r.list[i], true
}

// Match finds the authority a name refers to: its slug, its URN, DfE or
// ONS code, or its name or one of its other names, ignoring case,
// punctuation, "&" for "and", and the words names add or leave out
// ("Bristol, City of" and "Bristol City Council", "Durham" and "County
// Durham", "London Borough of Barnet" and "Barnet", "St. Helens" and "St
// Helens", "City of London" and "London Corporation"). A name that fits
// two authorities matches none.
func (r *Register) Match(name string) (Authority, bool) {
	if r == nil {
		return Authority{}, false
	}
	name = strings.TrimSpace(name)
	if i, ok := r.bySlug[name]; ok {
		return r.list[i], true
	}
	if i, ok := r.byCode[strings.ToUpper(name)]; ok {
		return r.list[i], true
	}
	if found := r.byName[nameKey(name)]; len(found) == 1 {
		return r.list[found[0]], true
	}
	return Authority{}, false
}

// ByHost finds the authority whose web domain a host belongs to:
// "democracy.kent.gov.uk" and "www.kent.gov.uk" are Kent's (kent.gov.uk).
// A domain two authorities share matches neither.
func (r *Register) ByHost(host string) (Authority, bool) {
	if r == nil || host == "" {
		return Authority{}, false
	}
	if found := r.byDomain[siteOf(host)]; len(found) == 1 {
		return r.list[found[0]], true
	}
	return Authority{}, false
}

// Site is the registered domain of the authority's web domain, under
// which its own hosts are: "northtyneside.gov.uk" for
// "my.northtyneside.gov.uk"; "" when the register gives no domain.
func (a Authority) Site() string {
	if a.Domain == "" {
		return ""
	}
	return siteOf(a.Domain)
}

// Named is a council known by other means (the corpus's councils list):
// its slug, names and the host of its web site, if known.
type Named struct {
	Slug    string
	Name    string
	Aliases []string
	Host    string
}

// Adopt returns the register with the slugs of the councils it is given:
// an authority that one of them names (by slug, name, alias or web site)
// takes that council's slug, so that the product keeps one slug for it.
// Neighbours follow, and Match and Get still know the register's own slug.
func (r *Register) Adopt(councils []Named) *Register {
	if r == nil {
		return nil
	}
	renamed := map[string]string{} // register slug -> council slug
	for _, c := range councils {
		a, ok := r.identify(c)
		if ok && a.Slug != c.Slug {
			renamed[a.Slug] = c.Slug
		}
	}
	if len(renamed) == 0 {
		return r
	}
	list := make([]Authority, len(r.list))
	for i, a := range r.list {
		if s, ok := renamed[a.Slug]; ok {
			a.Slug = s
		}
		a.Neighbours = slices.Clone(a.Neighbours)
		for j, n := range a.Neighbours {
			if s, ok := renamed[n]; ok {
				a.Neighbours[j] = s
			}
		}
		list[i] = a
	}
	out := NewRegister(list)
	for old := range renamed {
		out.bySlug[old] = r.bySlug[old]
	}
	return out
}

// identify finds the authority a council of the corpus is: by slug first,
// then by its names, then by its web site.
func (r *Register) identify(c Named) (Authority, bool) {
	if a, ok := r.Get(c.Slug); ok {
		return a, true
	}
	for _, n := range append([]string{c.Name}, c.Aliases...) {
		if a, ok := r.Match(n); ok {
			return a, true
		}
	}
	return r.ByHost(c.Host)
}
