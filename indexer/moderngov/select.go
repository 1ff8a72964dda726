package moderngov

import (
	"fmt"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/schema"
)

// target is one council of a many-council run.
type target struct {
	slug, name string
	domain     string // the registered domain its own hosts are under; "" when unknown
}

// selectCouncils returns the councils opts asks for, sorted by slug:
// those --councils names (by slug or name: of the register, else of
// councils.json, else of sources.json), those of the --region regions,
// and with --all every authority of the register and every other council
// whose site is known.
func selectCouncils(opts Options, reg *inspections.Register, councils corpus.Councils, sources *sourcesStore) ([]target, error) {
	chosen := map[string]target{}
	add := func(t target) { chosen[t.slug] = t }
	fromAuthority := func(a inspections.Authority) target {
		return target{slug: a.Slug, name: a.Name, domain: a.Site()}
	}
	for _, v := range opts.Councils {
		t, ok := lookupCouncil(v, reg, councils, sources)
		if !ok {
			return nil, badOption("--councils %q: not a council of the register (%s), %s or %s",
				v, corpus.AuthoritiesFile, corpus.CouncilsFile, corpus.SourcesFile)
		}
		add(t)
	}
	for _, r := range opts.Regions {
		key, n := schema.Slug(r), 0
		for _, a := range reg.All() {
			if a.RegionSlug() == key {
				add(fromAuthority(a))
				n++
			}
		}
		switch {
		case n == 0 && reg.Len() == 0:
			return nil, fmt.Errorf("--region %q: the corpus has no register of authorities (%s)", r, corpus.AuthoritiesFile)
		case n == 0:
			return nil, badOption("--region %q: no council of the register is in it; the regions are %s", r, strings.Join(regions(reg), ", "))
		}
	}
	if opts.All {
		for _, a := range reg.All() {
			add(fromAuthority(a))
		}
		for _, c := range councils {
			if _, ok := chosen[c.Slug]; !ok && c.ModernGovURL != "" {
				add(target{slug: c.Slug, name: c.Name})
			}
		}
		for slug, src := range sources.all() {
			if _, ok := chosen[slug]; !ok && src.Site != "" {
				add(target{slug: slug, name: orElse(src.Name, slug), domain: src.Domain})
			}
		}
	}
	out := make([]target, 0, len(chosen))
	for _, t := range chosen {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].slug < out[j].slug })
	return out, nil
}

// lookupCouncil finds the council a --councils value names.
func lookupCouncil(v string, reg *inspections.Register, councils corpus.Councils, sources *sourcesStore) (target, bool) {
	if a, ok := reg.Get(v); ok {
		return target{slug: a.Slug, name: a.Name, domain: a.Site()}, true
	}
	if a, ok := reg.Match(v); ok {
		return target{slug: a.Slug, name: a.Name, domain: a.Site()}, true
	}
	if c, ok := councils.Resolve(v); ok {
		return target{slug: c.Slug, name: c.Name, domain: sources.get(c.Slug).Domain}, true
	}
	slug := schema.Slug(v)
	if src, ok := sources.all()[slug]; ok {
		return target{slug: slug, name: orElse(src.Name, slug), domain: src.Domain}, true
	}
	return target{}, false
}

// regions lists the register's regions as slugs, for messages.
func regions(reg *inspections.Register) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range reg.All() {
		if s := a.RegionSlug(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
