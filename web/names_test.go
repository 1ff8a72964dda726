package web

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// emptyLink matches a link without text, or to a council page without a slug.
var emptyLink = regexp.MustCompile(`<a [^>]*href="[^"]*"[^>]*>\s*(<span class="count">\d+</span>)?\s*</a>|href="/councils/"|href="/\?committee="|[?&;](council|committee)=(&|")`)

// TestUnnamedCouncilPages: a meeting whose council and committee the
// extraction could not name (a file at the top of the corpus) is shown as
// "Council unknown" and "Committee unknown" with no link to a council page
// that cannot exist; the pages had empty links to /councils/ (a 404),
// links with no text, and a heading ", date unknown".
func TestUnnamedCouncilPages(t *testing.T) {
	var m schema.Meeting
	ix := newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		m = schema.Meeting{Format: "text", DateSource: schema.DateUnknown, SourcePath: "loose-note.txt",
			Items: []schema.Item{item("1", "Village green", "The Quoitsplayer lease was renewed.", nil)}}
		m.AssignIDs()
		return append(ms, m)
	})
	h := newHandler(t, ix)
	for _, target := range []string{"/", "/councils", "/?q=quoitsplayer", "/items/" + m.Items[0].ID, "/meetings/" + m.ID} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", target, rec.Code)
		}
		body := rec.Body.String()
		if l := emptyLink.FindString(body); l != "" {
			t.Errorf("%s: link to nothing: %s", target, l)
		}
		if strings.Contains(body, "<h1>,") || strings.Contains(body, "> · ") {
			t.Errorf("%s: a heading or a line starts with an empty name", target)
		}
		if target != "/" && !strings.Contains(body, "Council unknown") {
			t.Errorf("%s: does not say the council is unknown", target)
		}
	}
	// the API's facets label the value too (it had value "" and label "")
	var res struct {
		Facets map[string][]struct{ Value, Label string }
	}
	if err := json.Unmarshal(get(t, h, "/api/search?q=quoitsplayer").Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	for facet, want := range map[string]string{"council": "Council unknown", "committee": "Committee unknown"} {
		if vs := res.Facets[facet]; len(vs) != 1 || vs[0].Value != "" || vs[0].Label != want {
			t.Errorf("facet %s: %+v, want one value \"\" labelled %q", facet, vs, want)
		}
	}
}
