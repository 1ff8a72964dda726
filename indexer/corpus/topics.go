package corpus

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
	if _, problems := usableTopics(ts); len(problems) > 0 {
		panic(fmt.Sprintf("corpus: the built-in topics.default.json: %s", strings.Join(problems, "; ")))
	}
	return ts
}

// LoadTopics reads dir/topics.json. A corpus without one is tagged with
// DefaultTopics. Files in the older flat format (no families) still load:
// each entry is then a family of its own. An entry that cannot be used is
// left out and reported in a *BadEntries error returned with the other
// topics (see IsBadEntries): one bad line never costs the rest.
func LoadTopics(dir string) ([]Topic, error) {
	path := filepath.Join(dir, TopicsFile)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return DefaultTopics(), nil
	}
	parents := familiesNamed(path)
	ts := []Topic{}
	err := readEntries(dir, TopicsFile, func(raw json.RawMessage, n int) string {
		var t Topic
		if why := decodeEntry(raw, &t); why != "" {
			return why
		}
		if t.Slug == "" || (len(t.Terms)+len(t.TitleTerms) == 0 && !parents[t.Slug]) {
			return "needs a slug and terms"
		}
		ts = append(ts, t)
		return ""
	})
	if err != nil && !IsBadEntries(err) {
		return nil, fmt.Errorf("topics: %w", err)
	}
	ts, problems := usableTopics(ts)
	if len(problems) > 0 {
		bad := &BadEntries{}
		if IsBadEntries(err) {
			errors.As(err, &bad)
		}
		for _, p := range problems {
			bad.Problems = append(bad.Problems, fmt.Sprintf("%s: %s; it is left out", path, p))
		}
		err = bad
	}
	return ts, err
}

// familiesNamed returns the slugs that entries of the taxonomy at path
// name as their family: those entries may go without terms of their own.
// A file that cannot be read names none (readEntries reports it).
func familiesNamed(path string) map[string]bool {
	named := map[string]bool{}
	data, err := os.ReadFile(path)
	if err != nil {
		return named
	}
	var entries []struct {
		Family any `json:"family"`
	}
	if json.Unmarshal(data, &entries) != nil {
		return named
	}
	for _, e := range entries {
		if f, ok := e.Family.(string); ok && f != "" {
			named[f] = true
		}
	}
	return named
}

// usableTopics keeps the entries of a taxonomy that fit together: unique
// slugs, every Family naming a family entry (two levels at most), and
// terms on every entry but a family that has topics of its own. It says
// why each other entry was left out.
func usableTopics(ts []Topic) ([]Topic, []string) {
	var problems []string
	seen := map[string]bool{}
	var unique []Topic
	for _, t := range ts {
		if seen[t.Slug] {
			problems = append(problems, fmt.Sprintf("topic %q is listed twice", t.Slug))
			continue
		}
		seen[t.Slug] = true
		unique = append(unique, t)
	}
	families := map[string]bool{}
	children := map[string]int{}
	for _, t := range unique {
		if t.Family == "" {
			families[t.Slug] = true
		} else {
			children[t.Family]++
		}
	}
	out := []Topic{}
	for _, t := range unique {
		switch {
		case t.Family != "" && !families[t.Family]:
			problems = append(problems, fmt.Sprintf("topic %q: family %q is not a family entry", t.Slug, t.Family))
		case len(t.Terms)+len(t.TitleTerms) == 0 && (t.Family != "" || children[t.Slug] == 0):
			problems = append(problems, fmt.Sprintf("topic %q needs terms", t.Slug))
		default:
			out = append(out, t)
		}
	}
	return out, problems
}
