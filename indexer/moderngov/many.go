package moderngov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/internal/terminal"
)

// FetchMany fetches the minutes of many councils in one run: those
// opts.Councils, opts.Regions or opts.All choose. Each council's site
// comes from sources.json or councils.json (see shared.siteOf), or is
// discovered under the web domain the register gives it (discover) and
// written back to sources.json. Up to opts.Parallel councils are fetched
// at once, each host one request at a time and opts.Delay apart; every
// council has a host policy of its own.
//
// The run is recorded in sources.json as it goes: each council fetched
// to its end is marked with the run, so that a run stopped by a signal,
// a kill, --run-timeout or --max-requests is resumed by the next one that
// asks for the same committees and dates, without fetching those
// councils again (and, through the manifest's validators, without
// downloading a stored meeting again). A council that fails does not stop
// the others. The error is for what stopped the run; the summary is
// returned with it, except for bad options.
func FetchMany(ctx context.Context, opts Options) (*RunSummary, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	if !opts.Many() {
		return nil, fmt.Errorf("fetching many councils needs --councils, --region or --all")
	}
	start := time.Now()
	if _, err := parseWindow(opts.From, opts.To, start); err != nil {
		return nil, err
	}
	ctx, sh, end, err := startRun(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer end()
	targets, err := selectCouncils(opts, sh.reg, sh.councils, sh.sources)
	if err != nil {
		return nil, err
	}
	run, resumed, err := sh.sources.begin(opts, start)
	if err != nil {
		return nil, err
	}
	if resumed {
		opts.Logger.Info("resuming the unfinished run: councils it fetched are not fetched again (--restart to fetch them too)",
			"started", run.Started)
	}
	m := &manyRun{opts: opts, sh: sh, run: run.Started, p: progress.Start(opts.Progress, "fetch", "councils", len(targets))}
	m.p.RateOf("requests")
	sh.onRequest = func() { m.p.Work(1) }
	results := m.fetchAll(ctx, targets)
	m.p.Finish()

	sum := &RunSummary{Started: run.Started, Resumed: resumed, Councils: results,
		Requests: sh.budget.requests(), Took: time.Since(start)}
	if ctx.Err() != nil {
		err = context.Cause(ctx)
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("interrupted: %w", err)
		}
		sum.Stopped = err.Error()
		return sum, fmt.Errorf("%w; run again to carry on (councils fetched are not fetched again)", err)
	}
	if err := sh.sources.finish(time.Now()); err != nil {
		return sum, err
	}
	return sum, nil
}

// manyRun is the state of one FetchMany.
type manyRun struct {
	opts Options
	sh   *shared
	run  string // the run's start, its identity in sources.json
	p    *progress.Printer

	mu       sync.Mutex // guards the counts below and progress lines
	meetings map[string]int
}

// fetchAll fetches the targets with opts.Parallel workers and returns what
// became of each, in the targets' order. Councils fetched earlier in the
// run are not fetched again; once the run is stopped no council starts.
func (m *manyRun) fetchAll(ctx context.Context, targets []target) []CouncilResult {
	results := make([]CouncilResult, len(targets))
	var todo []int
	for i, t := range targets {
		if m.sh.sources.done(t.slug, m.run) {
			results[i] = resultFromSource(t, m.sh.sources.get(t.slug), statusEarlier)
			m.p.Add(1)
			continue
		}
		todo = append(todo, i)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(m.opts.Parallel, len(todo)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = m.fetchCouncil(ctx, targets[i])
				m.p.Add(1)
			}
		}()
	}
	for _, i := range todo {
		if ctx.Err() != nil {
			results[i] = CouncilResult{Slug: targets[i].slug, Name: targets[i].name, Status: statusNotReached}
			continue
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// fetchCouncil finds the council's site if need be, fetches it and
// records what it gave in sources.json.
func (m *manyRun) fetchCouncil(ctx context.Context, t target) CouncilResult {
	opts := m.opts
	opts.Logger = m.opts.Logger.With("council", t.slug)
	res := CouncilResult{Slug: t.slug, Name: t.name}
	site, foundBy := m.sh.siteOf(t.slug)
	if site == "" {
		found, err := discover(ctx, t.domain, opts, m.sh)
		if err != nil {
			return m.finish(ctx, t, res, nil, err)
		}
		site, foundBy = found, corpus.FoundByDomain
		opts.Logger.Info("found its ModernGov site", "site", site, "domain", t.domain)
		if err := m.sh.sources.update(t.slug, func(src *corpus.Source) {
			src.Name, src.Domain = t.name, orElse(t.domain, src.Domain)
			setSite(src, site, foundBy, time.Now())
		}); err != nil {
			return m.finish(ctx, t, res, nil, err)
		}
	}
	res.Site, res.FoundBy = site, foundBy
	opts.Site, opts.Council, opts.Progress = site, t.name, nil
	f, err := newFetcher(opts, m.sh)
	if err != nil {
		return m.finish(ctx, t, res, nil, err)
	}
	f.foundBy = foundBy
	res.Site = f.site.String()
	f.done = m.count
	sum, err := f.fetch(ctx)
	return m.finish(ctx, t, res, sum, err)
}

// finish records a council's fetch in sources.json, writes its line and
// returns its result.
func (m *manyRun) finish(ctx context.Context, t target, res CouncilResult, sum *Summary, err error) CouncilResult {
	now := time.Now()
	rec := fetchRecord{sum: sum, err: err, interrupted: ctx.Err() != nil, run: m.run, now: now}
	serr := m.sh.sources.update(t.slug, func(src *corpus.Source) {
		src.Name, src.Domain = t.name, orElse(t.domain, src.Domain)
		if res.Site != "" {
			setSite(src, res.Site, res.FoundBy, now)
		} else if errors.Is(err, ErrNoSite) {
			src.Checked = stamp(now)
		}
		rec.apply(src)
	})
	res = resultFromSummary(res, sum)
	switch {
	case rec.interrupted:
		res.Status, res.Error = statusInterrupted, errText(err)
	case err != nil:
		res.Status, res.Error = statusFailed, err.Error()
	default:
		res.Status = statusFetched
	}
	if serr != nil {
		res.Status, res.Error = statusFailed, serr.Error()
	}
	m.line(res)
	return res
}

// count adds a meeting's outcome to the progress line.
func (m *manyRun) count(kind string) {
	m.mu.Lock()
	if m.meetings == nil {
		m.meetings = map[string]int{}
	}
	m.meetings[kind]++
	c := m.meetings
	detail := fmt.Sprintf("%d meetings stored, %d unchanged, %d without minutes, %d failed",
		c[stored], c[skipped], c[notPublished], c[failed])
	m.mu.Unlock()
	m.p.Detail("%s", detail)
}

// line writes a council's result as a line of progress.
func (m *manyRun) line(r CouncilResult) {
	if m.opts.Progress == nil {
		return
	}
	text := r.Slug + ": " + r.Status
	if r.Site != "" {
		text += fmt.Sprintf(", %s (%s)", r.Site, r.FoundBy)
	}
	if r.Status == statusFetched || r.Status == statusInterrupted {
		text += fmt.Sprintf(", %d committees, %d meetings stored, %d unchanged, %d without minutes, %d failed, %d requests",
			r.Committees, r.Stored, r.Unchanged, r.WithoutMinutes, r.Failed, r.Requests)
	}
	if r.Error != "" {
		text += ": " + r.Error
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	io.WriteString(m.opts.Progress, terminal.Escape(text)+"\n")
}

// errText is an error's text, or "".
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
