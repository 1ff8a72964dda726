package research

import (
	"context"
	"fmt"
	"hash"
	"hash/fnv"
	"sort"
	"sync"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
)

// snapshot holds the answers worked out for one state of the index.
type snapshot struct {
	key string

	loadMu sync.Mutex
	loaded *snapshotInputs // nil until loaded

	mu      sync.Mutex
	answers map[string]*answerCall // by council slug

	warmOnce sync.Once
	warmed   chan struct{} // closed when every council has been worked out
	warmErr  error
}

// snapshotInputs are what every council's answer reads besides its own
// meetings: the last run's failures, the manifest's listings, and a
// fingerprint of each council's indexed files.
type snapshotInputs struct {
	beside
	prints map[string]string
}

// answer is a council's coverage and the inspections mined from its
// minutes (nil outside the register).
type answer struct {
	coverage *coverage.CouncilCoverage
	mined    []inspections.Candidate
}

// answerCall is a council's answer being worked out, or worked out: done
// is closed when a and err are set.
type answerCall struct {
	done chan struct{}
	a    *answer
	err  error
}

// councilRun is what was read of one council's minutes: each meeting as
// coverage reads it and the inspections mined from them, with the
// fingerprint of the files they were read from.
type councilRun struct {
	print string
	infos []coverage.MeetingInfo
	mined []inspections.Candidate
}

func newSnapshot(key string) *snapshot {
	return &snapshot{key: key, answers: map[string]*answerCall{}, warmed: make(chan struct{})}
}

// answer returns a council's answer in this snapshot, working it out if
// no one has (the one who does goes on even if its own request is
// cancelled, for the others waiting), or waiting for whoever is. A failure
// is not kept: the next request tries again.
func (st *snapshot) answer(ctx context.Context, rc *Context, c *search.Council) (*answer, error) {
	st.mu.Lock()
	call, ok := st.answers[c.Slug]
	if !ok {
		call = &answerCall{done: make(chan struct{})}
		st.answers[c.Slug] = call
	}
	st.mu.Unlock()
	if !ok {
		call.a, call.err = st.work(context.WithoutCancel(ctx), rc, c)
		if call.err != nil {
			st.mu.Lock()
			delete(st.answers, c.Slug)
			st.mu.Unlock()
		}
		close(call.done)
	}
	select {
	case <-call.done:
		return call.a, call.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// work works out a council's answer: its meetings read (or kept from the
// last snapshot while its files are unchanged), then its coverage.
func (st *snapshot) work(ctx context.Context, rc *Context, c *search.Council) (*answer, error) {
	in, err := st.inputs(ctx, rc)
	if err != nil {
		return nil, err
	}
	run, err := rc.run(ctx, c, in.prints[c.Slug])
	if err != nil {
		return nil, err
	}
	cov := &coverage.CouncilCoverage{Slug: c.Slug}
	for _, cc := range coverage.Compute(coverage.Input{Meetings: run.infos, Failures: in.failures[c.Slug], Known: in.known[c.Slug]}) {
		if cc.Slug == c.Slug {
			cov = &cc
		}
	}
	cov.Name = c.Name
	return &answer{coverage: cov, mined: run.mined}, nil
}

// inputs loads the snapshot's inputs once.
func (st *snapshot) inputs(ctx context.Context, rc *Context) (*snapshotInputs, error) {
	st.loadMu.Lock()
	defer st.loadMu.Unlock()
	if st.loaded != nil {
		return st.loaded, nil
	}
	b, err := loadBeside(rc.indexDir, rc.corpusDir)
	if err != nil {
		return nil, err
	}
	prints, err := fingerprints(ctx, rc.ix)
	if err != nil {
		return nil, err
	}
	st.loaded = &snapshotInputs{beside: b, prints: prints}
	return st.loaded, nil
}

// warm works out every council with minutes, one at a time, once per
// snapshot, stopping when a newer state has been seen; later calls wait
// for the first.
func (st *snapshot) warm(ctx context.Context, rc *Context) error {
	st.warmOnce.Do(func() {
		go func() {
			defer close(st.warmed)
			all, err := rc.ix.Councils(context.Background())
			if err != nil {
				st.warmErr = err
				return
			}
			for i := range all {
				if all[i].Meetings == 0 {
					continue
				}
				if rc.superseded(st) { // the index moved on (a re-index under way): its own snapshot will do
					return
				}
				if _, err := st.answer(context.Background(), rc, &all[i]); err != nil && st.warmErr == nil {
					st.warmErr = fmt.Errorf("council %s: %w", all[i].Slug, err)
				}
			}
		}()
	})
	select {
	case <-st.warmed:
		return st.warmErr
	case <-ctx.Done():
		return ctx.Err()
	}
}

// superseded reports whether a newer state of the index has been seen.
func (rc *Context) superseded(st *snapshot) bool {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.snap != st
}

// run returns what was read of a council's minutes: kept from before when
// its files are unchanged, else read afresh (and mined, for an authority
// of the register) and kept.
func (rc *Context) run(ctx context.Context, c *search.Council, print string) (*councilRun, error) {
	rc.mu.Lock()
	r := rc.kept[c.Slug]
	rc.mu.Unlock()
	if r != nil && r.print == print {
		return r, nil
	}
	meetings, err := rc.ix.Meetings(ctx, c.Slug)
	if err != nil {
		return nil, err
	}
	r = &councilRun{print: print, infos: make([]coverage.MeetingInfo, 0, len(meetings))}
	for _, m := range meetings {
		r.infos = append(r.infos, meetingInfo(m))
		if c.Register == nil {
			continue
		}
		r.mined = append(r.mined, inspections.Mine(m)...)
	}
	rc.mu.Lock()
	rc.kept[c.Slug] = r
	rc.mu.Unlock()
	return r, nil
}

// fingerprints hashes, for each council, the paths and hashes of its
// indexed files: unchanged, its minutes are as they were.
func fingerprints(ctx context.Context, ix *search.Index) (map[string]string, error) {
	files, err := ix.Files()
	if err != nil {
		return nil, err
	}
	councils, err := ix.FileCouncils(ctx)
	if err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	hashes := map[string]hash.Hash64{}
	for _, p := range paths {
		h, ok := hashes[councils[p]]
		if !ok {
			h = fnv.New64a()
			hashes[councils[p]] = h
		}
		fmt.Fprintf(h, "%s\x00%s\n", p, files[p])
	}
	out := make(map[string]string, len(hashes))
	for c, h := range hashes {
		out[c] = fmt.Sprintf("%016x", h.Sum64())
	}
	return out, nil
}
