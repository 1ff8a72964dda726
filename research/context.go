package research

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// Context gives the web layer coverage and inspections (it implements
// web.ContextProvider). It reads the index, the last run's summary beside
// it, the corpus's manifest and the record.
//
// What it answers does not change between states of the index, so it is
// worked out once per state (a snapshot: the index's Generation and the
// files beside it), not per request: when the state moves on, every
// council with minutes is worked out again in the background, one at a
// time, and a request waits only for its own council if it comes first.
// Each council's meetings, as coverage reads them, and the inspections
// mined from them are kept from one state to the next while the council's
// files are unchanged, so a re-index that touches one council reads only
// that council's minutes again.
type Context struct {
	ix        *search.Index
	indexDir  string
	corpusDir string
	rec       Record

	mu   sync.Mutex
	snap *snapshot              // the latest state seen
	kept map[string]*councilRun // by council slug: its meetings read, while its files are unchanged
}

// NewContext makes a Context over an open index and its corpus's record.
func NewContext(ix *search.Index, indexDir, corpusDir string, rec Record) *Context {
	return &Context{ix: ix, indexDir: indexDir, corpusDir: corpusDir, rec: rec, kept: map[string]*councilRun{}}
}

// Coverage returns a council's coverage. A council of the register with
// no minutes has an empty coverage.
func (rc *Context) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	c, err := rc.council(ctx, council)
	if err != nil {
		return nil, err
	}
	if c.Meetings == 0 {
		return &coverage.CouncilCoverage{Slug: council, Name: c.Name}, nil
	}
	a, err := rc.current().answer(ctx, rc, c)
	if err != nil {
		return nil, err
	}
	return a.coverage, nil
}

// Inspections returns a council's inspections of the record and, for an
// authority of the register, the candidates mined from its indexed
// minutes, each with its item's URL and, when it matches one, the
// inspection of the record it speaks of (inspections.Check).
func (rc *Context) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	c, err := rc.council(ctx, council)
	if err != nil {
		return nil, nil, err
	}
	sourced := inspections.Filter(rc.rec.Inspections, council, "", "")
	if c.Register == nil || c.Meetings == 0 {
		return sourced, nil, nil
	}
	a, err := rc.current().answer(ctx, rc, c)
	if err != nil {
		return nil, nil, err
	}
	return sourced, inspections.Check(a.mined, sourced), nil
}

// Warm works out every council's answers for the index's current state,
// so that no page waits for them; serve calls it at start.
func (rc *Context) Warm(ctx context.Context) error {
	return rc.current().warm(ctx, rc)
}

// council finds a council of the index or the register.
func (rc *Context) council(ctx context.Context, slug string) (*search.Council, error) {
	all, err := rc.ix.Councils(ctx)
	if err != nil {
		return nil, err
	}
	for i := range all {
		if all[i].Slug == slug {
			return &all[i], nil
		}
	}
	return nil, fmt.Errorf("council %q: %w", slug, search.ErrNotFound)
}

// current returns the snapshot of the index's present state, starting a
// new one (and working it out in the background) when the state has moved
// on since the last.
func (rc *Context) current() *snapshot {
	key := fmt.Sprintf("%d|%s|%s|%s", rc.ix.Generation(), fileStamp(indexer.LastRunFile(rc.indexDir)),
		fileStamp(filepath.Join(rc.corpusDir, corpus.ManifestFile)), fileStamp(filepath.Join(rc.corpusDir, corpus.CouncilsFile)))
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.snap != nil && rc.snap.key == key {
		return rc.snap
	}
	rc.snap = newSnapshot(key)
	go rc.snap.warm(context.Background(), rc) // a failure is met again, and logged, by the request that needs it
	return rc.snap
}

// fileStamp is a file's size and modification time, or "" when it is missing.
func fileStamp(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d@%d", info.Size(), info.ModTime().UnixNano())
}
