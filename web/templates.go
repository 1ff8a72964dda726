package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageTemplates are the pages, each rendered inside layout.html.
func pageTemplates() []string {
	return []string{"search.html", "item.html", "meeting.html", "councils.html", "council.html",
		"compare.html", "help.html", "error.html"}
}

// templateFuncs are the functions templates may call.
func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"snippet":       safeSnippet,
		"longDate":      longDate,
		"councilName":   councilName,
		"committeeName": committeeName,
		"dateHTML":      dateHTML,
		"plural":        plural,
		"percent":       percent,
		"pct":           func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) + "%" },
		"per10k":        per10k,
		"periodLabel":   periodLabel,
		"commaList":     func(xs []string) string { return strings.Join(xs, ", ") },
		"pathEscape":    func(s string) string { return strings.ReplaceAll(s, "/", "%2F") },
		"sourceKind":    sourceKind,
		"councilTable":  councilTable,
	}
}

// parseTemplates parses every page with the layout; an error here stops New.
func parseTemplates() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, name := range pageTemplates() {
		t, err := template.New("layout.html").Funcs(templateFuncs()).
			ParseFS(templateFS, "templates/layout.html", "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// layoutData is what layout.html sees: the page's title and its view model.
type layoutData struct {
	Title     string
	Version   string
	RequestID string
	Query     string // carried into the header's Compare link
	Feed      string // Atom feed of this page, for feed readers to discover
	View      any
}

// queryHolder is implemented by views that have a query for the header.
type queryHolder interface{ headerQuery() string }

// feedHolder is implemented by views that have an Atom feed.
type feedHolder interface{ feedURL() string }

// render executes a page into memory.
func (s *Server) render(r *http.Request, p *page) ([]byte, error) {
	t, ok := s.templates[p.Template]
	if !ok {
		return nil, fmt.Errorf("render: no template %q", p.Template)
	}
	data := layoutData{Title: p.Title, Version: s.version, RequestID: requestID(r), View: p.View}
	if qh, ok := p.View.(queryHolder); ok {
		data.Query = qh.headerQuery()
	}
	if fh, ok := p.View.(feedHolder); ok {
		data.Feed = fh.feedURL()
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", p.Template, err)
	}
	return buf.Bytes(), nil
}

// staticFiles is the handler of the embedded CSS and script, and the files
// it serves.
func staticFiles() (http.Handler, fs.FS, error) {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, nil, fmt.Errorf("static files: %w", err)
	}
	return http.StripPrefix("/static/", http.FileServerFS(sub)), sub, nil
}

// static serves the embedded CSS and script, without directory listings.
// A name it does not hold is the site's 404 page, not cached: the file
// server's own is plain text, and was sent as cacheable for an hour.
func (s *Server) static() http.Handler {
	files := s.staticFiles
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if info, err := fs.Stat(s.staticFS, name); err != nil || info.IsDir() || !fs.ValidPath(name) {
			s.notFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

// favicon answers /favicon.ico with the site's icon (static/favicon.svg).
func (s *Server) favicon() http.Handler {
	files := s.static()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/static/favicon.svg"
		files.ServeHTTP(w, r2)
	})
}

// longDate turns "2013-12-13" into "13 December 2013"; other strings are
// returned as they are, and "" as "date unknown".
func longDate(d string) string {
	if d == "" {
		return "date unknown"
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

// dateHTML is a date as pages write it (the "date" template): "13
// December 2013" in a <time> element when it is a day, else in words
// with no datetime ("date unknown"). A council's list of a thousand
// meetings works it out once per meeting rather than in the template.
func dateHTML(d string) template.HTML {
	if _, ok := dayOf(d); ok {
		return template.HTML(`<time datetime="` + d + `">` + longDate(d) + `</time>`)
	}
	return template.HTML(template.HTMLEscapeString(longDate(d)))
}

// plural is "1 item", "2 items".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// percent formats a share (0..1) as "12.5%".
func percent(share float64) string {
	return strconv.FormatFloat(share*100, 'f', 1, 64) + "%"
}
