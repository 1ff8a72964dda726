package moderngov

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"path"
	"strings"
)

// ErrWrongContent refuses a download that is not what its name says.
var ErrWrongContent = errors.New("content does not match the file type")

// Leading bytes of the document formats the fetcher stores.
var (
	pdfMagic  = []byte("%PDF-")
	zipMagic  = []byte("PK\x03\x04")                       // .docx
	oleMagic  = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") // .doc
	rtfMagic  = []byte(`{\rtf`)
	utf8BOM   = []byte("\xef\xbb\xbf")
	leadSpace = " \t\r\n"
)

// checkContent checks that data is what the extension of name promises:
// a PDF starts with %PDF- (within its first KiB, as readers allow), a
// .docx is a zip, a .doc an OLE file, an .rtf starts {\rtf, a page is
// HTML and an .xml answer is XML, not HTML.
func checkContent(name string, data []byte) error {
	ext := strings.ToLower(path.Ext(name))
	head := data[:min(len(data), 1024)]
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), leadSpace)
	var ok bool
	switch ext {
	case ".pdf":
		ok = bytes.Contains(head, pdfMagic)
	case ".docx":
		ok = bytes.HasPrefix(data, zipMagic)
	case ".doc":
		ok = bytes.HasPrefix(data, oleMagic)
	case ".rtf":
		ok = bytes.HasPrefix(trimmed, rtfMagic)
	case ".html", ".htm":
		ok = looksHTML(trimmed)
	case ".xml":
		ok = bytes.HasPrefix(trimmed, []byte("<")) && !looksHTML(trimmed)
	default:
		return fmt.Errorf("%s: %w: the fetcher does not store %q files", name, ErrWrongContent, ext)
	}
	if !ok {
		return fmt.Errorf("%s: %w: the answer is %s", name, ErrWrongContent, sniff(data))
	}
	return nil
}

// looksHTML reports whether the start of a file is an HTML page.
func looksHTML(head []byte) bool {
	return strings.HasPrefix(http.DetectContentType(head), "text/html")
}

// sniff names what data looks like, for messages.
func sniff(data []byte) string {
	if len(data) == 0 {
		return "empty"
	}
	return http.DetectContentType(data)
}
