package pdftext

import (
	"context"
	"html"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestKindsFixtures reads testdata/src/kinds.html as Chromium prints it
// (kinds-chromium.pdf, make-fixtures.sh): footnote marks set as
// superscripts after words, soft hyphens inside words, no-break spaces,
// ligature characters, small capitals, two CSS columns and a table with
// wrapped cells. Every word of the page must be read, none split in two
// and none run into its neighbour.
func TestKindsFixtures(t *testing.T) {
	src, err := os.ReadFile("testdata/src/kinds.html")
	if err != nil {
		t.Fatal(err)
	}
	want := htmlWords(string(src))
	for _, name := range []string{"kinds-chromium"} {
		t.Run(name, func(t *testing.T) {
			doc, err := Extract(context.Background(), "testdata/"+name+".pdf", Options{Pdftotext: "/nonexistent/pdftotext"})
			if err != nil {
				t.Fatal(err)
			}
			if r := wordRecall(doc.Text, want); r < 1 {
				t.Errorf("word recall %.4f of the page's words; text %q", r, doc.Text)
			}
			if split := splitWords(doc.Text, want); len(split) > 0 {
				t.Errorf("words split in two: %q", split)
			}
			if run := runTogether(doc.Text, want); len(run) > 0 {
				t.Errorf("words run into their neighbour: %q", run)
			}
		})
	}
}

// htmlWords is the text a page's body shows (wordf1_test.go's patterns): tags as spaces, entities
// decoded, soft hyphens gone, ligature characters as their letters.
func htmlWords(page string) string {
	text := htmlTag.ReplaceAllString(htmlTitle.ReplaceAllString(page, " "), " ")
	text = strings.ReplaceAll(html.UnescapeString(text), "\u00ad", "")
	return norm.NFKC.String(text)
}
