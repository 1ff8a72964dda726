package moderngov

import (
	"net/url"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestPagesInOtherEncodings reads committees' names from pages served in
// Windows-1252 (said or not) and in UTF-8 (even when said otherwise) as
// written.
func TestPagesInOtherEncodings(t *testing.T) {
	site, _ := url.Parse("https://democracy.example.gov.uk")
	const want = "Children’s Services & Skills Scrutiny Committee"
	link := `<ul><li><a href="mgCommitteeDetails.aspx?ID=13">Children’s Services &amp; Skills Scrutiny Committee</a></li></ul>`
	cp1252 := func(s string) string {
		out, err := charmap.Windows1252.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for name, page := range map[string]string{
		"windows-1252 said":      cp1252(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>` + link + `</body></html>`),
		"iso-8859-1 said":        cp1252(`<html><head><meta charset="iso-8859-1"></head><body>` + link + `</body></html>`),
		"windows-1252 unsaid":    cp1252(`<html><body>` + link + `</body></html>`),
		"windows-1252 said utf8": cp1252(`<html><head><meta charset="utf-8"></head><body>` + link + `</body></html>`),
		"utf-8":                  `<html><head><meta charset="utf-8"></head><body>` + link + `</body></html>`,
		"utf-8 said latin":       `<html><head><meta charset="iso-8859-1"></head><body>` + link + `</body></html>`,
	} {
		cs := parseCommitteesPage([]byte(page), site)
		if len(cs) != 1 || cs[0].Title != want {
			t.Errorf("%s: committees %+v, want %q", name, cs, want)
		}
	}
}
