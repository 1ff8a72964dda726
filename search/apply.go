package search

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// FileChange is one source file's new state: its meeting, or nil when the
// file was deleted.
type FileChange struct {
	Path    string          // relative to the corpus root, forward slashes
	Hash    string          // of the file's content
	Meeting *schema.Meeting // nil: the file is gone
}

// Apply writes changes as one bleve batch: for each path it deletes every
// item and meeting record indexed from it before, then indexes the new
// meeting, its items and the path's hash. Readers, and a crash, see all of
// the batch or none of it. The one exception is an index that Create made
// in this process, which no one reads until it is complete: there a batch
// is written in parts of bounded size (engine/parts.go). Meetings must carry IDs
// (schema.Meeting.AssignIDs).
func (ix *Index) Apply(ctx context.Context, changes []FileChange) error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()

	if err := validateChanges(changes); err != nil {
		return err
	}
	codec, dict, err := engine.BatchCodec(ix.body.Load(), changedMeetings(changes), func() [][]byte { return dictRecords(changedMeetings(changes)) })
	if err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	untouched := ix.fresh.untouched(changes)
	var bulk *engine.Bulk // the bulk build to write to, nil for scorch (bulk.go)
	if untouched && ix.bulkOn.Load() {
		ix.bulkMu.Lock() // a reader finishing the build waits for the batch
		defer ix.bulkMu.Unlock()
		bulk = ix.bulk
	}
	// ix.idx is read under bulkMu (held above for a bulk batch, taken by
	// reader otherwise): a reader finishing the bulk build replaces it.
	var idx bleve.Index
	if bulk != nil {
		idx = ix.idx
	} else if idx, err = ix.reader(); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	w := &engine.BatchWriter{Index: idx, Words: ix.words, Locs: ix.positions, Body: &ix.body, Batch: idx.NewBatch(), Codec: codec, Split: untouched, Bulk: bulk}
	switch {
	case dict != nil && bulk != nil: // no one reads the index before the bulk build is placed
		if err := idx.SetInternal([]byte(engine.DictKey), dict); err != nil {
			return fmt.Errorf("apply: store the body dictionary: %w", err)
		}
	case dict != nil:
		w.Batch.SetInternal([]byte(engine.DictKey), dict)
	}
	if !untouched {
		ids, err := ix.docsOfFiles(ctx, changes)
		if err != nil {
			return err
		}
		replaced := map[string]bool{} // document IDs deleted by this batch
		for _, id := range ids {
			w.Batch.Delete(id)
			replaced[id] = true
		}
		if err := ix.checkMeetingIDs(ctx, changes, replaced); err != nil {
			return err
		}
	}
	for _, c := range changes {
		if c.Meeting == nil {
			continue
		}
		m := *c.Meeting
		m.SourcePath = c.Path
		m.Hash = c.Hash
		for _, it := range m.Items {
			if err := w.Add(ctx, it.ID, itemDocument(&m, it, codec), engine.TextBytes(it)); err != nil {
				return fmt.Errorf("apply %s: index item %s: %w", c.Path, it.ID, err)
			}
		}
		if it, ok := frontItem(&m); ok { // the text outside the items (front.go)
			if err := w.Add(ctx, it.ID, frontDocument(&m, it, codec), engine.TextBytes(it)); err != nil {
				return fmt.Errorf("apply %s: index the text before the first item: %w", c.Path, err)
			}
		}
		doc, err := meetingDocument(&m, c.Hash, codec)
		if err != nil {
			return fmt.Errorf("apply %s: %w", c.Path, err)
		}
		if err := w.Add(ctx, meetingDocID(m.ID), doc, 0); err != nil {
			return fmt.Errorf("apply %s: index meeting %s: %w", c.Path, m.ID, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	if err := w.Write(); err != nil {
		return fmt.Errorf("apply batch of %d files: %w", len(changes), err)
	}
	ix.fresh.record(changes)
	ix.invalidateSummaries()
	ix.invalidateLabels()
	return nil
}

// ErrDuplicateMeeting refuses a change whose meeting ID another file of
// the same batch, or another file already indexed, gives too. Callers
// split the batch and keep the others.
var ErrDuplicateMeeting = errors.New("two files give the same meeting ID")

// changedMeetings lists the meetings of changes (nil for a file removed).
func changedMeetings(changes []FileChange) []*schema.Meeting {
	meetings := make([]*schema.Meeting, len(changes))
	for i, c := range changes {
		meetings[i] = c.Meeting
	}
	return meetings
}

// validateChanges refuses changes the index cannot hold consistently.
func validateChanges(changes []FileChange) error {
	paths := map[string]bool{}
	meetings := map[string]string{}
	for i, c := range changes {
		if c.Path == "" {
			return fmt.Errorf("apply: change %d has no path", i+1)
		}
		if paths[c.Path] {
			return fmt.Errorf("apply: file %s appears twice in one batch", c.Path)
		}
		paths[c.Path] = true
		m := c.Meeting
		if m == nil {
			continue
		}
		if m.ID == "" {
			return fmt.Errorf("apply %s: meeting has no ID (call AssignIDs)", c.Path)
		}
		if other, dup := meetings[m.ID]; dup {
			return fmt.Errorf("apply %s: meeting ID %s is also given by %s: %w", c.Path, m.ID, other, ErrDuplicateMeeting)
		}
		meetings[m.ID] = c.Path
		seen := map[string]bool{}
		for j, it := range m.Items {
			if it.ID == "" || schema.MeetingOfItem(it.ID) != m.ID {
				return fmt.Errorf("apply %s: item %d has ID %q, not an ID of meeting %s (call AssignIDs)", c.Path, j+1, it.ID, m.ID)
			}
			if seen[it.ID] {
				return fmt.Errorf("apply %s: item ID %s appears twice", c.Path, it.ID)
			}
			seen[it.ID] = true
		}
	}
	return nil
}

// checkMeetingIDs refuses a meeting whose ID is already indexed from a file
// this batch does not replace: indexing it would silently take over the
// other file's meeting.
func (ix *Index) checkMeetingIDs(ctx context.Context, changes []FileChange, replaced map[string]bool) error {
	var ids []string
	for _, c := range changes {
		if c.Meeting != nil && !replaced[meetingDocID(c.Meeting.ID)] {
			ids = append(ids, meetingDocID(c.Meeting.ID))
		}
	}
	if len(ids) == 0 {
		return nil
	}
	req := bleve.NewSearchRequestOptions(bq.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{engine.FieldRecord}
	idx, err := ix.reader()
	if err != nil {
		return fmt.Errorf("apply: check meeting IDs: %w", err)
	}
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("apply: check meeting IDs: %w", err)
	}
	if len(res.Hits) > 0 {
		h := res.Hits[0]
		id := h.ID[len(meetingDocPrefix):]
		m, err := ix.meetingRecord(id, h.Fields[engine.FieldRecord])
		if err != nil {
			return fmt.Errorf("apply: check meeting IDs: %w", err)
		}
		return fmt.Errorf("apply: meeting %s is already indexed from file %v: %w", id, m.SourcePath, ErrDuplicateMeeting)
	}
	return nil
}
