package web

import (
	"net/http"
	"path"
	"path/filepath"
	"strings"
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

// source answers GET /source/{path}: a file of the corpus directory and
// nothing else. Dot segments, backslashes, absolute paths, hidden files and
// symlinks leading outside the corpus all answer 404.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	name := pathVar(r, "path")
	if s.corpus == nil || !safeSourcePath(name) {
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
	h.Set("Content-Type", sourceType(path.Ext(name)))
	// A sandboxed document cannot run script even if a browser renders it.
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	http.ServeContent(w, r, path.Base(name), info.ModTime(), f)
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
