package moderngov

import (
	"bytes"
	"io"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// parsePage parses an HTML page of the site, decoded to UTF-8 first: old
// installations serve Windows-1252 (or say ISO-8859-1), which the HTML
// parser would read as UTF-8, turning a committee's curly apostrophe
// ("Children’s Services") into U+FFFD in its stored name. A page that is
// valid UTF-8 is read as such whatever it declares; otherwise as its
// <meta> charset says, else as Windows-1252 (what browsers do).
func parsePage(body []byte) (*nethtml.Node, error) {
	return nethtml.Parse(bytes.NewReader(pageUTF8(body)))
}

// pageUTF8 returns an HTML page's bytes as UTF-8 (see parsePage).
func pageUTF8(body []byte) []byte {
	if utf8.Valid(body) {
		return body
	}
	_, name, _ := charset.DetermineEncoding(body, "text/html")
	if name == "utf-8" {
		name = "windows-1252" // declared UTF-8, but not: what such pages turn out to be
	}
	r, err := charset.NewReaderLabel(name, bytes.NewReader(body))
	if err != nil {
		return body
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return body
	}
	return out
}
