package indexer

import (
	"sort"
	"strings"
	"unicode"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// topicMatcher tags items with topics from the taxonomy.
type topicMatcher struct {
	topics []compiledTopic
}

type compiledTopic struct {
	corpus.Topic
	terms [][]string // each term as stemmed words
}

// newTopicMatcher prepares the taxonomy: terms stemmed, MinHits
// defaulting to 2.
func newTopicMatcher(ts []corpus.Topic) *topicMatcher {
	tm := &topicMatcher{}
	for _, t := range ts {
		ct := compiledTopic{Topic: t}
		if ct.MinHits <= 0 {
			ct.MinHits = 2
		}
		for _, term := range t.Terms {
			if w := stemWords(term); len(w) > 0 {
				ct.terms = append(ct.terms, w)
			}
		}
		tm.topics = append(tm.topics, ct)
	}
	return tm
}

// tag returns the slugs of the topics an item is about: a term in the
// title, or at least MinHits terms in its text. Procedural items get the
// procedural topic, and others only when the text dwells on them (three
// times the usual hits).
func (tm *topicMatcher) tag(it schema.Item) []string {
	title := newWordIndex(stemWords(it.Title))
	body := newWordIndex(stemWords(it.Agenda + "\n" + it.Text))
	out := []string{}
	var scored []topicScore
	// A long minute mentions many things in passing: the hits it needs grow
	// with its length (one more per 400 words).
	lengthNeed := len(body.words) / 400
	for _, t := range tm.topics {
		inTitle, inBody := 0, 0
		for _, term := range t.terms {
			inTitle += title.count(term)
			inBody += body.count(term)
		}
		if t.Procedural {
			if it.Procedural {
				out = append(out, t.Slug)
			}
			continue
		}
		need := t.MinHits
		if it.Procedural {
			if inBody >= 3*need {
				out = append(out, t.Slug)
			}
			continue
		}
		if inTitle > 0 || inBody >= need+lengthNeed {
			scored = append(scored, topicScore{t.Slug, 3*inTitle + inBody})
		}
	}
	// Keep the topics the item dwells on most, in taxonomy order.
	if len(scored) > maxTopics {
		ranked := append([]topicScore(nil), scored...)
		sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].score > ranked[j].score })
		cut := ranked[maxTopics-1].score
		kept := scored[:0]
		for _, ts := range scored {
			if ts.score >= cut && len(kept) < maxTopics {
				kept = append(kept, ts)
			}
		}
		scored = kept
	}
	for _, ts := range scored {
		out = append(out, ts.slug)
	}
	return out
}

// maxTopics is the most topics one item is tagged with.
const maxTopics = 4

type topicScore struct {
	slug  string
	score int
}

// wordIndex finds phrases in a list of words through the positions of
// each word.
type wordIndex struct {
	words []string
	at    map[string][]int
}

// newWordIndex records where each word occurs.
func newWordIndex(words []string) wordIndex {
	at := make(map[string][]int, len(words))
	for i, w := range words {
		at[w] = append(at[w], i)
	}
	return wordIndex{words: words, at: at}
}

// count counts where the words of term occur in a row.
func (x wordIndex) count(term []string) int {
	n := 0
	for _, i := range x.at[term[0]] {
		if i+len(term) > len(x.words) {
			continue
		}
		ok := true
		for j := 1; j < len(term); j++ {
			if x.words[i+j] != term[j] {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// stemWords splits text into lower-case words and strips common English
// endings so that "placements", "placement" and "placed" meet.
func stemWords(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		f = strings.Trim(f, "'’")
		if f != "" {
			out = append(out, stem(stem(f)))
		}
	}
	return out
}

// stem takes off one common English ending ("-s", "-es", "-ies", "-ed",
// "-ing", "-er", "-ers") from words long enough to keep a root of four
// letters.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	for _, suf := range []string{"ing", "ers", "ies", "ed", "es", "er", "s"} {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			if suf == "s" && strings.HasSuffix(w, "ss") {
				return w
			}
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
