package engine

import (
	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
)

// StoredHold keeps the index snapshot a search ran on (RankQuery.Hold),
// so that the stored fields of its page's hits can be read by their
// document numbers once the search is done. Bleve reads a hit's stored
// fields (SearchRequest.Fields) by its ID, which it looks up in the ID
// dictionary of every segment: on an index of many segments (a bulk
// build leaves one per 50,000 documents) those look-ups were the part of
// a rare-word query that grew with the index. A document number names
// its segment and its place in it directly.
type StoredHold struct {
	snap *scorch.IndexSnapshot
}

// hold keeps r, when it is a scorch snapshot, until Release.
func (h *StoredHold) hold(r index.IndexReader) {
	is, ok := r.(*scorch.IndexSnapshot)
	if !ok || is == h.snap {
		return
	}
	is.AddRef()
	_ = h.Release()
	h.snap = is
}

// Release lets the held snapshot go. It is safe to call more than once.
func (h *StoredHold) Release() error {
	if h == nil || h.snap == nil {
		return nil
	}
	err := h.snap.DecRef()
	h.snap = nil
	return err
}

// Stored returns a copy of field's stored value in document id of the
// held snapshot; ok is false when no snapshot is held or the document
// does not store field.
func (h *StoredHold) Stored(id index.IndexInternalID, field string) (val []byte, ok bool, err error) {
	if h == nil || h.snap == nil || len(id) != 8 {
		return nil, false, nil
	}
	n := id.Value()
	var start uint64
	for _, ss := range h.snap.Segments() {
		end := start + ss.Segment().Count() // as scorch numbers documents
		if n < end {
			err = ss.VisitDocument(n-start, func(name string, _ byte, v []byte, _ []uint64) bool {
				if name != field {
					return true
				}
				val, ok = append([]byte(nil), v...), true
				return false
			})
			return val, ok, err
		}
		start = end
	}
	return nil, false, nil
}
