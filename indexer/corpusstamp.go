package indexer

import (
	"os"
	"path/filepath"

	"github.com/councilminutes/minutes/search"
)

// stampCorpus records in the index the corpus folder it was built from, so
// that a command given only the index (minutes search --index DIR, run
// from another folder) finds the corpus's synonyms, topics and record.
func stampCorpus(ix *search.Index, corpusDir string) error {
	abs, err := filepath.Abs(corpusDir)
	if err != nil {
		return nil // the stamp only helps; a run never fails for it
	}
	return ix.SetStamp(corpusStamp, abs)
}

// CorpusOf is the corpus folder the index at indexDir was last built from,
// when the indexing run recorded it and it still exists; "" otherwise.
// The index is opened only to read it, and closed.
func CorpusOf(indexDir string, opts search.Options) string {
	opts.SynonymsFile = "" // nothing to load, nothing to warn of
	ix, err := search.Open(indexDir, opts)
	if err != nil {
		return ""
	}
	defer ix.Close()
	dir, err := ix.Stamp(corpusStamp)
	if err != nil || dir == "" {
		return ""
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return ""
	}
	return dir
}
