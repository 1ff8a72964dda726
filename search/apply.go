package search

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	bq "github.com/blevesearch/bleve/v2/search/query"

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
// the batch or none of it. Meetings must carry IDs (schema.Meeting.AssignIDs).
func (ix *Index) Apply(ctx context.Context, changes []FileChange) error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()

	if err := validateChanges(changes); err != nil {
		return err
	}
	batch := ix.idx.NewBatch()
	codec, dict, err := batchCodec(ix.body.Load(), changes)
	if err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	if dict != nil {
		batch.SetInternal([]byte(dictKey), dict)
	}
	if !ix.fresh.untouched(changes) {
		ids, err := ix.docsOfFiles(ctx, changes)
		if err != nil {
			return err
		}
		replaced := map[string]bool{} // document IDs deleted by this batch
		for _, id := range ids {
			batch.Delete(id)
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
			if err := ix.index(batch, it.ID, itemDocument(&m, it, codec)); err != nil {
				return fmt.Errorf("apply %s: index item %s: %w", c.Path, it.ID, err)
			}
		}
		if it, ok := frontItem(&m); ok { // the text outside the items (front.go)
			if err := ix.index(batch, it.ID, frontDocument(&m, it, codec)); err != nil {
				return fmt.Errorf("apply %s: index the text before the first item: %w", c.Path, err)
			}
		}
		doc, err := meetingDocument(&m, c.Hash, codec)
		if err != nil {
			return fmt.Errorf("apply %s: %w", c.Path, err)
		}
		if err := ix.index(batch, meetingDocID(m.ID), doc); err != nil {
			return fmt.Errorf("apply %s: index meeting %s: %w", c.Path, m.ID, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	if err := ix.idx.Batch(batch); err != nil {
		return fmt.Errorf("apply batch of %d files: %w", len(changes), err)
	}
	ix.body.Store(codec) // with the dictionary the batch stored, if any
	ix.fresh.record(changes)
	ix.invalidateSummaries()
	ix.invalidateLabels()
	return nil
}

// index adds a document to a batch: mapped as the index mapping says, with
// its full-text fields indexed as textTerms.
func (ix *Index) index(batch *bleve.Batch, id string, data map[string]any) error {
	doc := document.NewDocument(id)
	if err := ix.idx.Mapping().MapDocument(doc, data); err != nil {
		return err
	}
	withTextTerms(doc, ix.words)
	return batch.IndexAdvanced(doc)
}

// ErrDuplicateMeeting refuses a change whose meeting ID another file of
// the same batch, or another file already indexed, gives too. Callers
// split the batch and keep the others.
var ErrDuplicateMeeting = errors.New("two files give the same meeting ID")

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
	req.Fields = []string{fieldRecord}
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("apply: check meeting IDs: %w", err)
	}
	if len(res.Hits) > 0 {
		h := res.Hits[0]
		id := h.ID[len(meetingDocPrefix):]
		m, err := ix.meetingRecord(id, h.Fields[fieldRecord])
		if err != nil {
			return fmt.Errorf("apply: check meeting IDs: %w", err)
		}
		return fmt.Errorf("apply: meeting %s is already indexed from file %v: %w", id, m.SourcePath, ErrDuplicateMeeting)
	}
	return nil
}
