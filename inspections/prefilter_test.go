package inspections

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// mineEvery is Mine without its quick tests (mayMention and
// mayNameInspectorate on the whole item): every sentence of every item
// goes through mineSentence.
func mineEvery(m schema.Meeting) []Candidate {
	var out []Candidate
	for _, it := range m.Items {
		texts := append([]string{it.Title, it.Agenda, it.Text}, it.Decisions...)
		inspected := inspectorate.MatchString(strings.ToLower(strings.ReplaceAll(strings.Join(texts, "\n"), "’", "'")))
		seen := map[string]bool{}
		for _, text := range texts {
			for _, s := range sentences(text) {
				if seen[s] {
					continue
				}
				seen[s] = true
				if c, ok := mineSentence(s, inspected); ok {
					c.Council, c.MeetingID, c.MeetingDate, c.ItemID = m.CouncilSlug, m.ID, m.Date, it.ID
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// prefilterTexts are items whose quick tests must not lose a candidate:
// the seed minutes, and wordings split over lines and between title and
// text.
func prefilterTexts(t testing.TB) []string {
	texts := []string{
		"The Care Quality\nCommission inspected the service.\n\nThe inspection found it inadequate.",
		"Children's services\nwere judged\ninadequate in March 2015.",
		"Following the focused\nvisit in July 2019, progress was made.",
		"The SEND\narea inspection in 2018 highlighted delays.",
		"Ofsted’s inspection was judged a success.",
		"The site visit to the depot was noted. The bait boxes were inspected.",
	}
	files, _ := filepath.Glob("testdata/00*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestMineQuickTestsLoseNothing: Mine finds what it finds without its
// quick tests, on the seeds and on wordings broken across lines.
func TestMineQuickTestsLoseNothing(t *testing.T) {
	for _, text := range prefilterTexts(t) {
		for _, split := range []bool{false, true} {
			it := schema.Item{Title: "Minutes", Text: text}
			if first, rest, ok := strings.Cut(text, "\n"); split && ok {
				it = schema.Item{Title: first, Text: rest}
			}
			m := schema.Meeting{CouncilSlug: "c", SourcePath: "c/x/2020-01-01.txt", Items: []schema.Item{it}}
			m.AssignIDs()
			if got, want := Mine(m), mineEvery(m); !reflect.DeepEqual(got, want) {
				t.Errorf("%.60q: Mine %+v, without quick tests %+v", text, got, want)
			}
		}
	}
}

func FuzzMineQuickTests(f *testing.F) {
	for _, text := range prefilterTexts(f) {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m := schema.Meeting{CouncilSlug: "c", SourcePath: "c/x/2020-01-01.txt", Items: []schema.Item{{Title: "Item", Text: text}}}
		m.AssignIDs()
		if got, want := Mine(m), mineEvery(m); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Mine %+v, without quick tests %+v", text, got, want)
		}
	})
}
