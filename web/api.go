package web

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"
)

// Default and largest number of similar items.
const (
	defaultSimilar = 5
	maxSimilar     = 50
)

// apiSearch answers GET /api/search, or its CSV export with format=csv.
func (s *Server) apiSearch(r *http.Request) (any, error) {
	q := r.URL.Query()
	req, err := parseSearch(q)
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	switch f := q.Get("format"); f {
	case "", "json":
		res, err := s.search.Search(ctx, req)
		if err != nil {
			return nil, err
		}
		return SearchJSON(res), nil
	case "csv":
		return s.searchCSV(ctx, req)
	default:
		return nil, badParam("format", "%q is not json or csv", f)
	}
}

// apiItem answers GET /api/items/{id}.
func (s *Server) apiItem(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	it, err := s.search.Item(ctx, pathVar(r, "id"))
	if err != nil {
		return nil, err
	}
	return itemJSON(it), nil
}

// apiSimilar answers GET /api/items/{id}/similar: items like this one from
// other councils, or from all councils with all=1.
func (s *Server) apiSimilar(r *http.Request) (any, error) {
	q := r.URL.Query()
	all, err := boolParam(q, "all")
	if err != nil {
		return nil, err
	}
	size, err := intParam(q, "size", defaultSimilar, 1, maxSimilar)
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	hits, err := s.search.Similar(ctx, pathVar(r, "id"), !all, size)
	if err != nil {
		return nil, err
	}
	out := SimilarAnswer{ID: pathVar(r, "id"), OtherCouncils: !all, Hits: each(hits, hitJSON)}
	if out.Hits == nil {
		out.Hits = []HitJSON{}
	}
	return out, nil
}

// apiMeeting answers GET /api/meetings/{id}.
func (s *Server) apiMeeting(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	m, err := s.search.Meeting(ctx, pathVar(r, "id"))
	if err != nil {
		return nil, err
	}
	return meetingJSON(m), nil
}

// apiCouncils answers GET /api/councils.
func (s *Server) apiCouncils(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	cs, err := s.search.Councils(ctx)
	if err != nil {
		return nil, err
	}
	out := each(cs, councilJSON)
	if out == nil {
		out = []CouncilJSON{}
	}
	return out, nil
}

// apiCouncil answers GET /api/councils/{slug}.
func (s *Server) apiCouncil(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	c, err := s.search.Council(ctx, pathVar(r, "slug"))
	if err != nil {
		return nil, err
	}
	out := councilJSON(*c)
	return &out, nil
}

// apiCompare answers GET /api/compare?q=&by=council&per=year, or its CSV.
func (s *Server) apiCompare(r *http.Request) (any, error) {
	q := r.URL.Query()
	creq, err := parseCompare(q)
	if err != nil {
		return nil, err
	}
	res, err := s.compare(r, creq, false)
	if err != nil {
		return nil, err
	}
	switch f := q.Get("format"); f {
	case "", "json":
		return compareJSON(res), nil
	case "csv":
		return compareCSV(res)
	default:
		return nil, badParam("format", "%q is not json or csv", f)
	}
}

// healthz answers 200 when the Searcher answers a ping, 503 otherwise.
func (s *Server) healthz(r *http.Request) (any, error) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.search.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "health check failed", "request_id", requestID(r), "err", err)
		return nil, &statusError{status: http.StatusServiceUnavailable, msg: "index unavailable"}
	}
	return health{Status: "ok", Version: s.version}, nil
}

type health struct {
	Status  string `json:"status"`
	Version string `json:"version,omitempty"`
}

// apiReindex answers POST /api/admin/reindex for a caller bearing the token.
func (s *Server) apiReindex(r *http.Request) (any, error) {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
		return nil, &statusError{status: http.StatusUnauthorized, msg: "unauthorized: send Authorization: Bearer <admin token>"}
	}
	start := time.Now()
	if err := s.reindex(r.Context()); err != nil {
		return nil, err
	}
	return reindexResult{Status: "ok", TookMS: float64(time.Since(start).Microseconds()) / 1000}, nil
}

type reindexResult struct {
	Status string  `json:"status"`
	TookMS float64 `json:"took_ms"`
}
