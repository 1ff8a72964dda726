package indexer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/councilminutes/minutes/search/schema"
)

// The "nothing lost" check of the dev set: the words of everything Extract
// returns against the words of the document itself, counted as score.py
// counts them (lower-case runs of ASCII letters and digits, as a multiset).

var wordRun = regexp.MustCompile(`[a-z0-9]+`)

func countWords(s string) map[string]int {
	counts := map[string]int{}
	for _, w := range wordRun.FindAllString(strings.ToLower(s), -1) {
		counts[w]++
	}
	return counts
}

// wordRecall is the share of the reference's words (with repeats) found
// among the kept words.
func wordRecall(ref, kept map[string]int) float64 {
	total, found := 0, 0
	for w, n := range ref {
		total += n
		found += min(n, kept[w])
	}
	if total == 0 {
		return 1
	}
	return float64(found) / float64(total)
}

// lostWords lists up to 12 of the reference's words that were not kept,
// with how many of each were lost, most first.
func lostWords(ref, kept map[string]int) string {
	type loss struct {
		word string
		n    int
	}
	var losses []loss
	for w, n := range ref {
		if n > kept[w] {
			losses = append(losses, loss{w, n - kept[w]})
		}
	}
	sort.Slice(losses, func(i, j int) bool {
		if losses[i].n != losses[j].n {
			return losses[i].n > losses[j].n
		}
		return losses[i].word < losses[j].word
	})
	var parts []string
	for _, l := range losses[:min(12, len(losses))] {
		parts = append(parts, fmt.Sprintf("%s×%d", l.word, l.n))
	}
	return strings.Join(parts, " ")
}

// madeFields are the meeting's JSON fields whose strings the extractor makes
// rather than reads from the document: IDs built from the file's name,
// slugs, the hash, the structure's reasons, topic and person keys, kinds,
// where a name came from and warnings. Counting them could hide a lost
// word ("kent" of a slug standing in for a "Kent" the text dropped).
var madeFields = map[string]bool{
	"file": true, "format": true, "date_source": true,
	"id": true, "meeting_id": true, "council_slug": true, "committee_slug": true,
	"hash": true, "structure": true, "topics": true, "key": true, "kind": true,
	"council_source": true, "committee_source": true, "warnings": true,
}

// keptText is every string Extract returned that it read from the
// document, as score.py reads the JSON of `minutes extract` (all string
// fields but file, format and date_source), less the other madeFields.
func keptText(m schema.Meeting) (string, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			b.WriteString(v + "\n")
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for k, e := range v {
				if !madeFields[k] {
					walk(e)
				}
			}
		}
	}
	walk(v)
	return b.String(), nil
}

// documentText is what a reader sees in a dev-set document: poppler's
// reading of a PDF (src/NAME.pdftotext.txt, made by regen.sh), the text of
// a DOCX's body, headers and footers, an HTML page's text outside script,
// style, nav, header, footer and aside, a Markdown file without tags and
// with only the title of its front matter, and a text file as it is.
func documentText(path string) (string, error) {
	dir, name := filepath.Split(path)
	ext := strings.ToLower(filepath.Ext(name))
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	switch ext {
	case ".pdf":
		data, err := os.ReadFile(filepath.Join(dir, "src", stem+".pdftotext.txt"))
		return string(data), err
	case ".docx":
		return docxAllText(path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	switch ext {
	case ".html", ".htm":
		return visibleHTMLText(string(data))
	case ".md":
		return markdownText(string(data)), nil
	}
	return string(data), nil
}

// docxAllText is the text of the w:t runs of a DOCX's body, headers and
// footers; tabs, breaks, paragraphs and table cells separate words.
func docxAllText(path string) (string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "", err
	}
	defer zr.Close()
	var b strings.Builder
	for _, f := range zr.File {
		base := filepath.Base(f.Name)
		if f.Name != "word/document.xml" && !strings.HasPrefix(base, "header") && !strings.HasPrefix(base, "footer") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", err
		}
		dec := xml.NewDecoder(rc)
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				rc.Close()
				return "", fmt.Errorf("%s: %w", f.Name, err)
			}
			switch t := tok.(type) {
			case xml.StartElement:
				inText = t.Name.Local == "t"
				switch t.Name.Local {
				case "tab", "br", "cr":
					b.WriteString("\n")
				}
			case xml.EndElement:
				inText = false
				switch t.Name.Local {
				case "p", "tc":
					b.WriteString("\n")
				}
			case xml.CharData:
				if inText {
					b.Write(t)
				}
			}
		}
		rc.Close()
	}
	return b.String(), nil
}

// visibleHTMLText is a page's text as a reader sees it: the <main>
// element when there is one, else the body without script, style, nav,
// header, footer and aside. Inline elements join their neighbours
// ("12<sup>th</sup>" is one word); block elements and <br> separate.
func visibleHTMLText(page string) (string, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", err
	}
	root := doc
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Main {
			root = n
			break
		}
	}
	var b bytes.Buffer
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Noscript, atom.Template:
				return
			case atom.Span, atom.A, atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Sup, atom.Sub, atom.Small, atom.Font, atom.Abbr, atom.Time:
			default:
				defer b.WriteString("\n")
				b.WriteString("\n")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String(), nil
}

var (
	htmlTag     = regexp.MustCompile(`<[^>]*>`)
	frontMatter = regexp.MustCompile(`(?s)\A---\n(.*?)\n---\n`)
	fmTitle     = regexp.MustCompile(`(?m)^title:\s*(.*)$`)
)

// markdownText is a Markdown file as a reader of the rendered page sees
// it: no tags, entities decoded, and of the front matter only the title.
func markdownText(md string) string {
	title := ""
	if m := frontMatter.FindStringSubmatch(md); m != nil {
		if t := fmTitle.FindStringSubmatch(m[1]); t != nil {
			title = t[1]
		}
		md = md[len(m[0]):]
	}
	return title + "\n" + html.UnescapeString(htmlTag.ReplaceAllString(md, " "))
}
