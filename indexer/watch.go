package indexer

import (
	"context"
	"fmt"
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"sync"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
)

// Live keeps an index that a server holds open up to date with its corpus.
// Only one update runs at a time; searches go on during it and see each
// file's change all at once.
type Live struct {
	ix   *search.Index
	opts Options
	mu   sync.Mutex
}

// NewLive returns a Live updater for an open index.
func NewLive(ix *search.Index, opts Options) *Live {
	return &Live{ix: ix, opts: opts}
}

// Reindex runs one incremental update now and returns its summary. The
// searches also pick up the synonyms and topic labels as the corpus's
// data files now have them.
func (l *Live) Reindex(ctx context.Context) (*Summary, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	start := time.Now()
	opts := l.opts
	opts.Full = false
	l.ix.ReloadSynonyms()
	if topics, err := corpus.LoadTopics(opts.Corpus); err == nil || corpus.IsBadEntries(err) {
		l.ix.SetTopicLabels(topicLabels(topics))
	}
	sum, err := Update(ctx, l.ix, opts)
	return finish(sum, err, start, opts)
}

// topicLabels maps topic slugs to their labels.
func topicLabels(ts []corpus.Topic) map[string]string {
	out := make(map[string]string, len(ts))
	for _, t := range ts {
		out[t.Slug] = t.Label
	}
	return out
}

// Watch re-indexes whenever the corpus changes, checking every interval,
// until ctx ends. It compares a fingerprint of names, sizes and times, so a
// quiet corpus costs one directory walk per interval.
func (l *Live) Watch(ctx context.Context, interval time.Duration) {
	log := l.opts.logger()
	last, _ := fingerprint(l.opts.Corpus)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		fp, err := fingerprint(l.opts.Corpus)
		if err != nil || fp == last {
			continue
		}
		last = fp
		sum, err := l.Reindex(ctx)
		if err != nil {
			log.Error("re-index failed", "err", err)
			continue
		}
		log.Info("re-indexed", "summary", sum.Line())
	}
}

// fingerprint hashes the path, size and modification time of every file
// under root.
func fingerprint(root string) (uint64, error) {
	h := fnv.New64a()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", p, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	return h.Sum64(), err
}
