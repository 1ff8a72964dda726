package web

import (
	"io"
	"net/http"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

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
	ctype := sourceType(path.Ext(name))
	if strings.HasPrefix(ctype, "text/plain") {
		ctype = "text/plain; charset=" + textCharset(f, path.Ext(name))
	}
	h.Set("Content-Type", ctype)
	// A sandboxed document cannot run script even if a browser renders it.
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	http.ServeContent(w, r, path.Base(name), info.ModTime(), f)
}

// textCharset names the encoding of a text source from its first bytes,
// so that a browser shows "£" and "café" as the council wrote them: a
// web page's own declaration (its BOM or <meta charset>), else UTF-8 when
// the bytes read as UTF-8, else Windows-1252, as the indexer reads such
// files too. It leaves f at its start.
func textCharset(f io.ReadSeeker, ext string) string {
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "utf-8"
	}
	if e := strings.ToLower(ext); e == ".html" || e == ".htm" {
		if _, name, certain := charset.DetermineEncoding(head, "text/html"); certain {
			return name
		}
	}
	for len(head) > 0 && !utf8.Valid(head) && len(head) > n-utf8.UTFMax {
		head = head[:len(head)-1] // a character cut at the end of what was read
	}
	if utf8.Valid(head) {
		return "utf-8"
	}
	return "windows-1252"
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
