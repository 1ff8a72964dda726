package main

import (
	"path/filepath"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
)

// searchOptions reads what the search layer needs from the corpus folder:
// the synonyms file and the topic labels.
func searchOptions(corpusDir string) search.Options {
	opts := search.Options{SynonymsFile: filepath.Join(corpusDir, corpus.SynonymsFile)}
	// a bad entry of topics.json costs only its own label (the indexing
	// run reports it)
	if topics, err := corpus.LoadTopics(corpusDir); err == nil || corpus.IsBadEntries(err) {
		opts.TopicLabels = make(map[string]string, len(topics))
		for _, t := range topics {
			opts.TopicLabels[t.Slug] = t.Label
		}
	}
	return opts
}
