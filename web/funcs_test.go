package web

import (
	"github.com/councilminutes/minutes/search/query"
	"reflect"

	"errors"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search"
)

func TestSafeSnippet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"the <mark>Ofsted</mark> report", "the <mark>Ofsted</mark> report"},
		{"a &lt;script&gt; tag", "a &lt;script&gt; tag"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"<mark><mark>x</mark></mark>", "<mark>x</mark>"},
		{"</mark>x<mark>y", "x<mark>y</mark>"},
		{`<mark onclick="x">y</mark>`, `&lt;mark onclick=&#34;x&#34;&gt;y`},
		{"Tom &amp; Jerry's", "Tom &amp; Jerry&#39;s"},
		{"1 < 2", "1 &lt; 2"},
		{"&lt;mark&gt;fake&lt;/mark&gt;", "&lt;mark&gt;fake&lt;/mark&gt;"},
	}
	for _, tt := range tests {
		if got := string(safeSnippet(tt.in)); got != tt.want {
			t.Errorf("safeSnippet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSafeSnippet(f *testing.F) {
	for _, s := range []string{"a <mark>b</mark> c", "<script>", "&lt;x&gt;", "</mark><mark>", "<<mark>>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := string(safeSnippet(in))
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(rest, "<>\"") {
			t.Fatalf("safeSnippet(%q) = %q: markup other than <mark>", in, out)
		}
		if strings.Count(out, "<mark>") != strings.Count(out, "</mark>") {
			t.Fatalf("safeSnippet(%q) = %q: unbalanced marks", in, out)
		}
	})
}

// TestHighlight checks that item pages mark the words the query matched,
// as the search matched them.
func TestHighlight(t *testing.T) {
	tests := []struct {
		query, field, text, want string
	}{
		{"inspection", "text", "Inspections and the inspection.", "<mark>Inspections</mark> and the <mark>inspection</mark>."},
		{`"care leavers" -housing`, "text", "Care leavers need housing", "<mark>Care</mark> <mark>leavers</mark> need housing"},
		{`"care of children"`, "text", "cared for children, and the care of children", "cared for children, and the <mark>care</mark> <mark>of</mark> <mark>children</mark>"},
		{"title:budget", "title", "The budget & <b>", "The <mark>budget</mark> &amp; &lt;b&gt;"},
		{"title:budget", "text", "The budget", "The budget"},
		{"", "text", "<script>", "&lt;script&gt;"},
		{"+ofsted OR fostering", "text", "Ofsted fostering", "<mark>Ofsted</mark> <mark>fostering</mark>"},
		{"O'Brien", "text", "Councillor O’Brien’s motion", "Councillor <mark>O’Brien’s</mark> motion"},
		{"wind farms", "text", "the windfarm and the farm", "the <mark>windfarm</mark> and the <mark>farm</mark>"},
		{"safeguard*", "text", "Safeguarding", "<mark>Safeguarding</mark>"},
		{"the", "text", "the end", "the end"},
	}
	for _, tt := range tests {
		m, err := query.NewMarker(tt.query, query.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := string(highlight(tt.text, tt.field, m)); got != tt.want {
			t.Errorf("highlight(%q, %q) in %s = %q, want %q", tt.text, tt.query, tt.field, got, tt.want)
		}
	}
	if got := paragraphs("One.\n\n two \n\n\n", "text", nil); len(got) != 2 || got[1].Para != "two" {
		t.Errorf("paragraphs = %q", got)
	}
	// Bulleted lines ("- " from an HTML or Markdown list, or a PDF's
	// bullet) are one list, without their markers.
	want := []textBlock{{Para: "Supporting documents:"}, {Bullets: []template.HTML{"Report PDF 300 KB", "Appendix A"}}, {Para: "RESOLVED that - as amended - it be noted."}, {Bullets: []template.HTML{"one"}}}
	if got := paragraphs("Supporting documents:\n\n- Report PDF 300 KB\n\n- Appendix A\n\nRESOLVED that - as amended - it be noted.\n• one", "text", nil); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs of a list = %q, want %q", got, want)
	}
}

func TestTemplateFuncs(t *testing.T) {
	for in, want := range map[string]string{"2013-12-13": "13 December 2013", "": "date unknown", "2013": "2013"} {
		if got := longDate(in); got != want {
			t.Errorf("longDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]template.HTML{"2013-12-13": `<time datetime="2013-12-13">13 December 2013</time>`,
		"": "date unknown", "2013": "2013", "<b>": "&lt;b&gt;"} {
		if got := dateHTML(in); got != want {
			t.Errorf("dateHTML(%q) = %q, want %q", in, got, want)
		}
	}
	if plural(1, "item", "items") != "1 item" || plural(3, "item", "items") != "3 items" || plural(0, "item", "items") != "0 items" {
		t.Error("plural")
	}
	if percent(0.125) != "12.5%" || percent(0) != "0.0%" {
		t.Errorf("percent = %q", percent(0.125))
	}
}

func TestShadeContrast(t *testing.T) {
	for _, level := range []float64{0, 0.1, 0.3, 0.5, 0.55, 0.6, 0.7, 0.9, 1} {
		fill, ink := shade(level, true)
		if r := contrast(fill, ink); r < 4.5 {
			t.Errorf("level %.2f: %s on %s has contrast %.2f < 4.5", level, ink, fill, r)
		}
	}
	if fill, _ := shade(1, false); fill != "#f3f4f6" {
		t.Errorf("empty cell fill %s", fill)
	}
}

func TestTimelineNewestFirst(t *testing.T) {
	got := timeline([]search.MeetingSummary{{ID: "a", Date: "2019-01-02"}, {ID: "b"}, {ID: "c", Date: "2021-05-01"}, {ID: "d", Date: "2019-06-01"}})
	var years, ids []string
	for _, y := range got {
		years = append(years, y.Year)
		for _, m := range y.Meetings {
			ids = append(ids, strings.TrimPrefix(m.URL, "/meetings/"))
		}
	}
	if !slices.Equal(years, []string{"2021", "2019", "Date unknown"}) || !slices.Equal(ids, []string{"c", "d", "a", "b"}) {
		t.Errorf("timeline years %v ids %v", years, ids)
	}
}

func TestParseSearch(t *testing.T) {
	q, _ := url.ParseQuery("q=+ofsted+&council=kent&council=&topic=ofsted&from=2019&to=2020-06&decisions=1&sort=-date&page=2&size=50&group=meeting&year=2020")
	req, err := parseSearch(q)
	if err != nil {
		t.Fatal(err)
	}
	want := search.Request{Query: "ofsted", Councils: []string{"kent"}, Topics: []string{"ofsted"}, From: "2019", To: "2020-06",
		DecisionsOnly: true, Sort: "-date", Page: 2, Size: 50, Group: "meeting", Year: "2020", Highlight: true}
	if req.Query != want.Query || !slices.Equal(req.Councils, want.Councils) || !slices.Equal(req.Topics, want.Topics) || req.From != want.From ||
		req.To != want.To || !req.DecisionsOnly || req.Sort != want.Sort || req.Page != 2 || req.Size != 50 || req.Group != "meeting" || req.Year != "2020" {
		t.Errorf("parseSearch = %+v\nwant %+v", req, want)
	}
	// searchQuery is its inverse
	back, err := parseSearch(searchQuery(req))
	if err != nil || back.Query != req.Query || back.Page != req.Page || back.Sort != req.Sort || !slices.Equal(back.Councils, req.Councils) {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	def, _ := parseSearch(url.Values{})
	if def.Page != 1 || def.Size != search.DefaultSize || def.Sort != search.SortRelevance {
		t.Errorf("defaults = %+v", def)
	}
}

func FuzzParseSearch(f *testing.F) {
	for _, s := range []string{"q=ofsted&page=2", "from=2019-02-29", "size=-1&sort=x", "council=a%20b", "to=2019-13-01&from=2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, err := parseSearch(q)
		if err != nil {
			if !errors.Is(err, search.ErrBadRequest) {
				t.Fatalf("parseSearch(%q): error %v is not ErrBadRequest", raw, err)
			}
			return
		}
		if req.Page < 1 || req.Page > search.MaxPage || req.Size < 1 || req.Size > search.MaxSize {
			t.Fatalf("parseSearch(%q) = out of bounds %+v", raw, req)
		}
	})
}

func TestContrast(t *testing.T) {
	if got := contrast("#000000", "#ffffff"); got < 20.99 || got > 21.01 {
		t.Errorf("black on white = %.2f, want 21", got)
	}
	if got := contrast("#777777", "#ffffff"); got < 4.4 || got > 4.5 {
		t.Errorf("#777 on white = %.2f, want 4.48", got)
	}
}

// TestSymbolGlyphs: the Symbol and Wingdings fonts' private-use bullets
// show as the characters they stand for, in snippets and item text (a
// browser drew them as empty boxes), and an item's lines so bulleted are
// a list; a marked word after one is still marked.
func TestSymbolGlyphs(t *testing.T) {
	if got := string(safeSnippet("…context \uf0b7 Great Southern <mark>Greenway</mark> \uf0d8 next")); got != "…context • Great Southern <mark>Greenway</mark> ➢ next" {
		t.Errorf("safeSnippet = %q", got)
	}
	m, err := query.NewMarker("greenway", query.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []textBlock{{Para: "Tourism context:"}, {Bullets: []template.HTML{"Great Southern <mark>Greenway</mark> progress", "Part VIII works"}}}
	if got := paragraphs("Tourism context:\n\n\uf0b7 Great Southern Greenway progress\n\n\uf0b7 Part VIII works", "text", m); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}
