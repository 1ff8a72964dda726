package search

import (
	"fmt"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"

	"github.com/councilminutes/minutes/search/engine"
)

// An index that Create made in this process is built in bulk
// (engine.Bulk): Apply's batches that replace nothing go to segment files
// beside scorch, which stays open but idle, and the files are placed in
// the index when it is first read with documents built, or closed
// (finishBulk). From then on the index is an ordinary one. A batch that
// replaces something reads the index first, so it finishes the bulk build
// and goes through scorch.

// bulkDir is the folder of a bulk build's files inside the index folder,
// beside scorch's store, whose clean-up would remove files it does not
// know.
const bulkDir = "bulk"

func (ix *Index) startBulk() error {
	b, err := engine.NewBulk(filepath.Join(ix.path, bulkDir))
	if err != nil {
		return fmt.Errorf("create index %s: %w", ix.path, err)
	}
	ix.bulk = b
	ix.bulkOn.Store(true)
	return nil
}

// reader is the bleve index to read: the bulk build, if it holds
// documents, is finished first so that they are read too.
func (ix *Index) reader() (bleve.Index, error) {
	if !ix.bulkOn.Load() {
		return ix.idx, nil
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	if ix.bulk != nil && !ix.bulk.Empty() {
		if _, err := ix.finishBulkLocked(false); err != nil {
			return nil, err
		}
	}
	return ix.idx, nil
}

// finishBulk places the bulk build's segments in the index, if any.
// When closing, it leaves the index closed, and says so.
func (ix *Index) finishBulk(closing bool) (closed bool, err error) {
	if !ix.bulkOn.Load() {
		return false, nil
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	return ix.finishBulkLocked(closing)
}

func (ix *Index) finishBulkLocked(closing bool) (closed bool, err error) {
	b := ix.bulk
	if b == nil {
		return false, nil
	}
	ix.bulk = nil
	defer ix.bulkOn.Store(false)
	defer b.Discard()
	files, err := b.Finish()
	if err != nil {
		return false, fmt.Errorf("index %s: %w", ix.path, err)
	}
	if len(files) == 0 {
		return false, nil
	}
	if err := ix.idx.Close(); err != nil {
		return false, fmt.Errorf("index %s: close before placing segments: %w", ix.path, err)
	}
	if err := engine.PlaceSegments(ix.path, files); err != nil {
		return false, fmt.Errorf("index %s: %w", ix.path, err)
	}
	if closing {
		return true, nil
	}
	idx, err := bleve.OpenUsing(ix.path, runtimeConfig(ix.opts))
	if err != nil {
		return false, fmt.Errorf("index %s: open after placing segments: %w", ix.path, err)
	}
	ix.idx = idx
	return false, nil
}

// scorch is the bleve index as it stands, without finishing a bulk build:
// for what the bulk build holds nothing of (the internal values of stamps).
func (ix *Index) scorch() bleve.Index {
	if !ix.bulkOn.Load() {
		return ix.idx
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	return ix.idx
}
