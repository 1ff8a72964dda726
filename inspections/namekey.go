package inspections

import (
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// nameKey reduces a council's name to the words that tell it apart: lower
// case, punctuation and "&"/"and" gone, and without the words names add or
// leave out. "Bournemouth, Christchurch & Poole" and "Bournemouth,
// Christchurch and Poole Council" are both "bournemouth christchurch
// poole"; "City of London" and "London Corporation" are both "london";
// "London Borough of Barnet" is "barnet".
func nameKey(name string) string {
	slug := schema.Slug(name)
	for _, prefix := range []string{"london-borough-of-", "royal-borough-of-"} {
		slug = strings.TrimPrefix(slug, prefix)
	}
	var keep []string
	for _, w := range strings.Split(slug, "-") {
		switch w {
		case "", "and", "council", "county", "borough", "city", "metropolitan", "district",
			"of", "the", "royal", "corporation":
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return strings.ReplaceAll(slug, "-", " ")
	}
	return strings.Join(keep, " ")
}

// secondLevel are the labels under a country code that registries sell
// names beneath: example.gov.uk, not gov.uk, is a site.
var secondLevel = map[string]bool{"gov": true, "co": true, "org": true, "ac": true, "nhs": true,
	"police": true, "ltd": true, "plc": true, "me": true, "net": true, "sch": true}

// siteOf is the registered domain of a host or domain: "democracy.kent.gov.uk"
// and "kent.gov.uk" are both "kent.gov.uk"; "my.northtyneside.gov.uk" is
// "northtyneside.gov.uk"; "www.example.org" is "example.org".
func siteOf(host string) string {
	host = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(host), "."))
	if h, _, ok := strings.Cut(host, ":"); ok {
		host = h
	}
	labels := strings.Split(host, ".")
	n := 2
	if len(labels) >= 3 && len(labels[len(labels)-1]) == 2 && secondLevel[labels[len(labels)-2]] {
		n = 3
	}
	if len(labels) <= n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}
