package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/mux"
)

// routes lists every route of the application in one place.
func (s *Server) routes() http.Handler {
	r := mux.NewRouter()
	// Paths are not cleaned, so that /source/ sees (and refuses) dot
	// segments itself instead of redirecting them somewhere else.
	r.SkipClean(true)

	get := func(path string, h http.Handler) { r.Handle(path, h).Methods(http.MethodGet, http.MethodHead) }

	// JSON API (API.md) and exports.
	get("/api/search", s.api(s.apiSearch))
	get("/api/items/{id}", s.api(s.apiItem))
	get("/api/items/{id}/similar", s.api(s.apiSimilar))
	get("/api/meetings/{id}", s.api(s.apiMeeting))
	get("/api/councils", s.api(s.apiCouncils))
	get("/api/councils/{slug}", s.api(s.apiCouncil))
	get("/api/councils/{slug}/coverage", s.api(s.apiCoverage))
	get("/api/councils/{slug}/inspections", s.api(s.apiInspections))
	get("/api/compare", s.api(s.apiCompare))
	if s.token != "" && s.reindex != nil {
		r.Handle("/api/admin/reindex", s.api(s.apiReindex)).Methods(http.MethodPost)
	}
	get("/feeds/search", s.api(s.feedSearch))
	get("/healthz", s.api(s.healthz))
	get(`/source/{path:[\s\S]+}`, http.HandlerFunc(s.source)) // any byte: file names may hold newlines

	// HTML pages.
	get("/", s.page(s.pageSearch))
	get("/items/{id}", s.page(s.pageItem))
	get("/meetings/{id}", s.page(s.pageMeeting))
	get("/councils", s.page(s.pageCouncils))
	get("/councils/{slug}", s.page(s.pageCouncil))
	get("/compare", s.page(s.pageCompare))
	get("/help", s.page(s.pageHelp))
	r.PathPrefix("/static/").Handler(s.static()).Methods(http.MethodGet, http.MethodHead)
	// browsers and crawlers ask for /favicon.ico whatever the page names
	r.Handle("/favicon.ico", s.favicon()).Methods(http.MethodGet, http.MethodHead)

	r.NotFoundHandler = http.HandlerFunc(s.notFound)
	r.MethodNotAllowedHandler = http.HandlerFunc(s.methodNotAllowed)

	return s.withRequestID(s.withHeaders(s.withRecover(r)))
}

// The links to the pages, answers and files the routes above serve, made
// here alone: search hands back IDs, slugs and file paths, and every link,
// in pages, JSON, feeds and CSV, comes from these.

// itemPath is the page of an item: /items/{id}.
func itemPath(id string) string { return "/items/" + url.PathEscape(id) }

// meetingPath is the page of a meeting: /meetings/{id}.
func meetingPath(id string) string { return "/meetings/" + url.PathEscape(id) }

// councilPath is the page of a council: /councils/{slug}.
func councilPath(slug string) string { return "/councils/" + url.PathEscape(slug) }

// councilLinkOf is the page of the council with that slug, or "" when the
// extraction could not name the council (a file at the corpus's top):
// there is no page to link to.
func councilLinkOf(slug string) string {
	if slug == "" {
		return ""
	}
	return councilPath(slug)
}

// sourcePath is the /source/ URL of a corpus-relative file path, each
// segment escaped: a name may hold any byte.
func sourcePath(file string) string {
	parts := strings.Split(file, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return "/source/" + strings.Join(parts, "/")
}

// apiCouncilPath is a council's answer of the API: /api/councils/{slug},
// or one of its parts (coverage, inspections) with part.
func apiCouncilPath(slug, part string) string {
	p := "/api/councils/" + url.PathEscape(slug)
	if part != "" {
		p += "/" + part
	}
	return p
}

// minutesLink is where to read a meeting's minutes: the council's own URL
// when known (councilURL), else the server's copy of its file; "" when
// there is neither.
func minutesLink(councilURL, file string) string {
	switch {
	case councilURL != "":
		return councilURL
	case file != "":
		return sourcePath(file)
	}
	return ""
}

// searchLink is the search page asking q: /?q=…&council=….
func searchLink(q url.Values) string { return "/?" + q.Encode() }

// compareLink is the compare page for q.
func compareLink(q url.Values) string { return "/compare?" + q.Encode() }

// apiSearchLink and apiCompareLink are the JSON (or, with format=csv, the
// CSV) answers of the search and compare pages' questions.
func apiSearchLink(q url.Values) string  { return "/api/search?" + q.Encode() }
func apiCompareLink(q url.Values) string { return "/api/compare?" + q.Encode() }

// feedLink is the Atom feed of a search.
func feedLink(q url.Values) string { return "/feeds/search?" + q.Encode() }

// pathVar returns a path variable of the matched route. Handlers read path
// variables only through it, so tests can set them with mux.SetURLVars.
func pathVar(r *http.Request, name string) string {
	return mux.Vars(r)[name]
}

// allowedMethods is what the route at path takes (see routes): POST for
// the re-index, GET and HEAD for every other.
func allowedMethods(path string) string {
	if path == "/api/admin/reindex" {
		return http.MethodPost
	}
	return http.MethodGet + ", " + http.MethodHead
}

// isAPI reports whether a path answers errors in JSON rather than HTML.
func isAPI(path string) bool {
	for _, prefix := range []string{"/api/", "/feeds/", "/source/"} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return path == "/api" || path == "/healthz"
}
