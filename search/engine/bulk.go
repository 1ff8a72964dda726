package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/RoaringBitmap/roaring/v2"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Bulk builds the segments of a new index without scorch: the documents of
// each part are analysed and built into one segment with zapx, the
// segment is written to a file, and the files are merged into segments
// of up to MaxSegmentDocs documents as the build goes, and those once more
// into segments of up to FinalSegmentDocs at the end (Finish). Placing
// them in the index (PlaceSegments) is the last step, with scorch closed.
//
// Scorch builds the same segments, but merges them in tiers as they
// come, into segments of at most MaxSegmentDocs: every document of a
// 200,000-item build was merged about twice (17.5% of the build's CPU),
// and every part's IDs were looked up in every segment (3.5%). A new
// index needs no look-ups: no document is replaced or deleted, and no one
// reads it until it is complete (indexer.Build).
//
// The segments hold what scorch's would hold, document for document and in
// the same order (zapx's own New and Merge, bleve's analysis of each
// field); only where one segment ends and the next begins differs, which
// no query's answer depends on (TestBulkAsScorch in package search).
type Bulk struct {
	// SegmentDocs caps the documents of a segment merged from parts as
	// the build goes (0: MaxSegmentDocs; tests set fewer).
	SegmentDocs int
	// FinalDocs caps the documents of a segment that Finish merges from
	// those (0: FinalSegmentDocs; tests set fewer).
	FinalDocs int
	// DropEvery is how often a final merge's input pages are taken out of
	// the process's resident set (0: every 20 ms; dropWhileMerging).
	DropEvery time.Duration

	dir     string         // where the segments are written until placed
	plugin  zap.ZapPlugin  //
	small   []builtSegment // segments of one part each, not yet merged
	merged  []builtSegment // segments of up to SegmentDocs documents
	smallN  int            // documents in small
	next    int            // the number of the next file
	workers int            // analysis goroutines of a part
}

// FinalSegmentDocs caps the documents of a segment that a bulk build's
// last step merges from its segments of MaxSegmentDocs.
//
// Every query visits every segment: it looks each of its terms up in each
// segment's dictionaries, sets up a searcher in each, and bleve looks each
// hit's ID up in each to read its stored record. With segments of
// MaxSegmentDocs (50,000 documents) the 1M-item reference corpus had 40
// of them and these costs grew with the corpus: from 200k items (8
// segments) to 1M a rare word's query cost 4.5 times as much CPU for the
// same few matches (BENCHMARKS.md, issue 16, ninth pass). So the build
// merges its segments once more at the end, into segments of up to a
// million documents (one for the 200,000 items of the reference corpus,
// two for 1M), taking the pages it has read out of the process's
// resident set as it goes (dropWhileMerging), so that its memory does not
// grow with the documents merged (at 500k items, with 100 ms between
// drops, the file-backed peak still rose from 142 to 256 MB; now 20 ms,
// not yet measured); the cap bounds the merge's own arrays
// (16 bytes a document). Merging all the parts into such segments at
// once, without the segments of MaxSegmentDocs between, cost more: zapx
// compares each term with every input's, and 400 inputs' pages could not
// be dropped fast enough.
const FinalSegmentDocs = 1_000_000

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
// segments not yet merged hold SegmentDocs documents, they are merged.
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
	seg, err := b.merge(b.small, false)
	if err != nil {
		return err
	}
	b.merged = append(b.merged, seg)
	b.small, b.smallN = nil, 0
	return nil
}

// merge merges segments into one new file, each of their documents in
// order, and removes them; with drop, the inputs' pages are taken out of
// the resident set as the merge reads them (dropWhileMerging).
func (b *Bulk) merge(in []builtSegment, drop bool) (builtSegment, error) {
	segs := make([]segment.Segment, 0, len(in))
	closeAll := func() {
		for _, s := range segs {
			s.Close()
		}
	}
	docs := 0
	for _, s := range in {
		seg, err := b.plugin.Open(s.path)
		if err != nil {
			closeAll()
			return builtSegment{}, fmt.Errorf("open segment %s to merge: %w", s.path, err)
		}
		segs = append(segs, seg)
		docs += s.docs
	}
	path := b.file()
	stop := func() {}
	if drop {
		stop = b.dropWhileMerging(segs)
	}
	_, _, err := b.plugin.Merge(segs, make([]*roaring.Bitmap, len(segs)), path, nil, nil)
	stop()
	closeAll()
	if err != nil {
		return builtSegment{}, fmt.Errorf("merge %d segments into %s: %w", len(segs), path, err)
	}
	for _, s := range in {
		if err := os.Remove(s.path); err != nil {
			return builtSegment{}, fmt.Errorf("remove merged segment: %w", err)
		}
	}
	return builtSegment{path: path, docs: docs}, nil
}

// dropWhileMerging takes the pages of the segments being merged out of
// the process's resident set every b.DropEvery, until the function it
// returns is called. A merge reads every page of its inputs through their
// memory maps, and without this each page it has read stays counted in
// the process's RSS until the inputs are closed, so the peak would grow
// with the documents merged at once. Merging reads each input mostly in
// order (stored documents, then each field's terms in order), so a page
// dropped is seldom read again; when it is, it comes back from the page
// cache.
func (b *Bulk) dropWhileMerging(segs []segment.Segment) (stop func()) {
	every := b.DropEvery
	if every <= 0 {
		every = 20 * time.Millisecond
	}
	var maps [][]byte
	for _, s := range segs {
		if z, ok := s.(*zap.Segment); ok {
			maps = append(maps, z.Data())
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range maps {
					dropPages(m)
				}
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// Finish merges what is left, then merges the segments of up to
// SegmentDocs documents into as few as FinalDocs allows, and returns the
// files of the segments, in the order of their documents.
func (b *Bulk) Finish() ([]string, error) {
	if err := b.mergeSmall(); err != nil {
		return nil, err
	}
	final := b.FinalDocs
	if final <= 0 {
		final = FinalSegmentDocs
	}
	var out []builtSegment
	for lo := 0; lo < len(b.merged); {
		hi, docs := lo+1, b.merged[lo].docs
		for hi < len(b.merged) && docs+b.merged[hi].docs <= final {
			docs += b.merged[hi].docs
			hi++
		}
		if hi-lo == 1 {
			out = append(out, b.merged[lo])
		} else {
			seg, err := b.merge(b.merged[lo:hi], true)
			if err != nil {
				return nil, err
			}
			out = append(out, seg)
		}
		lo = hi
	}
	b.merged = out
	paths := make([]string, len(out))
	for i, s := range out {
		paths[i] = s.path
	}
	return paths, nil
}

// Discard removes the build's files.
func (b *Bulk) Discard() error { return os.RemoveAll(b.dir) }

// Empty reports whether no document has been built yet.
func (b *Bulk) Empty() bool { return len(b.small) == 0 && len(b.merged) == 0 }
