package htmltext

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	lines = Style{
		Skip:     []atom.Atom{atom.Script, atom.Nav},
		Block:    []atom.Atom{atom.P, atom.Li, atom.Ul, atom.Ol, atom.H2, atom.Td, atom.Tr},
		Break:    "\n",
		Space:    strings.TrimSpace,
		Markdown: true,
		Number:   func(k int, format string) string { return format + strconv.Itoa(k) },
	}
	paragraphs = Style{
		Skip:    []atom.Atom{atom.Script},
		Block:   []atom.Atom{atom.P, atom.Li, atom.Ul, atom.Tr},
		Break:   "\n\n",
		Space:   func(s string) string { return s },
		CellGap: true,
		Bullet:  "• ",
	}
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name, in string
		style    *Style
		want     string
	}{
		{"heading and bold", `<h2>Apologies</h2><p><b>Resolved</b> that</p>`, &lines, "\n## Apologies\n\n**Resolved**that\n"},
		{"a button's label set apart", `<p><label>Search this site</label><input name="q"><button>Go</button></p>`, &paragraphs, "\n\nSearch this site Go \n\n"},
		{"item title class", `<span class="x mgAiTitleTxt">Budget</span>`, &lines, "## Budget"},
		{"unordered list", `<ul><li>one</li></ul>`, &lines, "\n\n- one\n\n"},
		{"ordered list numbers", `<ol start="3" type="a"><li>c</li><li value="9">i</li></ol>`, &lines, "\n\nlowerLetter3) c\n\nlowerLetter9) i\n\n"},
		{"skipped", `<nav>menu</nav><script>x()</script><p>kept</p>`, &lines, "\nkept\n"},
		{"line break", `a<br>b`, &lines, "a\nb"},
		{"footnote marks set apart", `<p>Vantreight<sup>1</sup>, Act<sup><a href="#f2">[2]</a></sup> on the 25<sup>th</sup>, m<sup>2</sup></p>`, &lines,
			"\nVantreight 1, Act [2]on the 25th, m 2\n"},
		{"paragraphs", `<p>one</p><p>two</p>`, &paragraphs, "\n\none\n\n\n\ntwo\n\n"},
		{"bullets and cells", `<ul><li>x</li></ul><table><tr><td>a</td><td>b</td></tr></table>`, &paragraphs, "\n\n\n\n• x\n\n\n\n\n\n a b\n\n"},
		{"no Markdown", `<h2>T</h2><b>bold</b>`, &paragraphs, "Tbold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			Write(&b, doc, tt.style)
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
