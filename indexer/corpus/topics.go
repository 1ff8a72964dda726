package corpus

import (
	"fmt"
	"path/filepath"
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
func LoadTopics(dir string) ([]Topic, error) {
	var ts []Topic
	if _, err := readJSON(dir, TopicsFile, "topics", &ts); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, TopicsFile)
	for i, t := range ts {
		if t.Slug == "" || len(t.Terms) == 0 {
			return nil, fmt.Errorf("topics %s: entry %d needs a slug and terms", path, i+1)
		}
	}
	return ts, nil
}
