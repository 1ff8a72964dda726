package engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// The parts of scorch's root file (bleve's util/keys.go) that placing
// segments writes: the bucket of snapshots, and in a segment's bucket the
// name of its file.
var (
	boltSnapshots = []byte{'s'}
	boltPath      = []byte{'p'}
)

// PlaceSegments adds the segment files of a bulk build (Bulk.Finish) to
// the newest snapshot of the closed bleve index at indexPath, as scorch
// would have persisted them: each file moved into the index's store under
// a new segment number, above any there, and named in the snapshot's
// bucket by that number. Bleve opens the index as if scorch had written
// the segments; later changes go through scorch as usual.
func PlaceSegments(indexPath string, files []string) error {
	if len(files) == 0 {
		return nil
	}
	store := filepath.Join(indexPath, "store")
	id, err := maxSegmentID(store)
	if err != nil {
		return err
	}
	db, err := bolt.Open(filepath.Join(store, "root.bolt"), 0o600, nil)
	if err != nil {
		return fmt.Errorf("place segments: open %s: %w", store, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		snapshots := tx.Bucket(boltSnapshots)
		if snapshots == nil {
			return fmt.Errorf("no snapshot in %s", store)
		}
		key, _ := snapshots.Cursor().Last()
		snapshot := snapshots.Bucket(key)
		if key == nil || snapshot == nil {
			return fmt.Errorf("no snapshot in %s", store)
		}
		for _, f := range files {
			id++
			name := fmt.Sprintf("%012x.zap", id)
			if err := os.Rename(f, filepath.Join(store, name)); err != nil {
				return err
			}
			seg, err := snapshot.CreateBucket(segmentKey(id))
			if err != nil {
				return err
			}
			if err := seg.Put(boltPath, []byte(name)); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("place segments in %s: %w", store, err)
	}
	return nil
}

// maxSegmentID is the largest number of a segment file in store (scorch
// numbers the segments it makes from the largest it finds).
func maxSegmentID(store string) (uint64, error) {
	entries, err := os.ReadDir(store)
	if err != nil {
		return 0, fmt.Errorf("place segments: %w", err)
	}
	var largest uint64
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".zap")
		if !ok {
			continue
		}
		if n, err := strconv.ParseUint(name, 16, 64); err == nil && n > largest {
			largest = n
		}
	}
	return largest, nil
}

// segmentKey is scorch's key of segment number id in a snapshot's bucket
// (index/scorch/int.go, encodeUvarintAscending): numbers sort as their
// keys, and no key begins with the snapshot's own keys 'i' and 'm'.
func segmentKey(v uint64) []byte {
	const (
		intMin      = 0x80
		intMaxWidth = 8
		intZero     = intMin + intMaxWidth
		intMax      = 0xfd
		intSmall    = intMax - intZero - intMaxWidth
	)
	if v <= intSmall {
		return []byte{intZero + byte(v)}
	}
	var b bytes.Buffer
	width := 0
	for n := v; n > 0; n >>= 8 {
		width++
	}
	b.WriteByte(byte(intMax - intMaxWidth + width))
	for i := width - 1; i >= 0; i-- {
		b.WriteByte(byte(v >> (8 * i)))
	}
	return b.Bytes()
}
