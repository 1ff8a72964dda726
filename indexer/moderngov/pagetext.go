package moderngov

import (
	"bytes"

	"github.com/councilminutes/minutes/internal/textenc"
	nethtml "golang.org/x/net/html"
)

// parsePage parses an HTML page of the site, decoded to UTF-8 first: old
// installations serve Windows-1252 (or say ISO-8859-1), which the HTML
// parser would read as UTF-8, turning a committee's curly apostrophe
// ("Children’s Services") into U+FFFD in its stored name. The page is read
// as the indexer and /source/ read it (textenc): valid UTF-8 as such
// whatever it declares; otherwise as its <meta> charset says, else as
// Windows-1252 (what browsers do).
func parsePage(body []byte) (*nethtml.Node, error) {
	if t, err := textenc.Decode(body, true); err == nil {
		body = []byte(t.Text)
	}
	return nethtml.Parse(bytes.NewReader(body))
}
