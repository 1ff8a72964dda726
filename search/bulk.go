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
		if err := ix.finishBulkLocked(); err != nil {
			return nil, err
		}
	}
	return ix.idx, nil
}

// bulkWriter is the bulk build to write a batch to, nil for scorch.
// Guarded by writeMu, as every writer of the bulk build is.
func (ix *Index) bulkWriter() *engine.Bulk {
	if !ix.bulkOn.Load() {
		return nil
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	return ix.bulk
}

// finishBulk places the bulk build's segments in the index, if any.
func (ix *Index) finishBulk() error {
	if !ix.bulkOn.Load() {
		return nil
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	return ix.finishBulkLocked()
}

func (ix *Index) finishBulkLocked() error {
	b := ix.bulk
	if b == nil {
		return nil
	}
	ix.bulk = nil
	defer ix.bulkOn.Store(false)
	defer b.Discard()
	files, err := b.Finish()
	if err != nil {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	if len(files) == 0 {
		return nil
	}
	if err := ix.idx.Close(); err != nil {
		return fmt.Errorf("index %s: close before placing segments: %w", ix.path, err)
	}
	if err := engine.PlaceSegments(ix.path, files); err != nil {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	idx, err := bleve.OpenUsing(ix.path, runtimeConfig(ix.opts))
	if err != nil {
		return fmt.Errorf("index %s: open after placing segments: %w", ix.path, err)
	}
	ix.idx = idx
	return nil
}

// scorch is the bleve index as it stands, without finishing a bulk build:
// for what the bulk build holds nothing of (internal values), and for
// Apply's batch, which writes to scorch or the bulk build.
func (ix *Index) scorch() bleve.Index {
	if !ix.bulkOn.Load() {
		return ix.idx
	}
	ix.bulkMu.Lock()
	defer ix.bulkMu.Unlock()
	return ix.idx
}
