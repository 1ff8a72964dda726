package indexer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// Two corpus data files decide what extraction makes of a file besides
// its bytes: the topic taxonomy (the topics of every item) and the
// councils (which council a meeting belongs to, and its name). An edit to
// them takes effect on the next incremental run: the index is stamped
// with what they were, and each run compares.
//
//   - Topics changed: the items of files not extracted again in this run
//     are tagged again from their stored text, and only the files whose
//     tags change are written.
//   - Councils changed: the files whose meeting belongs to a council whose
//     entry changed (or to no known council, which a new entry or alias
//     may now name) are extracted again.
//
// The stamps are written once the run has succeeded, so a run that is
// stopped redoes the work next time.
const (
	topicsStamp   = "topics"   // sha256 of the taxonomy
	councilsStamp = "councils" // JSON: council slug -> sha256 of its entry
	corpusStamp   = "corpus"   // the absolute path of the corpus folder indexed
)

// dataEdits is what the data files are now, and what changed since the
// index was stamped.
type dataEdits struct {
	topics   []corpus.Topic
	topicsID string
	councils map[string]string // slug -> entry hash
	retag    bool              // the taxonomy changed
	stale    map[string]bool   // files to extract again for their council
}

// readDataEdits compares the data files with the index's stamps. A new or
// rebuilt index (full) has nothing to compare: every file is extracted.
func readDataEdits(ctx context.Context, ix *search.Index, councils corpus.Councils, topics []corpus.Topic, full bool) (*dataEdits, error) {
	d := &dataEdits{topics: topics, topicsID: digest(topics), councils: map[string]string{}, stale: map[string]bool{}}
	for _, c := range councils {
		d.councils[c.Slug] = digest(c)
	}
	if full {
		return d, nil
	}
	was, err := ix.Stamp(topicsStamp)
	if err != nil {
		return nil, err
	}
	d.retag = was != d.topicsID
	raw, err := ix.Stamp(councilsStamp)
	if err != nil || raw == "" {
		return d, err // no stamp: an index from before stamps, councils unknown
	}
	var old map[string]string
	if err := json.Unmarshal([]byte(raw), &old); err != nil {
		return d, nil // unreadable: compare next time
	}
	changed := map[string]bool{}
	for slug, h := range d.councils {
		if old[slug] != h {
			changed[slug] = true
		}
	}
	for slug := range old {
		if _, ok := d.councils[slug]; !ok {
			changed[slug] = true
		}
	}
	if len(changed) == 0 {
		return d, nil
	}
	fc, err := ix.FileCouncils(ctx)
	if err != nil {
		return nil, err
	}
	for file, slug := range fc {
		if _, known := old[slug]; changed[slug] || !known {
			d.stale[file] = true
		}
	}
	return d, nil
}

// retagUnchanged tags again the items of every indexed file not in skip
// (files extracted or deleted in this run) and writes the files whose
// tags changed, each under its indexed hash. It returns how many it wrote.
func (d *dataEdits) retagUnchanged(ctx context.Context, ix *search.Index, indexed map[string]string, skip map[string]bool, batch int) (int, error) {
	if !d.retag {
		return 0, nil
	}
	tm := newTopicMatcher(d.topics)
	var changes []search.FileChange
	items, written := 0, 0
	flush := func() error {
		if len(changes) == 0 {
			return nil
		}
		if err := ix.Apply(ctx, changes); err != nil {
			return fmt.Errorf("write re-tagged files: %w", err)
		}
		written += len(changes)
		changes, items = nil, 0
		return nil
	}
	err := ix.EachMeeting(ctx, func(m *schema.Meeting) error {
		hash, ok := indexed[m.SourcePath]
		if !ok || skip[m.SourcePath] || !retag(tm, m) {
			return nil
		}
		changes = append(changes, search.FileChange{Path: m.SourcePath, Hash: hash, Meeting: m})
		if items += len(m.Items); batch <= 0 || items >= batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return written, err
	}
	return written, flush()
}

// retag tags a meeting's items again and reports whether any changed.
func retag(tm *topicMatcher, m *schema.Meeting) bool {
	changed := false
	for i := range m.Items {
		if t := tm.tag(m.Items[i], m.Committee); !slices.Equal(t, m.Items[i].Topics) {
			m.Items[i].Topics = t
			changed = true
		}
	}
	return changed
}

// stamp records the data files the index now reflects.
func (d *dataEdits) stamp(ix *search.Index) error {
	councils, err := json.Marshal(d.councils)
	if err != nil {
		return err
	}
	if err := ix.SetStamp(councilsStamp, string(councils)); err != nil {
		return err
	}
	return ix.SetStamp(topicsStamp, d.topicsID)
}

// digest is the sha256 of a value's JSON.
func digest(v any) string {
	data, _ := json.Marshal(v)
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// unstale is indexed without the files to extract again for their
// council, so that the run does not find them unchanged.
func (d *dataEdits) unstale(indexed map[string]string) map[string]string {
	if len(d.stale) == 0 {
		return indexed
	}
	out := make(map[string]string, len(indexed))
	for rel, h := range indexed {
		if !d.stale[rel] {
			out[rel] = h
		}
	}
	return out
}

// finish re-tags the files this run did not write (written) when the
// taxonomy changed, then stamps the index.
func (d *dataEdits) finish(ctx context.Context, ix *search.Index, indexed map[string]string, written map[string]bool, opts Options, sum *Summary) error {
	n, err := d.retagUnchanged(ctx, ix, indexed, written, opts.BatchItems)
	sum.Retagged = n
	if err != nil {
		return err
	}
	if n > 0 {
		opts.logger().Info("re-tagged after a topics edit", "files", n)
	}
	if err := d.stamp(ix); err != nil {
		return err
	}
	return stampCorpus(ix, opts.Corpus)
}
