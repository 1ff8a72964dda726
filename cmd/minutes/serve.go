package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/research"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/web"
)

// serveOptions are the flags of `minutes serve`; the indexing flags
// (--corpus, --index, --workers, ...) apply to the first build and to
// re-indexing.
type serveOptions struct {
	index      indexer.Options
	addr       string
	baseURL    string
	watch      bool
	interval   time.Duration
	adminToken string
}

func (o *serveOptions) flags(fs *flag.FlagSet) {
	o.index.Flags(fs)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&o.baseURL, "base-url", "", "public URL of the service, e.g. https://minutes.example.org, for absolute links in feeds and "+
		"citations (default: http:// and the listen address when it names a host, else relative links; never the request's Host header)")
	fs.BoolVar(&o.watch, "watch", false, "re-index when files in the corpus change")
	fs.DurationVar(&o.interval, "watch-interval", 5*time.Second, "how often --watch looks at the corpus")
	fs.StringVar(&o.adminToken, "admin-token", os.Getenv("MINUTES_ADMIN_TOKEN"),
		"enable POST /api/admin/reindex for requests bearing this token (default $MINUTES_ADMIN_TOKEN)")
}

func runServe(ctx context.Context, e *env, args []string) error {
	var o serveOptions
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	o.flags(fs)
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	if _, err := web.CheckBaseURL(o.baseURL); err != nil {
		return fmt.Errorf("%w: --base-url: %v", errUsage, err)
	}
	rec, err := research.LoadRecord(o.index.Corpus)
	if err != nil {
		return err
	}
	o.index.Search = searchOptions(o.index.Corpus, e.log)
	o.index.Search.Inspections, o.index.Search.Register = rec.Inspections, rec.Register
	o.index.Logger = e.log
	o.index.Progress = e.stderr
	o.index.PDFChild = pdfChild()

	// The address is taken before any build, so that a bad or busy one is
	// said at once, not after the minutes a large corpus takes to index;
	// a request made meanwhile waits for the index.
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.addr, err)
	}
	defer ln.Close()
	// The builds load no synonyms: they only write, and the server's own
	// open below says once whether the file is there.
	build := o.index
	build.Search.SynonymsFile = ""
	if _, err := os.Stat(o.index.Index); errors.Is(err, os.ErrNotExist) || o.index.Full {
		e.log.Info("building the index first", "corpus", o.index.Corpus, "index", o.index.Index)
		sum, err := indexer.Run(ctx, build)
		if sum != nil {
			sum.Print(e.stderr)
		}
		if err != nil {
			return err
		}
	}
	ix, err := search.Open(o.index.Index, o.index.Search)
	if errors.Is(err, search.ErrStaleIndex) {
		e.log.Warn("the index was built by another version of minutes: rebuilding it", "index", o.index.Index)
		sum, rerr := indexer.Run(ctx, build)
		if sum != nil {
			sum.Print(e.stderr)
		}
		if rerr != nil {
			return rerr
		}
		ix, err = search.Open(o.index.Index, o.index.Search)
	}
	if err != nil {
		if errors.Is(err, search.ErrLocked) {
			return fmt.Errorf("index %s is held by another process (is another `minutes serve` running?): %w", o.index.Index, err)
		}
		return fmt.Errorf("open index: %w", err)
	}
	defer ix.Close()

	// tell `minutes search`, which cannot open the held index, where to ask
	if err := os.WriteFile(serverFile(o.index.Index), []byte("http://"+localAddr(ln.Addr())+"\n"), 0o644); err != nil {
		e.log.Warn("cannot note the server's address beside the index", "err", err)
	}
	defer os.Remove(serverFile(o.index.Index))
	live := indexer.NewLive(ix, o.index)
	councils := research.NewContext(ix, o.index.Index, o.index.Corpus, rec)
	go func() { // coverage and inspections, worked out before the first page asks
		if err := councils.Warm(ctx); err != nil && ctx.Err() == nil {
			e.log.Warn("could not work out coverage and inspections ahead", "err", err)
		}
	}()
	handler, err := web.New(web.Config{
		BaseURL:    orListenURL(o.baseURL, ln.Addr()),
		Searcher:   ix,
		Context:    councils,
		CorpusDir:  o.index.Corpus,
		Logger:     e.log,
		AdminToken: o.adminToken,
		Reindex: func(ctx context.Context) error {
			sum, err := live.Reindex(ctx)
			if err == nil {
				e.log.Info("re-indexed on request", "summary", sum.Line())
			}
			return err
		},
	})
	if err != nil {
		return fmt.Errorf("set up web server: %w", err)
	}
	if o.watch {
		go live.Watch(ctx, o.interval)
	}
	return serveUntilDone(ctx, e, ln, handler)
}

// orListenURL is the base URL for absolute links: the configured one, else
// http:// and the address listened on when it names a host (not 0.0.0.0
// or ::, which no client can use), else "" for relative links.
func orListenURL(base string, addr net.Addr) string {
	if base != "" {
		return base
	}
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		return ""
	}
	return "http://" + tcp.String()
}

// serverFile is where a server holding an index notes its address.
func serverFile(index string) string { return index + ".server" }

// localAddr is a listening address as this machine can reach it: an
// unspecified host (0.0.0.0, ::) becomes 127.0.0.1.
func localAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return a.String()
	}
	host := tcp.IP.String()
	if tcp.IP == nil || tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, fmt.Sprint(tcp.Port))
}

// newHTTPServer is the HTTP server of `minutes serve`. Request lines and
// headers may take 1 MB (Go's default), so that an over-long query string
// reaches the handler, which refuses it with a JSON 414 (web.MaxQueryBytes)
// rather than the server's plain-text 431.
func newHTTPServer(handler http.Handler) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       90 * time.Second,
		MaxHeaderBytes:    1 << 20,
	}
}

// serveUntilDone serves handler on ln until ctx ends, then shuts down
// gracefully, letting requests in flight finish.
func serveUntilDone(ctx context.Context, e *env, ln net.Listener, handler http.Handler) error {
	srv := newHTTPServer(handler)
	e.log.Info("serving", "url", "http://"+ln.Addr().String()+"/")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e.log.Info("shutting down")
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// research.Context is the web layer's ContextProvider.
var _ web.ContextProvider = (*research.Context)(nil)
