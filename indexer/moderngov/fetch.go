package moderngov

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/search/schema"
)

// ErrNoCommittee is returned when no committee of the site matches the
// --committee patterns.
var ErrNoCommittee = errors.New("no matching committee")

// fetcher carries the state of the fetch of one council's site.
type fetcher struct {
	opts        Options
	site        *url.URL
	council     string // display name
	councilSlug string
	foundBy     string // how the site was found (corpus.FoundBy…)
	win         window
	sh          *shared
	man         *manifestStore
	files       *store
	cl          *client
	log         *slog.Logger
	sum         *Summary
	now         func() time.Time
	lookahead   map[string]*response // answers fetched early, by URL, used once
	dirty       bool                 // the manifest has changes not yet saved
	cal         calendarState        // the meetings calendar, once read
	// listed is told how many meetings in the window a committee has,
	// as each is listed; done is told what became of each meeting. Either
	// may be nil.
	listed func(n int)
	done   func(kind string)
}

// Fetch pulls the minutes of the chosen committees of a council's ModernGov
// site into opts.Corpus and records them in its manifest, and records the
// site and what the fetch gave in the corpus's sources.json. One meeting
// that fails is reported in the summary and does not stop the others; the
// error is for what stops the whole fetch (bad options, a site that lists
// no committees or stops answering, a manifest that cannot be saved, a
// cancelled context, the run's deadline, --max-requests). The summary is
// returned with whatever was done even then, except for bad options,
// which return a nil summary.
//
// Requests go one at a time, opts.Delay apart, only to the site's host and
// opts.AllowHosts (see hostPolicy), and nothing is written outside
// opts.Corpus.
func Fetch(ctx context.Context, opts Options) (*Summary, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	if opts.Many() {
		return nil, fmt.Errorf("--councils, --region and --all fetch many councils: use FetchMany")
	}
	ctx, sh, end, err := startRun(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer end()
	p := progress.Start(opts.Progress, "fetch", "meetings", 0)
	p.RateOf("requests")
	sh.onRequest = func() { p.Work(1) }
	f, err := newFetcher(opts, sh)
	if err != nil {
		return nil, err
	}
	total := 0
	f.listed = func(n int) { total += n; p.SetTotal(total) }
	f.done = func(string) { p.Add(1) }
	sum, err := f.fetch(ctx)
	p.Finish()
	if serr := recordOne(f, sum, err, ctx.Err() != nil, time.Now()); serr != nil && err == nil {
		err = serr
	}
	return sum, err
}

// withRunTimeout bounds ctx by the run's --run-timeout, if any.
func withRunTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return ctx, func() {}
	}
	return context.WithTimeoutCause(ctx, d,
		fmt.Errorf("%w: stopped after %s (--run-timeout); run again to continue", ErrRunDeadline, d))
}

// newFetcher settles the site, council and window of opts and builds the
// fetcher's client, within the run sh.
func newFetcher(opts Options, sh *shared) (*fetcher, error) {
	f := &fetcher{opts: opts, log: opts.Logger, now: time.Now, lookahead: map[string]*response{},
		sh: sh, man: sh.man, files: sh.files}
	if err := f.resolve(); err != nil {
		return nil, err
	}
	policy, err := newHostPolicy(f.site, opts.AllowHosts)
	if err != nil {
		return nil, err
	}
	f.cl = newClient(policy, sh.clientConfig(opts))
	f.sum = &Summary{Site: f.site.String(), Council: f.council, CouncilSlug: f.councilSlug}
	return f, nil
}

// fetch runs the fetch and returns its summary, and the error that
// stopped it: the site given up on, the run's deadline or request limit,
// or what f.run returned.
func (f *fetcher) fetch(ctx context.Context) (*Summary, error) {
	err := f.run(ctx)
	if gaveUp := f.cl.unresponsive(); gaveUp != nil {
		err = gaveUp
	} else if cause := context.Cause(ctx); err != nil && (errors.Is(cause, ErrRunDeadline) || errors.Is(cause, ErrRequestLimit)) {
		err = cause
	}
	f.sum.Requests, f.sum.Refused = f.cl.requests, f.cl.refusals()
	return f.sum, err
}

// ErrRunDeadline ends a fetch that ran out of its --run-timeout.
var ErrRunDeadline = errors.New("run deadline reached")

// run lists the committees, picks the matching ones, lists their
// meetings and fetches them.
func (f *fetcher) run(ctx context.Context) error {
	all, viaHTML, err := f.listCommittees(ctx)
	if err != nil {
		return err
	}
	chosen := chooseCommittees(all, newCommitteeMatcher(f.opts.Committees))
	if len(chosen) == 0 {
		return fmt.Errorf("--committee %q: %w among the %d committees of %s", f.opts.Committees, ErrNoCommittee, len(all), f.site)
	}
	var lists []meetingList
	for _, c := range chosen {
		f.sum.Committees = append(f.sum.Committees, c.Title)
		l, err := f.listCommittee(ctx, c, viaHTML)
		if err != nil {
			return err
		}
		lists = append(lists, l)
	}
	nameApart(f, lists)
	for _, l := range lists {
		if err := f.fetchCommittee(ctx, l); err != nil {
			return err
		}
	}
	return nil
}

// serviceURL is the URL of a web-service operation.
func (f *fetcher) serviceURL(op string, q url.Values) string {
	return f.site.String() + "/mgWebService.asmx/" + op + "?" + q.Encode()
}

// pageURL is the URL of one of the site's pages.
func (f *fetcher) pageURL(page string, q url.Values) string {
	u := f.site.String() + "/" + page
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}

// documentsURL is the "Agenda and minutes" page of a meeting: the source
// link recorded in the manifest.
func (f *fetcher) documentsURL(committeeID, meetingID string) string {
	return f.pageURL(documentsPage, url.Values{"CId": {committeeID}, "MId": {meetingID}})
}

// relPath is the corpus-relative path, without extension, of a meeting's
// files.
func (f *fetcher) relPath(c committee, ref meetingRef, withID bool) string {
	name := ref.Date
	if withID {
		name += "-" + schema.Slug(ref.ID)
	}
	slug := schema.Slug(c.storedName())
	if slug == "" {
		slug = "committee-" + schema.Slug(c.ID)
	}
	return f.councilSlug + "/" + slug + "/" + name
}
