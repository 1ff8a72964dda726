package search

import (
	"context"
	"fmt"

	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// stampPrefix starts the keys of stamps in the index's internal store.
const stampPrefix = "minutes:stamp:"

// Stamp returns the value last recorded under name by SetStamp, or "".
// The indexing run stamps the index with what its corpus data files (the
// topic taxonomy, the councils) were, to see what changed since.
func (ix *Index) Stamp(name string) (string, error) {
	v, err := ix.scorch().GetInternal([]byte(stampPrefix + name))
	if err != nil {
		return "", fmt.Errorf("read stamp %s of %s: %w", name, ix.path, err)
	}
	return string(v), nil
}

// SetStamp records value under name.
func (ix *Index) SetStamp(name, value string) error {
	if err := ix.scorch().SetInternal([]byte(stampPrefix+name), []byte(value)); err != nil {
		return fmt.Errorf("write stamp %s of %s: %w", name, ix.path, err)
	}
	return nil
}

// EachMeeting calls fn with every indexed meeting, with its items, in ID
// order, reading the stored records one page at a time.
func (ix *Index) EachMeeting(ctx context.Context, fn func(m *schema.Meeting) error) error {
	return ix.eachMeeting(ctx, typeQuery(engine.DocMeeting), fn)
}

func (ix *Index) eachMeeting(ctx context.Context, q bq.Query, fn func(m *schema.Meeting) error) error {
	// a page of meetings at a time, to read their items' bodies together
	var page []*schema.Meeting
	flush := func() error {
		if err := ix.withBodies(ctx, page); err != nil {
			return err
		}
		for _, m := range page {
			if err := fn(m); err != nil {
				return err
			}
		}
		page = page[:0]
		return nil
	}
	err := ix.each(ctx, q, []string{engine.FieldRecord}, func(id string, f map[string]any) error {
		m, err := ix.meetingRecord(id[len(meetingDocPrefix):], f[engine.FieldRecord])
		if err != nil {
			return err
		}
		page = append(page, m)
		if len(page) == meetingPage {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return fmt.Errorf("read meetings: %w", err)
	}
	return nil
}

// eachMeetingRecord calls fn with every meeting record q matches, in ID
// order, without its items' bodies.
func (ix *Index) eachMeetingRecord(ctx context.Context, q bq.Query, fn func(m *schema.Meeting) error) error {
	return ix.each(ctx, q, []string{engine.FieldRecord}, func(id string, f map[string]any) error {
		m, err := ix.meetingRecord(id[len(meetingDocPrefix):], f[engine.FieldRecord])
		if err != nil {
			return err
		}
		return fn(m)
	})
}

// meetingPage is how many meetings eachMeeting reads the bodies of at once.
const meetingPage = 200

// FileCouncils returns the council slug of every indexed file's meeting,
// from doc values (as Files does).
func (ix *Index) FileCouncils(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := ix.eachFileValue(ctx, engine.FieldCouncil, func(file, council string) bool {
		if council != bsearch.HighTerm {
			out[file] = council
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("list the councils of indexed files: %w", err)
	}
	return out, nil
}

// SetTopicLabels replaces Options.TopicLabels, for a topics file edited
// while the index is open.
func (ix *Index) SetTopicLabels(labels map[string]string) {
	ix.topicLabels.Store(&labels)
	ix.invalidateLabels()
}

// topicLabelMap maps topic slugs to their display labels.
func (ix *Index) topicLabelMap() map[string]string {
	if m := ix.topicLabels.Load(); m != nil {
		return *m
	}
	return ix.opts.TopicLabels
}
