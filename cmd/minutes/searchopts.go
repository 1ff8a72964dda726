package main

import (
	"path/filepath"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
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
