package corpus

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Names of the other data files in a corpus directory.
const (
	CouncilsFile    = "councils.json"
	TopicsFile      = "topics.json"
	SynonymsFile    = "synonyms.txt"
	InspectionsFile = "inspections.csv"
	// AuthoritiesFile is the register of children's services authorities
	// (read and written by package inspections).
	AuthoritiesFile = "authorities.csv"
)

// Council is one council: its official name, the other names it goes by,
// its slug, and where its ModernGov site is.
type Council struct {
	Slug         string   `json:"slug"`
	Name         string   `json:"name"`
	Aliases      []string `json:"aliases,omitempty"`
	ModernGovURL string   `json:"moderngov_url,omitempty"`
	Source       string   `json:"source,omitempty"` // how the URL was confirmed
}

// Councils is the list of known councils.
type Councils []Council

// LoadCouncils reads dir/councils.json. A missing file is an empty list.
// An entry that cannot be used is left out and reported in a *BadEntries
// error returned with the other councils (see IsBadEntries).
func LoadCouncils(dir string) (Councils, error) {
	cs := Councils{}
	err := readEntries(dir, CouncilsFile, func(raw json.RawMessage, n int) string {
		var c Council
		if why := decodeEntry(raw, &c); why != "" {
			return why
		}
		if c.Slug == "" || c.Name == "" {
			return "needs both slug and name"
		}
		cs = append(cs, c)
		return ""
	})
	if err != nil && !IsBadEntries(err) {
		return nil, fmt.Errorf("councils: %w", err)
	}
	return cs, err
}

// Resolve finds the council a name refers to, ignoring case, punctuation and
// the words "council", "county", "borough", "city", "metropolitan",
// "district" where the full name does not match: "KENT COUNTY COUNCIL",
// "Kent" and "kent" all resolve to the same council. It also accepts a slug.
func (cs Councils) Resolve(name string) (Council, bool) {
	key := schema.Slug(name)
	if key == "" {
		return Council{}, false
	}
	for _, c := range cs {
		if c.Slug == key || schema.Slug(c.Name) == key {
			return c, true
		}
		for _, a := range c.Aliases {
			if schema.Slug(a) == key {
				return c, true
			}
		}
	}
	core := coreName(key)
	for _, c := range cs {
		if coreName(c.Slug) == core || coreName(schema.Slug(c.Name)) == core {
			return c, true
		}
	}
	return Council{}, false
}

// Normalise returns the display name and slug for a council name: the known
// council's when it resolves, otherwise the name as given and its slug.
func (cs Councils) Normalise(name string) (display, slug string) {
	name = strings.TrimSpace(name)
	if c, ok := cs.Resolve(name); ok {
		return c.Name, c.Slug
	}
	return name, schema.CouncilSlug(name)
}

// coreName drops the words that councils' names add or leave out (see
// schema.CouncilSlug).
func coreName(slug string) string {
	return schema.CouncilSlug(slug)
}
