package moderngov

import (
	"html"
	"regexp"
	"strings"
	"unicode"

	"github.com/councilminutes/minutes/indexer/htmltext"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText turns an HTML fragment (a minute, an agenda text) into plain
// text: paragraphs, headings, list items and table rows become paragraphs
// separated by a blank line, <br> becomes a line break, list items start
// with "• ", and whitespace is tidied. Entities left over from double
// encoding ("&#39;" after the HTML is decoded) are decoded once more.
func htmlToText(fragment string) string {
	if strings.TrimSpace(fragment) == "" {
		return ""
	}
	if !strings.Contains(fragment, "<") {
		return tidy(fragment)
	}
	body := &nethtml.Node{Type: nethtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := nethtml.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		// x/net/html only fails on reader errors; a strings.Reader has none.
		return cleanText(fragment)
	}
	var b strings.Builder
	for _, n := range nodes {
		htmltext.Write(&b, n, &fragmentStyle)
	}
	return tidy(b.String())
}

// fragmentStyle is how a fragment becomes text: paragraphs, headings,
// list items and table rows are paragraphs between blank lines, list
// items start with "• ", a table cell with a space; a line break in the
// HTML source is only a space (tidy collapses the rest).
var fragmentStyle = htmltext.Style{
	Skip: []atom.Atom{atom.Script, atom.Style, atom.Head, atom.Title},
	Block: []atom.Atom{atom.P, atom.Div, atom.Li, atom.Tr, atom.Table, atom.Ul, atom.Ol,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Pre, atom.Dl, atom.Dt, atom.Dd, atom.Section, atom.Article},
	Break:   "\n\n",
	Space:   strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace,
	CellGap: true,
	Bullet:  "• ",
}

var leftEntity = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// tidy collapses runs of spaces, trims every line, drops empty bullets and
// keeps at most one blank line between paragraphs.
func tidy(s string) string {
	s = unescapeLeftovers(s)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0 // blank lines seen since the last text line
	for line := range strings.Lines(s) {
		line = collapseSpaces(line)
		if line == "" || line == "•" {
			blank++
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if blank > 0 {
				b.WriteString("\n")
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// collapseSpaces trims a line and turns every run of white space (tabs,
// no-break and other Unicode spaces included) into one space.
func collapseSpaces(line string) string {
	var b strings.Builder
	space := false
	for _, r := range line {
		if unicode.IsSpace(r) || r == '\u200b' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanText tidies a plain-text value (a title, a name): leftover entities
// decoded, whitespace collapsed to single spaces.
func cleanText(s string) string {
	s = unescapeLeftovers(s)
	return collapseSpaces(s)
}

// unescapeLeftovers decodes entities that survive the first decoding, the
// mark of a site that encoded its text twice ("&amp;#39;"). It decodes at
// most twice more, so "&amp;amp;#39;" also comes out as an apostrophe.
func unescapeLeftovers(s string) string {
	for i := 0; i < 2 && leftEntity.MatchString(s); i++ {
		s = html.UnescapeString(s)
	}
	return s
}
