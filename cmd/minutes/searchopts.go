package main

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// searchOptions reads what the search layer needs from the corpus folder:
// the synonyms file and the topics' labels and families (a corpus without
// topics.json has the built-in taxonomy).
func searchOptions(corpusDir string) search.Options {
	opts := search.Options{SynonymsFile: filepath.Join(corpusDir, corpus.SynonymsFile)}
	// a bad entry of topics.json costs only its own label (the indexing
	// run reports it)
	if topics, err := corpus.LoadTopics(corpusDir); err == nil || corpus.IsBadEntries(err) {
		opts.TopicLabels = make(map[string]string, len(topics))
		opts.TopicFamilies = map[string]string{}
		for _, t := range topics {
			opts.TopicLabels[t.Slug] = t.Label
			if t.Family != "" {
				opts.TopicFamilies[t.Slug] = t.Family
			}
		}
	}
	return opts
}

// checkSlugFlags refuses a filter flag whose value is not a slug, as the
// API refuses council=Kent: the search would quietly match nothing. The
// message gives the value's slug.
func checkSlugFlags(flags map[string][]string) error {
	names := make([]string, 0, len(flags))
	for name := range flags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range flags[name] {
			if s := schema.Slug(v); s != v {
				return fmt.Errorf("%w: %s %q is not a slug (lower-case letters, digits and hyphens): try %s %q", errUsage, name, v, name, s)
			}
		}
	}
	return nil
}
