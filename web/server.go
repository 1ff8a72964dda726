package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/councilminutes/minutes/search"
)

// DefaultTimeout bounds each call to the Searcher when Config.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Config holds what the web layer needs from the outside.
type Config struct {
	// Searcher answers every query; required.
	Searcher search.Searcher
	// CorpusDir is the only directory /source/ serves files from. Empty or
	// missing disables /source/ (every request answers 404); a path that
	// exists but cannot be opened as a directory is an error.
	CorpusDir string
	// Logger receives request and error logs; nil means slog.Default().
	Logger *slog.Logger
	// AdminToken enables POST /api/admin/reindex when set, together with
	// Reindex. Callers must send "Authorization: Bearer <AdminToken>".
	AdminToken string
	// Reindex rebuilds the index; optional.
	Reindex func(ctx context.Context) error
	// Version is shown in the page footer and /healthz.
	Version string
	// BaseURL (e.g. "https://minutes.example.org") makes feed links and
	// permalinks absolute; empty leaves them relative. They never come
	// from a request's Host header.
	BaseURL string
	// Timeout bounds each Searcher call; zero means DefaultTimeout.
	Timeout time.Duration
	// Context gives coverage and inspections for the council pages, the
	// /api/councils/{slug}/coverage and /inspections endpoints and the thin
	// marks of the compare view; optional.
	Context ContextProvider
}

// Server carries the web layer's dependencies. Its methods are the handlers.
type Server struct {
	search      search.Searcher
	corpus      *os.Root // nil when no CorpusDir
	log         *slog.Logger
	token       string
	reindex     func(ctx context.Context) error
	version     string
	baseURL     string
	timeout     time.Duration
	templates   map[string]*template.Template
	staticFiles http.Handler
	staticFS    fs.FS           // the files staticFiles serves
	context     ContextProvider // nil when not configured
	started     time.Time       // when the server opened: the updated of a feed with no time of its own
}

// New checks the configuration, parses the embedded templates and returns
// the handler serving every route.
func New(cfg Config) (http.Handler, error) {
	s, err := newServer(cfg)
	if err != nil {
		return nil, err
	}
	return s.routes(), nil
}

func newServer(cfg Config) (*Server, error) {
	if cfg.Searcher == nil {
		return nil, errors.New("web config: searcher is required")
	}
	base, err := CheckBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("web config: %w", err)
	}
	s := &Server{
		search:  cfg.Searcher,
		log:     cfg.Logger,
		token:   cfg.AdminToken,
		reindex: cfg.Reindex,
		version: cfg.Version,
		baseURL: base,
		timeout: cfg.Timeout,
		started: time.Now().UTC().Truncate(time.Second),
	}
	if cfg.Context != nil {
		s.context = linkedContext{cfg.Context}
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.timeout <= 0 {
		s.timeout = DefaultTimeout
	}
	if cfg.CorpusDir != "" {
		root, err := os.OpenRoot(cfg.CorpusDir)
		switch {
		case errors.Is(err, fs.ErrNotExist): // an index served without its corpus
			s.log.Warn("corpus dir not found: /source/ will answer 404", "corpus", cfg.CorpusDir)
		case err != nil:
			return nil, fmt.Errorf("web config: corpus dir %q: %w", cfg.CorpusDir, err)
		default:
			s.corpus = root
		}
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	s.templates = tmpl
	if s.staticFiles, s.staticFS, err = staticFiles(); err != nil {
		return nil, err
	}
	return s, nil
}

// CheckBaseURL checks a base URL (an absolute http or https URL, maybe
// with a path, without query or fragment) and returns it without a
// trailing slash; "" stays "".
func CheckBaseURL(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", fmt.Errorf("base URL %q: want an absolute http or https URL such as https://minutes.example.org", raw)
	}
	return strings.TrimSuffix(u.String(), "/"), nil
}

// ctx returns the request's context bounded by the Searcher timeout.
func (s *Server) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.timeout)
}
