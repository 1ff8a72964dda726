package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"

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
// (indexer.Build). There Apply writes a batch in parts of about partBytes
// of text each, and a huge file costs what its parts cost.
const partBytes = 4 << 20

// batchWriter gathers the documents of one Apply into a bleve batch and,
// when split, writes that batch whenever it holds partBytes of text.
type batchWriter struct {
	ix    *Index
	batch *bleve.Batch
	codec *bodyCodec // stored once the first part is written
	split bool
	bytes int // text in the batch not yet written
}

// add maps a document (its full-text fields indexed as textTerms) into the
// batch, writing the batch first when splitting and it is full.
func (w *batchWriter) add(ctx context.Context, id string, data map[string]any, text int) error {
	if w.split && w.bytes > 0 && w.bytes+text > partBytes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.write(); err != nil {
			return fmt.Errorf("write a part of the batch: %w", err)
		}
		w.batch = w.ix.idx.NewBatch()
	}
	doc := document.NewDocument(id)
	if err := w.ix.idx.Mapping().MapDocument(doc, data); err != nil {
		return err
	}
	withTextTerms(doc, w.ix.words)
	w.bytes += text
	return w.batch.IndexAdvanced(doc)
}

// write writes what the batch holds; the codec is the index's from then
// on, with the dictionary the first part stored, if any.
func (w *batchWriter) write() error {
	if err := w.ix.idx.Batch(w.batch); err != nil {
		return err
	}
	w.ix.body.Store(w.codec)
	w.bytes = 0
	return nil
}

// textBytes is how much text an item gives its document.
func textBytes(it schema.Item) int {
	n := len(it.Title) + len(it.Agenda) + len(it.Text)
	for _, d := range it.Decisions {
		n += len(d)
	}
	return n
}
