package corpus

import (
	"encoding/json"
	"fmt"
)

// Topic is one entry of the topic taxonomy: the words and phrases that
// signal it. An item is tagged with a topic when its title contains one of
// Terms, or its text contains them at least MinHits times (default 2), so
// that a passing word is not enough.
type Topic struct {
	Slug       string   `json:"slug"`
	Label      string   `json:"label"`
	Terms      []string `json:"terms"`
	MinHits    int      `json:"min_hits,omitempty"`
	Procedural bool     `json:"procedural,omitempty"` // housekeeping items users may leave out
}

// LoadTopics reads dir/topics.json. A missing file is an empty taxonomy.
// An entry that cannot be used is left out and reported in a *BadEntries
// error returned with the other topics (see IsBadEntries).
func LoadTopics(dir string) ([]Topic, error) {
	ts := []Topic{}
	err := readEntries(dir, TopicsFile, func(raw json.RawMessage, n int) string {
		var t Topic
		if why := decodeEntry(raw, &t); why != "" {
			return why
		}
		if t.Slug == "" || len(t.Terms) == 0 {
			return "needs a slug and terms"
		}
		ts = append(ts, t)
		return ""
	})
	if err != nil && !IsBadEntries(err) {
		return nil, fmt.Errorf("topics: %w", err)
	}
	return ts, err
}
