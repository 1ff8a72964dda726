package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/councilminutes/minutes/search"
)

// writer gathers meetings' changes into batches of about limit items and
// writes them; the changes of one meeting always go in one batch.
type writer struct {
	ix      *search.Index
	sum     *Summary
	limit   int
	pending [][]search.FileChange // one slice per meeting
	items   int
}

// add queues one meeting's changes, writing the batch when it is full.
func (w *writer) add(ctx context.Context, changes []search.FileChange) error {
	w.pending = append(w.pending, changes)
	for _, c := range changes {
		if c.Meeting != nil {
			w.items += len(c.Meeting.Items)
		}
	}
	if w.limit <= 0 || w.items >= w.limit {
		return w.flush(ctx)
	}
	return nil
}

// flush writes the pending changes. When the index refuses a meeting ID
// that another file already gives (search.ErrDuplicateMeeting), it writes
// the meetings one by one and reports the refused ones as failures: what
// one file holds never stops the run.
func (w *writer) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	var all []search.FileChange
	for _, p := range w.pending {
		all = append(all, p...)
	}
	err := w.apply(ctx, all)
	switch {
	case err == nil:
		for _, p := range w.pending {
			w.count(p)
		}
	case errors.Is(err, search.ErrDuplicateMeeting):
		for _, p := range w.pending {
			err := w.apply(ctx, p)
			switch {
			case err == nil:
				w.count(p)
			case errors.Is(err, search.ErrDuplicateMeeting):
				w.sum.fail(p[0].Path, err.Error())
			default:
				return err
			}
		}
	default:
		return err
	}
	w.pending, w.items = nil, 0
	return nil
}

// count adds a written meeting to the summary.
func (w *writer) count(changes []search.FileChange) {
	for _, c := range changes {
		if c.Meeting != nil {
			w.sum.Indexed++
			w.sum.Meetings++
			w.sum.Items += len(c.Meeting.Items)
		}
	}
}

func (w *writer) apply(ctx context.Context, changes []search.FileChange) error {
	if len(changes) == 0 {
		return nil
	}
	if err := w.ix.Apply(ctx, changes); err != nil {
		return fmt.Errorf("write index batch: %w", err)
	}
	return nil
}
