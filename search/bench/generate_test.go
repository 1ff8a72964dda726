package bench

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func generate(t testing.TB, seed int64, n int) []Item {
	t.Helper()
	g, err := NewGenerator(seed)
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	if err := g.Generate(n, func(it Item) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestGeneratorDeterministic(t *testing.T) {
	a := generate(t, 7, 500)
	b := generate(t, 7, 500)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different items")
	}
	c := generate(t, 8, 500)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same items")
	}
	if len(a) != 500 {
		t.Fatalf("got %d items, want 500", len(a))
	}
}

func TestGeneratorShape(t *testing.T) {
	items := generate(t, 1, 3000)
	meetings := map[string]int{}
	councils := map[string]bool{}
	years := map[string]bool{}
	var words int
	for _, it := range items {
		if err := it.check(); err != nil {
			t.Fatalf("item %s: %v", it.ID, err)
		}
		meetings[it.Council+"|"+it.Committee+"|"+it.Date]++
		councils[it.Council] = true
		years[it.Date[:4]] = true
		words += len(strings.Fields(it.Text))
	}
	perMeeting := float64(len(items)) / float64(len(meetings))
	if perMeeting < 8 || perMeeting > 12 {
		t.Errorf("%.1f items a meeting, want 8 to 12", perMeeting)
	}
	if len(councils) < NumCouncils/2 {
		t.Errorf("%d councils in 3000 items, want most of %d", len(councils), NumCouncils)
	}
	if len(years) < corpusYears-1 {
		t.Errorf("%d distinct years, want %d", len(years), corpusYears)
	}
	if mean := words / len(items); mean < 100 || mean > 400 {
		t.Errorf("mean %d words of text an item, want 100 to 400", mean)
	}
}

var wordRE = regexp.MustCompile(`[A-Za-z]+`)

func vocabulary(items []Item) int {
	seen := map[string]bool{}
	for _, it := range items {
		for _, w := range wordRE.FindAllString(it.Title+" "+it.Text+" "+it.Decisions, -1) {
			seen[strings.ToLower(w)] = true
		}
	}
	return len(seen)
}

func TestVocabularyGrows(t *testing.T) {
	items := generate(t, 3, 8000)
	v1, v2, v3 := vocabulary(items[:1000]), vocabulary(items[:4000]), vocabulary(items)
	t.Logf("vocabulary: 1k items %d, 4k %d, 8k %d", v1, v2, v3)
	// Heaps' law with beta ~0.5: 4x the items should give clearly more words.
	if float64(v2) < 1.3*float64(v1) || float64(v3) < 1.15*float64(v2) {
		t.Errorf("vocabulary does not keep growing: %d, %d, %d", v1, v2, v3)
	}
}

func TestTemplateMarkers(t *testing.T) {
	known := regexp.MustCompile(`%[^PLOSRMDT]`)
	var all []string
	all = append(all, entitySentences...)
	all = append(all, topicSentences...)
	all = append(all, decisionTemplates...)
	all = append(all, titleTemplates...)
	for _, p := range procedural {
		all = append(all, p.title, p.text, p.decision)
	}
	for _, s := range all {
		if m := known.FindString(s); m != "" {
			t.Errorf("template %q has unknown marker %s", s, m)
		}
	}
}
