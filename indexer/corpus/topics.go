package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
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
	path := filepath.Join(dir, TopicsFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read topics %s: %w", path, err)
	}
	var ts []Topic
	if err := json.Unmarshal(data, &ts); err != nil {
		return nil, fmt.Errorf("parse topics %s: %w", path, err)
	}
	for i, t := range ts {
		if t.Slug == "" || len(t.Terms) == 0 {
			return nil, fmt.Errorf("topics %s: entry %d needs a slug and terms", path, i+1)
		}
	}
	return ts, nil
}
