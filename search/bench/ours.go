package bench

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/councilminutes/minutes/search"
)

// ours drives package search as the web layer and the indexer do.
type ours struct {
	idx     *search.Index
	opts    search.Options
	restore func() // the memory limit before Create, as indexer.Build sets it
}

func newOurs(log *slog.Logger) *ours {
	labels := map[string]string{}
	for _, t := range topics {
		labels[t.Slug] = t.Label
	}
	// A generous deadline: the benchmark measures slow queries rather
	// than cutting them off.
	return &ours{opts: search.Options{TopicLabels: labels, SearchTimeout: time.Minute, Logger: log}}
}

func (o *ours) Name() string { return "ours" }

func (o *ours) Create(path string) error {
	o.restore = search.LimitBuildMemory() // as indexer.Build builds an index
	idx, err := search.Create(path, o.opts)
	if err != nil {
		o.restoreLimit()
		return err
	}
	o.idx = idx
	return nil
}

func (o *ours) Open(path string) error {
	idx, err := search.Open(path, o.opts)
	if err != nil {
		return err
	}
	o.idx = idx
	return nil
}

func (o *ours) Close() error {
	defer o.restoreLimit()
	if o.idx == nil {
		return nil
	}
	err := o.idx.Close()
	o.idx = nil
	return err
}

func (o *ours) restoreLimit() {
	if o.restore != nil {
		o.restore()
		o.restore = nil
	}
}

func (o *ours) Index(ctx context.Context, batch []meeting) error {
	changes := make([]search.FileChange, len(batch))
	for i, m := range batch {
		changes[i] = search.FileChange{Path: m.Path, Hash: "bench-" + m.Items[0].Date, Meeting: toMeeting(m)}
	}
	return o.idx.Apply(ctx, changes)
}

// request is the search.Request of q, as /api/search would send it.
func (o *ours) request(q Query) search.Request {
	req := search.Request{Query: q.Text(), Page: q.Page, Size: q.PageSize, Highlight: true}
	if q.Council != "" {
		req.Councils = []string{q.Council}
	}
	if q.Topic != "" {
		req.Topics = []string{q.Topic}
	}
	return req
}

func (o *ours) Search(ctx context.Context, q Query) (uint64, error) {
	if q.Compare {
		res, err := o.idx.Compare(ctx, search.CompareRequest{Request: o.request(q), By: "council", Per: "year"})
		if err != nil {
			return 0, fmt.Errorf("compare %q: %w", q.Text(), err)
		}
		var total uint64
		for _, row := range res.Rows {
			total += uint64(row.Total)
		}
		return total, nil
	}
	res, err := o.idx.Search(ctx, o.request(q))
	if err != nil {
		return 0, fmt.Errorf("search %s %q: %w", q.Class, q.Text(), err)
	}
	return res.Total, nil
}
