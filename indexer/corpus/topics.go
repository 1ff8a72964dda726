package corpus

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"path/filepath"
)

// Topic is one entry of the topic taxonomy (topics.json): a family of
// council business (housing, planning, children's services…) or, when
// Family names one, a topic within that family. Terms are the words and
// phrases that signal it; the indexer's topics.go says how they are
// matched. An item tagged with a topic also carries its family's slug,
// so that a search for the family finds all its topics.
type Topic struct {
	Slug   string   `json:"slug"`
	Label  string   `json:"label"`
	Family string   `json:"family,omitempty"` // slug of the family entry; "" for a family
	Terms  []string `json:"terms"`
	// TitleTerms count only in an item's title: a heading "Planning" names
	// the business, the word in running text does not.
	TitleTerms []string `json:"title_terms,omitempty"`
	MinHits    int      `json:"min_hits,omitempty"` // hits needed in the text (default 2)
	// Context: the topic is given only when one of these occurs in the
	// item's title, text or committee name (a family's context binds its
	// topics too), so that "placement" or "inspection" alone never makes
	// an item about children's services.
	Context []string `json:"context,omitempty"`
	// CommitteeContext gives the context too when one of these is in the
	// committee's name: every item of a children's committee is in a
	// children's context.
	CommitteeContext []string `json:"committee_context,omitempty"`
	// Not: phrases whose words never count as hits ("adoption of the
	// minutes"); a family's apply to its topics too.
	Not        []string `json:"not,omitempty"`
	Procedural bool     `json:"procedural,omitempty"` // housekeeping items users may leave out
}

//go:embed topics.default.json
var defaultTopics []byte

// DefaultTopics is the taxonomy built into the program, the same as the
// bundled corpus/topics.json: what a corpus without its own topics.json
// is tagged with.
func DefaultTopics() []Topic {
	var ts []Topic
	if err := json.Unmarshal(defaultTopics, &ts); err != nil {
		panic(fmt.Sprintf("corpus: the built-in topics.default.json: %v", err))
	}
	if err := checkTopics(ts); err != nil {
		panic(fmt.Sprintf("corpus: the built-in topics.default.json: %v", err))
	}
	return ts
}

// LoadTopics reads dir/topics.json. A corpus without one is tagged with
// DefaultTopics. Files in the older flat format (no families) still load:
// each entry is then a family of its own.
func LoadTopics(dir string) ([]Topic, error) {
	var ts []Topic
	found, err := readJSON(dir, TopicsFile, "topics", &ts)
	if err != nil {
		return nil, err
	}
	if !found {
		return DefaultTopics(), nil
	}
	if err := checkTopics(ts); err != nil {
		return nil, fmt.Errorf("topics %s: %w", filepath.Join(dir, TopicsFile), err)
	}
	return ts, nil
}

// checkTopics validates a taxonomy: unique slugs, every Family naming a
// family entry (two levels at most), and terms on every entry but a
// family that has topics of its own.
func checkTopics(ts []Topic) error {
	index := map[string]int{}
	children := map[string]int{}
	for i, t := range ts {
		if t.Slug == "" {
			return fmt.Errorf("entry %d needs a slug", i+1)
		}
		if _, dup := index[t.Slug]; dup {
			return fmt.Errorf("entry %d: slug %q is used twice", i+1, t.Slug)
		}
		index[t.Slug] = i
		if t.Family != "" {
			children[t.Family]++
		}
	}
	for i, t := range ts {
		if t.Family != "" {
			j, ok := index[t.Family]
			if !ok {
				return fmt.Errorf("entry %d (%s): family %q is not an entry", i+1, t.Slug, t.Family)
			}
			if ts[j].Family != "" {
				return fmt.Errorf("entry %d (%s): family %q is itself in a family", i+1, t.Slug, t.Family)
			}
		}
		if len(t.Terms)+len(t.TitleTerms) == 0 && children[t.Slug] == 0 {
			return fmt.Errorf("entry %d (%s) needs terms", i+1, t.Slug)
		}
	}
	return nil
}
