package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// searchOptions reads what the search layer needs from the corpus folder:
// the synonyms file and the topics' labels and families (a corpus without
// topics.json has the built-in taxonomy). The index logs to log (a missing
// synonyms file, a bad line of it), as the command's other lines.
func searchOptions(corpusDir string, log *slog.Logger) search.Options {
	if corpusDir == "" { // no corpus: no synonyms, the built-in taxonomy
		return topicOptions(search.Options{Logger: log}, corpus.DefaultTopics())
	}
	opts := search.Options{SynonymsFile: filepath.Join(corpusDir, corpus.SynonymsFile), Logger: log}
	// a bad entry of topics.json costs only its own label (the indexing
	// run reports it)
	if topics, err := corpus.LoadTopics(corpusDir); err == nil || corpus.IsBadEntries(err) {
		opts = topicOptions(opts, topics)
	}
	return opts
}

// topicOptions sets the topics' labels and families.
func topicOptions(opts search.Options, topics []corpus.Topic) search.Options {
	opts.TopicLabels = make(map[string]string, len(topics))
	opts.TopicFamilies = map[string]string{}
	for _, t := range topics {
		opts.TopicLabels[t.Slug] = t.Label
		if t.Family != "" {
			opts.TopicFamilies[t.Slug] = t.Family
		}
	}
	return opts
}

// indexCorpus is the corpus folder whose synonyms, topics and record a
// command over an existing index (search, coverage) reads: --corpus when
// given; else ./corpus, the default, when it is there; else the folder
// the index was built from, as the indexing run recorded it, so that
// `minutes search --index DIR` run from elsewhere searches as the server
// does (it warned of a missing ./corpus/synonyms.txt and searched without
// synonyms); else "", none.
func indexCorpus(fs *flag.FlagSet, corpusDir, indexDir string) string {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "corpus" })
	if info, err := os.Stat(corpusDir); given || (err == nil && info.IsDir()) {
		return corpusDir
	}
	// a short wait: a server holding the index is reported by the open
	// that follows
	return indexer.CorpusOf(indexDir, search.Options{LockTimeout: 200 * time.Millisecond})
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
