package web

import (
	"bytes"
	"io"
	"net/http"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/councilminutes/minutes/internal/textenc"
	"github.com/councilminutes/minutes/search/schema"
)

// sourceType is the Content-Type a source file is served with, from its
// extension. HTML sources are served as plain text, so no markup or script
// in them ever runs in this origin.
func sourceType(ext string) string {
	switch strings.ToLower(ext) {
	case ".pdf":
		return "application/pdf"
	case ".txt", ".md", ".html", ".htm", ".json", ".csv":
		return "text/plain; charset=utf-8"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".doc":
		return "application/msword"
	case ".odt":
		return "application/vnd.oasis.opendocument.text"
	case ".rtf":
		return "application/rtf"
	}
	return "application/octet-stream"
}

// source answers GET /source/{path}: the file a meeting of the index was
// read from (or another file of the same meeting), from the corpus
// directory, and nothing else: not the corpus's data files or tools. Dot
// segments, backslashes, absolute paths, hidden files and symlinks leading
// outside the corpus all answer 404.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	name := pathVar(r, "path")
	if s.corpus == nil || !safeSourcePath(name) || !s.isMeetingSource(r, name) {
		s.writeError(w, r, http.StatusNotFound, "not found: source file")
		return
	}
	f, err := s.corpus.Open(name) // os.Root: never leaves the corpus, even through symlinks
	if err != nil {
		s.writeError(w, r, http.StatusNotFound, "not found: source file")
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		s.writeError(w, r, http.StatusNotFound, "not found: source file")
		return
	}
	h := w.Header()
	// A sandboxed document cannot run script even if a browser renders it.
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	ctype := sourceType(path.Ext(name))
	if !strings.HasPrefix(ctype, "text/plain") {
		h.Set("Content-Type", ctype)
		http.ServeContent(w, r, path.Base(name), info.ModTime(), f)
		return
	}
	// Text is served as the indexer read it (textenc, the one decoder of
	// both), in UTF-8: a Windows-1252 or UTF-16 file shows the same
	// characters as the item pages and snippets.
	data, err := io.ReadAll(f)
	if err != nil {
		s.writeError(w, r, http.StatusNotFound, "not found: source file")
		return
	}
	t, err := textenc.Decode(data, isWebPage(name, data))
	if err != nil { // not text after all: the bytes as they are
		h.Set("Content-Type", "application/octet-stream")
		http.ServeContent(w, r, path.Base(name), info.ModTime(), bytes.NewReader(data))
		return
	}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	http.ServeContent(w, r, path.Base(name), info.ModTime(), strings.NewReader(t.Text))
}

// isWebPage reports whether a text source is a web page's source, by its
// extension or its first tag, so that its <meta charset> is read as the
// indexer reads it.
func isWebPage(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".aspx":
		return true
	}
	head := bytes.ToLower(bytes.TrimLeft(data[:min(len(data), 512)], "\xef\xbb\xbf \t\r\n"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// isMeetingSource reports whether a corpus path is a meeting's source
// file or one of its alternatives, as the index knows them. A meeting's
// record keeps a byte of a name that is not UTF-8 as U+FFFD, so names are
// compared so.
func (s *Server) isMeetingSource(r *http.Request, name string) bool {
	ctx, cancel := s.ctx(r)
	defer cancel()
	m, err := s.search.Meeting(ctx, schema.MeetingID(name))
	if err != nil {
		return false
	}
	same := func(p string) bool { return asRecorded(p) == asRecorded(name) }
	return same(m.SourcePath) || slices.ContainsFunc(m.Alternatives, same)
}

// asRecorded is a name as JSON records it: each byte that is not UTF-8
// replaced by U+FFFD.
func asRecorded(name string) string {
	return string([]rune(name))
}

// safeSourcePath accepts the relative paths a corpus file can have, with
// forward slashes: no empty, dot or hidden segments and no NUL (and, on
// Windows, no backslash or colon). Any other byte is a name's own: a
// colon, a newline, bytes that are not UTF-8. os.Root keeps the file
// inside the corpus whatever the name.
func safeSourcePath(name string) bool {
	if name == "" || len(name) > 4096 || strings.ContainsRune(name, 0) {
		return false
	}
	if filepath.Separator == '\\' && strings.ContainsAny(name, `\:`) {
		return false
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") {
			return false
		}
	}
	return true
}
