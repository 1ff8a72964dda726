package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/councilminutes/minutes/search"
)

// apiHandler answers a JSON route: the result is encoded as JSON, unless it
// is a *download, which is written as it is.
type apiHandler func(r *http.Request) (any, error)

// pageHandler answers an HTML route with a page to render.
type pageHandler func(r *http.Request) (*page, error)

// page is a template to render with its typed view model.
type page struct {
	Template string // file name under templates/, e.g. "search.html"
	Title    string
	Status   int // 0 means 200
	View     any // the page's own view model struct
}

// download is a non-JSON answer of an API route (CSV, Atom).
type download struct {
	ContentType string
	Filename    string // suggested file name; empty means shown inline
	Body        []byte
}

// statusError is an error the web layer itself raises with a status.
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

// badParam returns a 400 error naming the parameter.
func badParam(name, format string, args ...any) error {
	return fmt.Errorf("%w: parameter %q: %s", search.ErrBadRequest, name, fmt.Sprintf(format, args...))
}

func (s *Server) api(h apiHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		res, err := h(r)
		s.respond(w, r, res, err)
	})
}

func (s *Server) page(h pageHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := h(r)
		s.respond(w, r, p, err)
	})
}

// respond writes every answer of the application: JSON, downloads and
// pages, and maps errors to statuses. Bodies are built in memory first so
// that a failure while rendering still gives a clean error response.
func (s *Server) respond(w http.ResponseWriter, r *http.Request, res any, err error) {
	if err != nil {
		status, msg := s.classify(r, err)
		s.writeError(w, r, status, msg)
		return
	}
	switch v := res.(type) {
	case *download:
		w.Header().Set("Content-Type", v.ContentType)
		if v.Filename != "" {
			w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", v.Filename))
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(v.Body)))
		_, _ = w.Write(v.Body)
	case *page:
		body, err := s.render(r, v)
		if err != nil {
			s.log.ErrorContext(r.Context(), "render page", "template", v.Template, "request_id", requestID(r), "err", err)
			s.writeError(w, r, http.StatusInternalServerError, internalMessage(r))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		status := v.Status
		if status == 0 {
			status = http.StatusOK
		}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	default:
		s.writeJSON(w, r, http.StatusOK, res)
	}
}

// classify maps an error to a status and the message the caller sees.
// Internal errors are logged with the request id and never shown.
func (s *Server) classify(r *http.Request, err error) (int, string) {
	var se *statusError
	switch {
	case errors.As(err, &se):
		return se.status, se.msg
	case errors.Is(err, search.ErrBadRequest):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, search.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		s.log.WarnContext(r.Context(), "request timed out", "path", r.URL.Path, "request_id", requestID(r), "err", err)
		return http.StatusGatewayTimeout, "the search took too long: try fewer or more specific words, or add filters"
	case errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable, "the request was cancelled"
	}
	s.log.ErrorContext(r.Context(), "request failed", "path", r.URL.Path, "request_id", requestID(r), "err", err)
	return http.StatusInternalServerError, internalMessage(r)
}

func internalMessage(r *http.Request) string {
	return "internal error (request id " + requestID(r) + ")"
}

// writeError answers with {"error": msg} under JSON routes and an error page
// elsewhere.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r.URL.Path) {
		s.writeJSON(w, r, status, errorBody{Error: msg})
		return
	}
	p := &page{Template: "error.html", Title: http.StatusText(status), Status: status,
		View: errorView{Status: status, StatusText: http.StatusText(status), Message: msg}}
	body, err := s.render(r, p)
	if err != nil {
		s.log.ErrorContext(r.Context(), "render error page", "request_id", requestID(r), "err", err)
		http.Error(w, msg, status)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

type errorBody struct {
	Error string `json:"error"`
}

func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.ErrorContext(r.Context(), "encode json", "request_id", requestID(r), "err", err)
		status = http.StatusInternalServerError
		buf.Reset()
		_ = json.NewEncoder(&buf).Encode(errorBody{Error: internalMessage(r)})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, http.StatusNotFound, "not found: "+r.URL.Path)
}

// methodNotAllowed answers a method a route does not take: 405 with the
// Allow header the status requires (RFC 9110 15.5.6), and OPTIONS, which
// asks what the route takes, 204 with the same header.
func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", allowedMethods(r.URL.Path))
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.writeError(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed on "+r.URL.Path)
}
