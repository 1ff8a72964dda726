package indexer

import (
	"strings"
	"testing"
)

// FuzzReadDecisions feeds arbitrary text to the decision reader: it must
// not panic, every decision has a text and a kind, counts are not
// negative, and Item.Decisions stays the texts of the details.
func FuzzReadDecisions(f *testing.F) {
	addFixtureSeeds(f)
	f.Add("For (3)\nCouncillors A, B and C\nAgainst (2)\nCouncillors D and E\nThere were no abstentions.\nRESOLVED that")
	f.Add("Proposed by Councillor Sheahan (J)\nSeconded by Cllr Ryan\nAnd Resolved: “that the")
	f.Add("On a show of hands the motion was carried by 9 votes to 3 with one abstention.")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzText {
			return
		}
		ds := readDecisions(text)
		for _, d := range ds {
			if strings.TrimSpace(d.Text) == "" || d.Kind == "" {
				t.Fatalf("decision without text or kind: %+v", d)
			}
			if v := d.Votes; v != nil && (v.For < 0 || v.Against < 0 || v.Abstain < 0) {
				t.Fatalf("negative count: %+v", *v)
			}
		}
		if got := decisionTexts(ds); len(got) != len(ds) {
			t.Fatalf("%d texts for %d decisions", len(got), len(ds))
		}
	})
}

// FuzzParsePeople feeds arbitrary lists to the people reader: it must
// not panic, and every person has a name of at most five words that is
// in the input.
func FuzzParsePeople(f *testing.F) {
	f.Add("Councillors Brennan, Butler, Collins (M) and Walsh")
	f.Add("Chief Executive (Mr. C. Murray), Director, Community Services (Ms. J. Brown)")
	f.Add("Mr A Abbott Mrs I Carrick Mr K Clifton (Chairman) ((")
	f.Fuzz(func(t *testing.T, list string) {
		if len(list) > maxFuzzText {
			return
		}
		for _, p := range parsePeople(list) {
			if p.Name == "" || len(strings.Fields(p.Name)) > 6 {
				t.Fatalf("person %+v from %q", p, list)
			}
			if _, surname, _ := nameParts(p.Name); surname == "" {
				t.Fatalf("no surname in %q", p.Name)
			}
		}
	})
}
