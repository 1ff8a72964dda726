package indexer

import (
	"math"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// The dev set's matching must agree with ../shared/real-docs/score.py;
// the expected values below are what score.py (and Python's difflib) say.

func TestDevSetMatchRatio(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"apologies for absence", "apologies for absenc", 0.975609756097561},
		{"minutes of the meeting", "minutes of meeting he", 0.8372093023255814},
		{"declarations of interest", "declaration of interests", 0.9583333333333334},
		{"budget", "budget 2025 26 and m", 0.46153846153846156},
		// b of 200 or more: its popular characters start no match (difflib's autojunk).
		{strings.Repeat("abc", 90), strings.Repeat("bca", 75), 0},
	} {
		if got := matchRatio([]rune(c.a), []rune(c.b)); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("matchRatio(%.20q, %.20q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDevSetSameTitle(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Apologies (Item 1)", "Apologies", true},
		{"Minutes of the Meeting held on 9 January 2025", "Minutes of the meeting held on 9 January 2025 and matters arising", true},
		{"Apologies", "Apologies for absence", true},
		{"Declaration of Interests", "Declarations of interest", true},
		{"Budget", "Budget 2025-26", false},
		{`8\. Planning`, "Planning", true},
		{"Planning applications", "Planning", false},
		{"Finance", "", false},
		{"Ymddiheuriadau / Apologies", "Apologies", false},
	} {
		if got := sameTitle(c.a, c.b); got != c.want {
			t.Errorf("sameTitle(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDevSetSameName(t *testing.T) {
	for _, c := range []struct {
		got, want string
		ok        bool
	}{
		{"Full Council", "County Council", true},
		{"Council", "Parish Council", true},
		{"Children and Young People Scrutiny Committee", "Children and Young People Scrutiny", true},
		{"Cabinet", "Planning Committee", false},
		{"Kent County Council", "Kent", true},
		{"", "Cabinet", false},
	} {
		if got := sameName(c.got, c.want); got != c.ok {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.got, c.want, got, c.ok)
		}
	}
}

func TestDevSetMatchItems(t *testing.T) {
	got := []string{"Apologies", "Public forum", "Minutes", "Planning"}
	want := []string{"Apologies", "Minutes", "Finance", "Planning"}
	pairs := matchItems(got, want)
	if len(pairs) != 3 || pairs[0] != [2]int{0, 0} || pairs[1] != [2]int{2, 1} || pairs[2] != [2]int{3, 3} {
		t.Errorf("matchItems = %v, want [[0 0] [2 1] [3 3]]", pairs)
	}
	if pairs := matchItems(nil, want); len(pairs) != 0 {
		t.Errorf("matchItems(nil, …) = %v, want none", pairs)
	}
}

func TestDevSetWordRecall(t *testing.T) {
	ref := countWords("Apologies were received from Cllr Smith. Apologies: none.")
	if got := wordRecall(ref, countWords("apologies were received from cllr smith")); math.Abs(got-6.0/8) > 1e-12 {
		t.Errorf("wordRecall = %v, want 0.75 (the second 'apologies' and 'none' lost)", got)
	}
	if got := markdownText("---\ntitle: March minutes\ndate: 2023-04-02\n---\n**1\\. Apologies**<br>None &amp; nil\n"); strings.Contains(got, "2023") || !strings.Contains(got, "March minutes") || !strings.Contains(got, "None & nil") {
		t.Errorf("markdownText = %q", got)
	}
	// Words the extractor made from the file's name (IDs, slugs) never
	// stand in for words the text lost.
	m := schema.Meeting{ID: "kelsworth-2016-03-03-minutes", CouncilSlug: "kelsworth", Council: "Parish",
		Items: []schema.Item{{ID: "kelsworth-2016-03-03-minutes-1", MeetingID: "kelsworth-2016-03-03-minutes", Title: "Apologies"}}}
	kept, err := keptText(m)
	if err != nil {
		t.Fatal(err)
	}
	if got := countWords(kept); got["kelsworth"] != 0 || got["minutes"] != 0 || got["apologies"] != 1 || got["parish"] != 1 {
		t.Errorf("keptText counts %v, want only the words read (parish, apologies)", got)
	}
}
