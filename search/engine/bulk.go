package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Bulk builds the segments of a new index without scorch: the documents of
// each part are analysed and built into one segment with zapx, the
// segment is written to a file, and the files are merged, each document
// once, into segments of up to MaxSegmentDocs documents (Merge). Placing
// them in the index (PlaceSegments) is the last step, with scorch closed.
//
// Scorch builds the same segments, but merges them in tiers as they
// come: every document of a 200,000-item build was merged about twice
// (17.5% of the build's CPU), and every part's IDs were looked up in every
// segment (3.5%). A new index needs neither: no document is replaced or
// deleted, and no one reads it until it is complete (indexer.Build).
//
// The segments hold what scorch's would hold, document for document and in
// the same order (zapx's own New and Merge, bleve's analysis of each
// field); only where one segment ends and the next begins differs, which
// no query's answer depends on (TestBulkAsScorch in package search).
type Bulk struct {
	// SegmentDocs caps the documents of a merged segment (0:
	// MaxSegmentDocs; tests set fewer).
	SegmentDocs int

	dir     string         // where the segments are written until placed
	plugin  zap.ZapPlugin  //
	small   []builtSegment // segments of one part each, not yet merged
	merged  []builtSegment // segments of up to MaxSegmentDocs documents
	smallN  int            // documents in small
	next    int            // the number of the next file
	workers int            // analysis goroutines of a part
}

type builtSegment struct {
	path string
	docs int
}

// NewBulk starts a build whose segment files go to dir, which must not
// exist.
func NewBulk(dir string) (*Bulk, error) {
	if err := os.Mkdir(dir, 0o700); err != nil {
		return nil, fmt.Errorf("start a bulk build: %w", err)
	}
	return &Bulk{dir: dir, workers: max(1, runtime.GOMAXPROCS(0))}, nil
}

// Build analyses docs as scorch does (bleve's analysis of every indexed
// field, and the _id field) and writes them as one segment; once the
// segments not yet merged hold MaxSegmentDocs documents, they are merged.
func (b *Bulk) Build(docs []index.Document) error {
	if len(docs) == 0 {
		return nil
	}
	limit := b.SegmentDocs
	if limit <= 0 {
		limit = MaxSegmentDocs
	}
	if b.smallN > 0 && b.smallN+len(docs) > limit {
		if err := b.mergeSmall(); err != nil {
			return err
		}
	}
	b.analyse(docs)
	seg, _, err := b.plugin.New(docs)
	if err != nil {
		return fmt.Errorf("build a segment of %d documents: %w", len(docs), err)
	}
	path := b.file()
	err = seg.(segment.UnpersistedSegment).Persist(path)
	if cerr := seg.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write segment %s: %w", path, err)
	}
	b.small = append(b.small, builtSegment{path: path, docs: len(docs)})
	b.smallN += len(docs)
	return nil
}

func (b *Bulk) file() string {
	b.next++
	return filepath.Join(b.dir, fmt.Sprintf("%06d.zap", b.next))
}

// analyse runs scorch's analysis of each document (index/scorch's
// analyze), the documents shared out among a few goroutines as scorch's
// analysis queue does.
func (b *Bulk) analyse(docs []index.Document) {
	var wg sync.WaitGroup
	next := make(chan index.Document)
	for range min(b.workers, len(docs)) {
		wg.Go(func() {
			for d := range next {
				analyseDocument(d)
			}
		})
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
}

func analyseDocument(d index.Document) {
	d.AddIDField()
	d.VisitFields(func(f index.Field) {
		if !f.Options().IsIndexed() {
			return
		}
		f.Analyze()
		if d.HasComposite() && f.Name() != "_id" {
			d.VisitComposite(func(cf index.CompositeField) {
				cf.Compose(f.Name(), f.AnalyzedLength(), f.AnalyzedTokenFrequencies())
			})
		}
	})
}

// mergeSmall merges the segments not yet merged into one, each of their
// documents in order, and removes them.
func (b *Bulk) mergeSmall() error {
	switch len(b.small) {
	case 0:
		return nil
	case 1:
		b.merged = append(b.merged, b.small[0])
		b.small, b.smallN = nil, 0
		return nil
	}
	segs := make([]segment.Segment, 0, len(b.small))
	closeAll := func() {
		for _, s := range segs {
			s.Close()
		}
	}
	for _, s := range b.small {
		seg, err := b.plugin.Open(s.path)
		if err != nil {
			closeAll()
			return fmt.Errorf("open segment %s to merge: %w", s.path, err)
		}
		segs = append(segs, seg)
	}
	path := b.file()
	_, _, err := b.plugin.Merge(segs, make([]*roaring.Bitmap, len(segs)), path, nil, nil)
	closeAll()
	if err != nil {
		return fmt.Errorf("merge %d segments into %s: %w", len(segs), path, err)
	}
	for _, s := range b.small {
		if err := os.Remove(s.path); err != nil {
			return fmt.Errorf("remove merged segment: %w", err)
		}
	}
	b.merged = append(b.merged, builtSegment{path: path, docs: b.smallN})
	b.small, b.smallN = nil, 0
	return nil
}

// Finish merges what is left and returns the files of the segments, in
// the order of their documents.
func (b *Bulk) Finish() ([]string, error) {
	if err := b.mergeSmall(); err != nil {
		return nil, err
	}
	paths := make([]string, len(b.merged))
	for i, s := range b.merged {
		paths[i] = s.path
	}
	return paths, nil
}

// Discard removes the build's files.
func (b *Bulk) Discard() error { return os.RemoveAll(b.dir) }

// Empty reports whether no document has been built yet.
func (b *Bulk) Empty() bool { return len(b.small) == 0 && len(b.merged) == 0 }
