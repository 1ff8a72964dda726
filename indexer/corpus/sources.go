package corpus

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/councilminutes/minutes/search/schema"
)

// SourcesFile records, per council, where its ModernGov site is, how that
// was found, and what the last fetch of it gave. `minutes fetch` writes it.
const SourcesFile = "sources.json"

// How a council's site was found (Source.FoundBy).
const (
	// FoundByOperator: given with fetch --site, or written into the file
	// by hand (an entry with a site and no found_by is the operator's).
	FoundByOperator = "operator"
	// FoundByCouncils: the moderngov_url of councils.json.
	FoundByCouncils = "councils.json"
	// FoundByDomain: discovered by trying the usual ModernGov hosts of the
	// web domain the register gives the council.
	FoundByDomain = "register-domain"
)

// Sources is the sources file: the councils by slug, and the many-council
// run under way or last finished.
type Sources struct {
	Run      *Run              `json:"run,omitempty"`
	Councils map[string]Source `json:"councils"`
}

// Run is one many-council fetch: what it asked for and when it started
// and finished. A run that has not finished is resumed by the next one
// that asks for the same committees and dates.
type Run struct {
	Started    string   `json:"started"` // RFC 3339, and the run's identity
	Committees []string `json:"committees,omitempty"`
	From       string   `json:"from,omitempty"`
	To         string   `json:"to,omitempty"`
	Finished   string   `json:"finished,omitempty"` // RFC 3339; empty while unfinished
}

// Source is one council's ModernGov site and its last fetch.
type Source struct {
	Name    string `json:"name,omitempty"`
	Domain  string `json:"domain,omitempty"` // the register's web domain
	Site    string `json:"site,omitempty"`   // the site's base URL; empty while none is known
	FoundBy string `json:"found_by,omitempty"`
	FoundAt string `json:"found_at,omitempty"` // RFC 3339
	// Checked is when discovery last looked for a site and found none.
	Checked string `json:"checked,omitempty"`
	// LastFetched is when the last fetch of the council ended; Run is the
	// start of the many-council run it finished in (see Run.Started).
	LastFetched string `json:"last_fetched,omitempty"`
	Run         string `json:"run,omitempty"`
	// What the last fetch gave.
	FetchCounts
	// LastError is why the last fetch or discovery failed or stopped.
	LastError string `json:"last_error,omitempty"`
}

// FetchCounts are what one fetch of a council gave: committees fetched,
// meetings stored (new or changed), unchanged, without minutes and
// failed, requests sent. sources.json keeps the last fetch's; a
// many-council run reports each council's (moderngov.CouncilResult).
type FetchCounts struct {
	Committees     int `json:"committees"`
	Stored         int `json:"stored"`
	Unchanged      int `json:"unchanged"`
	WithoutMinutes int `json:"without_minutes"`
	Failed         int `json:"failed"`
	Requests       int `json:"requests"`
}

// LoadSources reads dir/sources.json. A missing file is an empty one; a
// malformed one is an error naming the file.
func LoadSources(dir string) (*Sources, error) {
	s := &Sources{}
	if _, err := readJSON(dir, SourcesFile, "sources", s); err != nil {
		return nil, err
	}
	if s.Councils == nil {
		s.Councils = map[string]Source{}
	}
	path := filepath.Join(dir, SourcesFile)
	for slug, src := range s.Councils {
		if slug == "" || schema.Slug(slug) != slug {
			return nil, fmt.Errorf("sources %s: %q is not a council slug (lower-case words joined by -)", path, slug)
		}
		if src.Site != "" && src.FoundBy == "" {
			src.FoundBy = FoundByOperator
			s.Councils[slug] = src
		}
	}
	if s.Run != nil && s.Run.Started == "" {
		return nil, fmt.Errorf("sources %s: the run has no start", path)
	}
	return s, nil
}

// Save writes dir/sources.json atomically (a temporary file, synced, then
// renamed), so that a run killed at any moment leaves the old file or the
// new one.
func (s *Sources) Save(dir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode sources: %w", err)
	}
	return WriteFileAtomic(filepath.Join(dir, SourcesFile), append(data, '\n'))
}
