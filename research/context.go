package research

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// Context gives the web layer coverage and inspections (it implements
// web.ContextProvider). It reads the index, the last run's summary beside
// it, the corpus's manifest and the record, and keeps each council's
// answers until the council's meetings or the last run change.
type Context struct {
	ix        *search.Index
	indexDir  string
	corpusDir string
	rec       Record

	mu       sync.Mutex
	coverage map[string]cached[*coverage.CouncilCoverage] // by council slug
	mined    map[string]cached[[]inspections.Candidate]
}

// cached is an answer with the state it was computed from.
type cached[T any] struct {
	stamp string
	value T
}

// NewContext makes a Context over an open index and its corpus's record.
func NewContext(ix *search.Index, indexDir, corpusDir string, rec Record) *Context {
	return &Context{ix: ix, indexDir: indexDir, corpusDir: corpusDir, rec: rec,
		coverage: map[string]cached[*coverage.CouncilCoverage]{}, mined: map[string]cached[[]inspections.Candidate]{}}
}

// stamp names the state of a council's meetings and of the last run: the
// cached answers stand while it is unchanged.
func (rc *Context) stamp(c *search.Council) string {
	return fmt.Sprintf("%d|%d|%s|%s|%s", c.Meetings, c.Items, c.FirstDate, c.LastDate, fileStamp(indexer.LastRunFile(rc.indexDir)))
}

// Coverage computes a council's coverage, reusing the last answer while
// its meetings and the last run are unchanged. A council of the register
// with no minutes has an empty coverage.
func (rc *Context) Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error) {
	c, err := rc.ix.Council(ctx, council)
	if err != nil {
		return nil, err
	}
	stamp := rc.stamp(c)
	rc.mu.Lock()
	hit, ok := rc.coverage[council]
	rc.mu.Unlock()
	if ok && hit.stamp == stamp {
		return hit.value, nil
	}
	cov := &coverage.CouncilCoverage{Slug: council, Name: c.Name}
	if c.Meetings > 0 {
		covs, err := Coverage(ctx, rc.ix, rc.indexDir, rc.corpusDir, council)
		if err != nil {
			return nil, err
		}
		for i := range covs {
			if covs[i].Slug == council {
				cov = &covs[i]
			}
		}
	}
	cov.Name = c.Name
	rc.mu.Lock()
	rc.coverage[council] = cached[*coverage.CouncilCoverage]{stamp: stamp, value: cov}
	rc.mu.Unlock()
	return cov, nil
}

// Inspections returns a council's inspections of the record and, for an
// authority of the register, the candidates mined from its indexed
// minutes, each with its item's URL and, when it matches one, the
// inspection of the record it speaks of (inspections.Check).
func (rc *Context) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	c, err := rc.ix.Council(ctx, council)
	if err != nil {
		return nil, nil, err
	}
	sourced := inspections.Filter(rc.rec.Inspections, council, "", "")
	if c.Register == nil || c.Meetings == 0 {
		return sourced, nil, nil
	}
	mined, err := rc.minedOf(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	return sourced, inspections.Check(mined, sourced), nil
}

// minedOf mines a council's meetings, reusing the last answer while its
// meetings are unchanged.
func (rc *Context) minedOf(ctx context.Context, c *search.Council) ([]inspections.Candidate, error) {
	stamp := rc.stamp(c)
	rc.mu.Lock()
	hit, ok := rc.mined[c.Slug]
	rc.mu.Unlock()
	if ok && hit.stamp == stamp {
		return hit.value, nil
	}
	meetings, err := rc.ix.Meetings(ctx, c.Slug)
	if err != nil {
		return nil, err
	}
	var mined []inspections.Candidate
	for _, m := range meetings {
		for _, cand := range inspections.Mine(m) {
			cand.URL = "/items/" + cand.ItemID
			mined = append(mined, cand)
		}
	}
	rc.mu.Lock()
	rc.mined[c.Slug] = cached[[]inspections.Candidate]{stamp: stamp, value: mined}
	rc.mu.Unlock()
	return mined, nil
}

// fileStamp is a file's size and modification time, or "" when it is missing.
func fileStamp(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d@%d", info.Size(), info.ModTime().UnixNano())
}
