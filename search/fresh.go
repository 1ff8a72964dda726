package search

import (
	"context"
	"fmt"
	"hash/maphash"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/internal/hashset"
	"github.com/councilminutes/minutes/search/engine"
)

// freshIndex remembers, for an index made by Create in this process, every
// path and meeting ID Apply has indexed. A batch that touches none of them
// cannot replace or collide with anything, so Apply skips its look-ups:
// a full rebuild then never searches the index it is writing. An index
// opened with Open has none (nil): Apply always looks.
//
// It keeps a 64-bit hash of each name rather than the name, in sets of
// about eight bytes a member (internal/hashset), so that its memory stays
// small for millions of files: two names with one hash only make Apply
// look when it need not. (With Go maps it held 45-60 MB a million
// meetings, live through the build: at 1M items of the reference
// corpus, with the benchmark's own map of paths, more than the room
// BuildMemoryLimit leaves, so that the collector would run almost without
// pause; BENCHMARKS.md, issue 16, eighth pass.)
type freshIndex struct {
	seed     maphash.Seed
	paths    hashset.Set
	meetings hashset.Set
}

func newFreshIndex() *freshIndex {
	return &freshIndex{seed: maphash.MakeSeed()}
}

func (f *freshIndex) hash(s string) uint64 { return maphash.String(f.seed, s) }

func (f *freshIndex) has(set *hashset.Set, s string) bool {
	return set.Has(f.hash(s))
}

// untouched reports whether no change names a path or meeting already
// indexed. The sets only grow (a deleted file stays in them), so a false
// answer is merely cautious.
func (f *freshIndex) untouched(changes []FileChange) bool {
	if f == nil {
		return false
	}
	for _, c := range changes {
		if f.has(&f.paths, c.Path) || (c.Meeting != nil && f.has(&f.meetings, c.Meeting.ID)) {
			return false
		}
	}
	return true
}

// record notes the changes of a batch that was written.
func (f *freshIndex) record(changes []FileChange) {
	if f == nil {
		return
	}
	for _, c := range changes {
		f.paths.Add(f.hash(c.Path))
		if c.Meeting != nil {
			f.meetings.Add(f.hash(c.Meeting.ID))
		}
	}
}

// fileQueryChunk is how many paths one look-up query names, well below
// MaxDisjunctionClauses.
const fileQueryChunk = 512

// docsOfFiles lists the IDs of every document indexed from the paths of
// changes, with one query per fileQueryChunk paths.
func (ix *Index) docsOfFiles(ctx context.Context, changes []FileChange) ([]string, error) {
	var ids []string
	for lo := 0; lo < len(changes); lo += fileQueryChunk {
		var alts []bq.Query
		for _, c := range changes[lo:min(lo+fileQueryChunk, len(changes))] {
			alts = append(alts, termQuery(engine.FieldFile, c.Path))
		}
		err := ix.each(ctx, bq.NewDisjunctionQuery(alts), nil, func(id string, _ map[string]any) error {
			ids = append(ids, id)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("find documents of %d files: %w", len(alts), err)
		}
	}
	return ids, nil
}
