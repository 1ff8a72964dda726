package research

import (
	"fmt"
	"path/filepath"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
)

// Record is what a corpus says of its councils beyond their minutes: the
// register of authorities, with the slugs of the corpus's councils list
// (inspections.Register.Adopt), the inspections by those slugs, and the
// councils list itself.
type Record struct {
	Register    *inspections.Register
	Inspections []inspections.Inspection
	Councils    corpus.Councils
}

// LoadRecord reads a corpus's councils.json, authorities.csv and
// inspections.csv over the record the program carries: without an
// authorities.csv the register is the built-in one (a corpus's own
// replaces it whole), and the corpus's inspections.csv, if any, is merged
// over the built-in inspections of the register's authorities
// (inspections.LoadRegisterOrBuiltin, inspections.LoadOverBuiltin). A
// missing councils.json holds nothing; a bad row is an error naming the
// file and the line.
func LoadRecord(corpusDir string) (Record, error) {
	cs, err := corpus.LoadCouncils(corpusDir)
	if err != nil {
		return Record{}, err
	}
	reg, err := inspections.LoadRegisterOrBuiltin(filepath.Join(corpusDir, corpus.AuthoritiesFile))
	if err != nil {
		return Record{}, err
	}
	insps, err := inspections.LoadOverBuiltin(filepath.Join(corpusDir, corpus.InspectionsFile), reg)
	if err != nil {
		return Record{}, err
	}
	rec := Record{Register: reg.Adopt(named(cs)), Councils: cs}
	// The file holds the slugs import gave; a council adopted since keeps
	// its inspections under its new slug.
	for i, in := range insps {
		if a, ok := rec.Register.Get(in.Council); ok {
			insps[i].Council = a.Slug
		}
	}
	rec.Inspections = insps
	return rec, nil
}

// named lists the corpus's councils for inspections.Register.Adopt.
func named(cs corpus.Councils) []inspections.Named {
	out := make([]inspections.Named, 0, len(cs))
	for _, c := range cs {
		out = append(out, inspections.Named{Slug: c.Slug, Name: c.Name, Aliases: c.Aliases, Host: hostOf(c.ModernGovURL)})
	}
	return out
}

// Resolve finds the slug of a council a name refers to: an authority of
// the register (by name, other name, slug or code), else a council of
// councils.json.
func (r Record) Resolve(name string) (string, bool) {
	if a, ok := r.Register.Match(name); ok {
		return a.Slug, true
	}
	if c, ok := r.Councils.Resolve(name); ok {
		return c.Slug, true
	}
	return "", false
}

// WithRecord adds a corpus's record to search options: the inspections
// and the register.
func WithRecord(opts search.Options, corpusDir string) (search.Options, error) {
	rec, err := LoadRecord(corpusDir)
	if err != nil {
		return opts, fmt.Errorf("corpus %s: %w", corpusDir, err)
	}
	opts.Inspections, opts.Register = rec.Inspections, rec.Register
	return opts, nil
}
