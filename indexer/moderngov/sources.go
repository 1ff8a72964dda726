package moderngov

import (
	"slices"
	"sync"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// sourcesStore is the corpus's sources.json during a run: read once,
// changed under a lock, and saved atomically after every change, so that
// a run killed at any moment leaves it whole and up to date with every
// council finished.
type sourcesStore struct {
	mu  sync.Mutex
	dir string
	s   *corpus.Sources
}

func loadSourcesStore(dir string) (*sourcesStore, error) {
	s, err := corpus.LoadSources(dir)
	if err != nil {
		return nil, err
	}
	return &sourcesStore{dir: dir, s: s}, nil
}

// get returns the council's entry (empty when there is none).
func (st *sourcesStore) get(slug string) corpus.Source {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.s.Councils[slug]
}

// all returns a copy of every entry, by slug.
func (st *sourcesStore) all() map[string]corpus.Source {
	st.mu.Lock()
	defer st.mu.Unlock()
	out := make(map[string]corpus.Source, len(st.s.Councils))
	for k, v := range st.s.Councils {
		out[k] = v
	}
	return out
}

// done reports whether the council was fetched to its end in the run
// that started at run.
func (st *sourcesStore) done(slug, run string) bool {
	return st.get(slug).Run == run
}

// update changes the council's entry and saves the file.
func (st *sourcesStore) update(slug string, change func(*corpus.Source)) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	src := st.s.Councils[slug]
	change(&src)
	st.s.Councils[slug] = src
	return st.s.Save(st.dir)
}

// begin starts a many-council run, or resumes the unfinished one that
// asked for the same committees and dates (unless restart), and saves the
// file. It returns the run and whether it was resumed.
func (st *sourcesStore) begin(opts Options, now time.Time) (corpus.Run, bool, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if r := st.s.Run; r != nil && r.Finished == "" && !opts.Restart &&
		slices.Equal(r.Committees, opts.Committees) && r.From == opts.From && r.To == opts.To {
		return *r, true, nil
	}
	if r := st.s.Run; r != nil {
		// The start is the run's identity and must not be the previous
		// run's, even two runs in a millisecond or a clock put back.
		if prev, err := time.Parse(runStamp, r.Started); err == nil && !now.After(prev) {
			now = prev.Add(time.Millisecond)
		}
	}
	st.s.Run = &corpus.Run{Started: now.UTC().Format(runStamp), Committees: opts.Committees, From: opts.From, To: opts.To}
	return *st.s.Run, false, st.s.Save(st.dir)
}

// finish marks the run finished: the next one starts afresh.
func (st *sourcesStore) finish(now time.Time) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.s.Run == nil {
		return nil
	}
	st.s.Run.Finished = stamp(now)
	return st.s.Save(st.dir)
}

// runStamp is the layout of a run's start, to the millisecond: it is
// also the run's identity.
const runStamp = "2006-01-02T15:04:05.000Z07:00"

// stamp is a time as sources.json records it.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// fetchRecord is what a fetch of one council gave, to record in its
// entry: its summary (nil when it never began), the error that ended it,
// and whether that error interrupted the run rather than ended the
// council's fetch.
type fetchRecord struct {
	sum         *Summary
	err         error
	interrupted bool
	run         string // the many-council run it belongs to; "" for none
	now         time.Time
}

// apply records the fetch in the council's entry. A council fetched to
// its end (even with an error of its own) gets last_fetched and the run;
// an interrupted one keeps them, so that the run's resumption fetches it.
func (r fetchRecord) apply(src *corpus.Source) {
	if r.sum != nil {
		src.FetchCounts = r.sum.counts()
	}
	switch {
	case r.interrupted:
		src.LastError = "interrupted: " + r.err.Error()
		return
	case r.err != nil:
		src.LastError = r.err.Error()
	default:
		src.LastError = ""
	}
	src.LastFetched = stamp(r.now)
	if r.run != "" {
		src.Run = r.run
	}
}

// setSite records where the council's site is and how it was found,
// with when, if that changed.
func setSite(src *corpus.Source, site, foundBy string, now time.Time) {
	if src.Site == site && src.FoundBy == foundBy {
		return
	}
	if src.Site != site {
		src.FoundAt = stamp(now)
	}
	src.Site, src.FoundBy, src.Checked = site, foundBy, ""
}

// recordOne records a one-council fetch in sources.json.
func recordOne(f *fetcher, sum *Summary, err error, interrupted bool, now time.Time) error {
	return f.sh.sources.update(f.councilSlug, func(src *corpus.Source) {
		src.Name = f.council
		setSite(src, f.site.String(), f.foundBy, now)
		fetchRecord{sum: sum, err: err, interrupted: interrupted, now: now}.apply(src)
	})
}
