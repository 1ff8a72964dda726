package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"
)

// Bounds on what a request may send.
const (
	MaxBodyBytes  = 64 << 10 // request bodies (only admin routes take one)
	MaxQueryBytes = 16 << 10 // the raw query string of a URL
)

// contentSecurityPolicy allows nothing but this origin: no inline script or
// style, no external hosts, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

type ctxKey int

const requestIDKey ctxKey = 1

// requestID returns the id withRequestID gave the request, or "-".
func requestID(r *http.Request) string {
	if id, ok := r.Context().Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

// withRequestID gives every request an id (the caller's X-Request-Id when it
// is short and plain, a random one otherwise), echoes it in the response,
// bounds the body and logs one line per request.
func (s *Server) withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !plainID(id) {
			id = newID()
		}
		w.Header().Set("X-Request-Id", id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey, id))
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		if len(r.URL.RawQuery) > MaxQueryBytes {
			s.writeError(rec, r, http.StatusRequestURITooLong, "the query string is longer than 16 KB")
		} else if err := checkRawQuery(r.URL.RawQuery); err != nil {
			s.writeError(rec, r, http.StatusBadRequest, err.Error())
		} else {
			next.ServeHTTP(rec, r)
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Duration("took", time.Since(start)),
			slog.String("request_id", id))
	})
}

// withHeaders sets the security headers on every response.
func (s *Server) withHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// withRecover turns a panic in a handler into a 500 with a plain message;
// the panic and its stack are logged with the request id.
func (s *Server) withRecover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil || v == http.ErrAbortHandler {
				if v != nil {
					panic(v)
				}
				return
			}
			s.log.ErrorContext(r.Context(), "panic in handler", "path", r.URL.Path,
				"request_id", requestID(r), "panic", v, "stack", string(debug.Stack()))
			s.writeError(w, r, http.StatusInternalServerError, internalMessage(r))
		}()
		next.ServeHTTP(w, r)
	})
}

func plainID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
		if !ok {
			return false
		}
	}
	return true
}

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// statusRecorder remembers the status for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
