package engine

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// A bleve batch is analysed and built into one segment in memory before
// it is written, so its cost grows with the text it holds: one 25 MB text
// file of a thousand items, written as one batch, took 1.8-2.1 GB of RSS.
// Apply's batch must be one bleve batch where the index is read, so that
// readers and a crash see a file's change whole or not at all. An index
// made by Create in this process is read by no one until it is complete:
// the indexer builds it in a sibling folder, moves it into place only once
// every file is written, and throws it away after an error or a crash
// (indexer.Build). There Apply writes a batch in parts of about PartBytes
// of text each, and a huge file costs what its parts cost.
//
// The parts are also the segments a new index is built of, and the heap a
// part takes while bleve builds its segment grows with it: on the
// reference corpus (bench, 200,000 items) parts of 4 MB peaked at 518 MB
// of Go heap, parts of 1 MB at 316 MB, for about the same CPU time per
// item (BENCHMARKS.md, issue 16).
const PartBytes = 1 << 20

// BatchWriter gathers the documents of one Apply into a bleve batch and,
// when Split, writes that batch whenever it holds PartBytes of text.
type BatchWriter struct {
	Index bleve.Index
	Words *query.Analyser            // the index's forms of words (textTerms)
	Locs  *Positions                 // the index's shared locations (textTerms)
	Body  *atomic.Pointer[BodyCodec] // the index's codec: Codec once a part is written
	Batch *bleve.Batch
	Codec *BodyCodec // stored once the first part is written
	Split bool
	// Bulk, when set, takes each part instead of the index (a new index's
	// bulk build, bulk.go); Split is then implied.
	Bulk  *Bulk
	docs  []index.Document // the part for Bulk
	bytes int              // text in the batch not yet written
}

// Add maps a document (its full-text fields indexed as textTerms) into the
// batch, writing the batch first when splitting and it is full.
func (w *BatchWriter) Add(ctx context.Context, id string, data map[string]any, text int) error {
	if (w.Split || w.Bulk != nil) && w.bytes > 0 && w.bytes+text > PartBytes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.Write(); err != nil {
			return fmt.Errorf("write a part of the batch: %w", err)
		}
		w.Batch = w.Index.NewBatch()
	}
	doc := document.NewDocument(id)
	if err := w.Index.Mapping().MapDocument(doc, data); err != nil {
		return err
	}
	withTextTerms(doc, w.Words, w.Locs)
	w.bytes += text
	if w.Bulk != nil {
		w.docs = append(w.docs, doc)
		return nil
	}
	return w.Batch.IndexAdvanced(doc)
}

// Write writes what the batch holds; the codec is the index's from then
// on, with the dictionary the first part stored, if any.
func (w *BatchWriter) Write() error {
	if w.Bulk != nil {
		err := w.Bulk.Build(w.docs)
		w.docs = nil
		if err != nil {
			return err
		}
	} else if err := w.Index.Batch(w.Batch); err != nil {
		return err
	}
	w.Body.Store(w.Codec)
	w.bytes = 0
	return nil
}

// TextBytes is how much text an item gives its document.
func TextBytes(it schema.Item) int {
	n := len(it.Title) + len(it.Agenda) + len(it.Text)
	for _, d := range it.Decisions {
		n += len(d)
	}
	return n
}
