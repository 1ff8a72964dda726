package search

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestRelaxedNaturalQuestion checks the answer to a question no item
// answers word for word: the items holding most of its words, those
// holding more first, each listing exactly the words it lacks, with a
// plain notice, in the hits and the grouped view alike.
func TestRelaxedNaturalQuestion(t *testing.T) {
	ix := sharedIndex(t)
	ctx := context.Background()
	q := "council response to ofsted inadequate judgement letter"
	words := []string{"council", "response", "ofsted", "inadequate", "judgement", "letter"}
	res, err := ix.Search(ctx, Request{Query: q, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Relaxed || res.Total == 0 || res.AllWordsTotal != 0 {
		t.Fatalf("relaxed %v, total %d, all words %d: want a relaxed answer", res.Relaxed, res.Total, res.AllWordsTotal)
	}
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[len(res.Notes)-1], "No item holds all of council, response, ofsted") {
		t.Errorf("notes %q: want the relaxed notice", res.Notes)
	}
	holders := map[string]map[string]bool{} // word -> items holding it
	for _, w := range words {
		one, err := ix.Search(ctx, Request{Query: w, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		holders[w] = map[string]bool{}
		for _, h := range one.Hits {
			holders[w][h.ID] = true
		}
	}
	last := 0
	for i, h := range res.Hits {
		var lacks []string
		for _, w := range words {
			if !holders[w][h.ID] {
				lacks = append(lacks, w)
			}
		}
		if !slices.Equal(h.Missing, lacks) {
			t.Errorf("%s: missing %q, want %q", h.ID, h.Missing, lacks)
		}
		if i > 0 && len(h.Missing) < last {
			t.Errorf("%s lacks %d words but comes after an item lacking %d", h.ID, len(h.Missing), last)
		}
		last = len(h.Missing)
	}
	if first, final := len(res.Hits[0].Missing), len(res.Hits[len(res.Hits)-1].Missing); first == final {
		t.Errorf("every hit lacks %d words: the query does not show the ordering", first)
	}
	for _, w := range res.Dropped {
		if !slices.Contains(words, w) {
			t.Errorf("dropped %q is not a word of the query", w)
		}
	}
	grouped, err := ix.Search(ctx, Request{Query: q, Group: "meeting"})
	if err != nil {
		t.Fatal(err)
	}
	if !grouped.Relaxed || grouped.Total != res.Total || len(grouped.Groups) == 0 || grouped.Groups[0].Hits[0].Missing == nil {
		t.Errorf("grouped: relaxed %v, total %d (want %d), %d groups", grouped.Relaxed, grouped.Total, res.Total, len(grouped.Groups))
	}
}

// TestNotRelaxed lists queries that are answered as they are: a single
// word or phrase has nothing to drop, and a query that finds items is
// not padded with items lacking some of its words.
func TestNotRelaxed(t *testing.T) {
	ix := sharedIndex(t)
	for _, q := range []string{"zzyzx", `"care of children"`, "ofsted improvement", "ofsted focused visit letter"} {
		res, err := ix.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if found := !strings.Contains(q, "z") && q[0] != '"'; found && res.Total == 0 {
			t.Errorf("%q finds nothing: it does not test padding", q)
		}
		if res.Relaxed {
			t.Errorf("%q (total %d) was relaxed", q, res.AllWordsTotal)
		}
	}
}

// TestSuggestions checks the suggestions for words that find nothing:
// words of the index one edit away, and synonym groups using the word.
func TestSuggestions(t *testing.T) {
	ix := sharedIndex(t)
	tests := []struct {
		q, word, spelling, synonym string
	}{
		{"fostring", "fostring", "fostering", ""},
		{"ofsted inspectoin", "inspectoin", "inspection", ""},
		{"asylum", "asylum", "", "uasc"},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), Request{Query: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(res.Suggestions, func(s Suggestion) bool { return s.Word == tt.word })
		if i < 0 {
			t.Errorf("%q: no suggestion for %q in %+v", tt.q, tt.word, res.Suggestions)
			continue
		}
		s := res.Suggestions[i]
		if tt.spelling != "" && !slices.Contains(s.Spellings, tt.spelling) {
			t.Errorf("%q: spellings %q, want %q among them", tt.q, s.Spellings, tt.spelling)
		}
		if tt.synonym != "" && !slices.Contains(s.Synonyms, tt.synonym) {
			t.Errorf("%q: synonyms %q, want %q among them", tt.q, s.Synonyms, tt.synonym)
		}
	}
}
