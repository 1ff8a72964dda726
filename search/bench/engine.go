package bench

import (
	"context"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// meeting is one meeting's items as the engines receive them, with the
// corpus-relative path its file would have.
type meeting struct {
	Path  string
	Items []Item
}

// engine is what the benchmark drives: the search layer or plain bleve.
type engine interface {
	// Name is the engine's label in the report.
	Name() string
	// Create makes a new index at path.
	Create(path string) error
	// Index writes one batch of meetings.
	Index(ctx context.Context, batch []meeting) error
	// Open opens the index at path for searching.
	Open(path string) error
	// Search runs one query and returns its total number of matches.
	Search(ctx context.Context, q Query) (uint64, error)
	// Close closes the index; after indexing it must be on disk.
	Close() error
}

// toMeeting converts m into the schema value the indexer would produce.
func toMeeting(m meeting) *schema.Meeting {
	first := m.Items[0]
	sm := &schema.Meeting{
		Council:       first.Council,
		CouncilSlug:   schema.Slug(first.Council),
		Committee:     first.Committee,
		CommitteeSlug: schema.Slug(first.Committee),
		Date:          first.Date,
		DateSource:    schema.DateFromManifest,
		Title:         first.Committee + " - " + first.Date,
		SourcePath:    m.Path,
		Format:        "text",
		Warnings:      []string{},
	}
	for _, it := range m.Items {
		si := schema.Item{Title: it.Title, Text: it.Text, Topics: make([]string, 0, len(it.Topics))}
		if it.Decisions != "" {
			// extraction keeps a decision as a passage of the minute's
			// text, where words without a field find it; a JSONL item
			// gives it apart
			si.Decisions = []string{it.Decisions}
			if !strings.Contains(si.Text, it.Decisions) {
				si.Text = strings.TrimSpace(si.Text + "\n\n" + it.Decisions)
			}
		}
		for _, t := range it.Topics {
			si.Topics = append(si.Topics, schema.Slug(t))
		}
		sm.Items = append(sm.Items, si)
	}
	sm.AssignIDs()
	return sm
}
