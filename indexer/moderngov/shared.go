package moderngov

import (
	"context"
	"path/filepath"
	"sync"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
)

// shared is what the fetches of one run share: the corpus folder and its
// data files, the hosts' gates (one request at a time per host) and the
// request budget. A one-council Fetch has one of its own.
type shared struct {
	files     *store
	man       *manifestStore
	councils  corpus.Councils
	reg       *inspections.Register
	sources   *sourcesStore
	gates     *hostGates
	budget    *requestBudget
	onRequest func() // called as each request is sent; may be nil
}

// startRun starts a run of one site or many councils: its context, which
// ends at --run-timeout or when the shared state stops the run (the
// request budget spent), and the shared state. end releases both.
func startRun(ctx context.Context, opts Options) (_ context.Context, sh *shared, end func(), err error) {
	ctx, stop := context.WithCancelCause(ctx)
	ctx, cancel := withRunTimeout(ctx, opts.RunTimeout)
	sh, err = openShared(opts, stop)
	if err != nil {
		cancel()
		stop(nil)
		return nil, nil, nil, err
	}
	return ctx, sh, func() {
		sh.close()
		cancel()
		stop(nil)
	}, nil
}

// openShared opens the corpus of opts for a run whose context stop
// cancels; the budget calls it when --max-requests is spent.
func openShared(opts Options, stop context.CancelCauseFunc) (*shared, error) {
	councils, err := corpus.LoadCouncils(opts.Corpus)
	if err != nil {
		return nil, err
	}
	reg, err := inspections.LoadRegisterOrBuiltin(filepath.Join(opts.Corpus, corpus.AuthoritiesFile))
	if err != nil {
		return nil, err
	}
	man, err := corpus.LoadManifest(opts.Corpus)
	if err != nil {
		return nil, err
	}
	sources, err := loadSourcesStore(opts.Corpus)
	if err != nil {
		return nil, err
	}
	files, err := openStore(opts.Corpus)
	if err != nil {
		return nil, err
	}
	return &shared{files: files, man: &manifestStore{m: man}, councils: councils, reg: reg, sources: sources,
		gates: newHostGates(), budget: newRequestBudget(opts.MaxRequests, stop)}, nil
}

func (s *shared) close() error { return s.files.close() }

// councilNamed returns the display name and slug of the council a name
// refers to: one of councils.json, else an authority of the register,
// else the name as given.
func (s *shared) councilNamed(name string) (display, slug string) {
	if c, ok := s.councils.Resolve(name); ok {
		return c.Name, c.Slug
	}
	if a, ok := s.reg.Match(name); ok {
		return s.councils.Normalise(a.Name)
	}
	return s.councils.Normalise(name)
}

// siteOf returns the council's ModernGov site and how it was found: the
// operator's word first (a site given with --site or written into
// sources.json, then the moderngov_url of councils.json), then a site
// discovered before. "" when none is known.
func (s *shared) siteOf(slug string) (site, foundBy string) {
	src := s.sources.get(slug)
	if src.Site != "" && src.FoundBy == corpus.FoundByOperator {
		return src.Site, corpus.FoundByOperator
	}
	for _, c := range s.councils {
		if c.Slug == slug && c.ModernGovURL != "" {
			return c.ModernGovURL, corpus.FoundByCouncils
		}
	}
	return src.Site, src.FoundBy
}

// clientConfig is the configuration of a client of the run.
func (s *shared) clientConfig(opts Options) clientConfig {
	return clientConfig{UserAgent: opts.UserAgent, Delay: opts.Delay, Retries: opts.Retries,
		ConnectTimeout: opts.ConnectTimeout, HeaderTimeout: opts.HeaderTimeout, DocTimeout: opts.Timeout,
		TLS: opts.TLSConfig, Resolver: opts.Resolver, Route: opts.Route, Log: opts.Logger,
		Gates: s.gates, Budget: s.budget, OnRequest: s.onRequest}
}

// manifestStore is the corpus manifest shared by the fetches of a run,
// each of which looks entries up, puts them and saves the whole manifest
// (after each meeting) under one lock.
type manifestStore struct {
	mu sync.Mutex
	m  *corpus.Manifest
}

func (s *manifestStore) Lookup(rel string) (corpus.Entry, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m.Lookup(rel)
}

func (s *manifestStore) Put(e corpus.Entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Put(e)
}

func (s *manifestStore) PutNotHeld(n corpus.NotHeld) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.PutNotHeld(n)
}

// NotHeld returns the record of a meeting found not held, if any.
func (s *manifestStore) NotHeld(council, committee, meetingID string) (corpus.NotHeld, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range s.m.NotHeld {
		if n.Council == council && n.Committee == committee && n.MeetingID == meetingID {
			return n, true
		}
	}
	return corpus.NotHeld{}, false
}

// Save writes the manifest to dir atomically.
func (s *manifestStore) Save(dir string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m.Save(dir)
}
