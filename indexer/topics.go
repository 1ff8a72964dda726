package indexer

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

// topicMatcher tags items with topics from the taxonomy. It counts the
// taxonomy's terms in one pass over an item's words, keeping only the
// last few words, so that a long minute costs no copy of its text.
type topicMatcher struct {
	topics  []compiledTopic
	vocab   map[string]int32 // each stemmed word of a term → its id
	ending  map[int32][]termRef
	longest int // words in the longest term
}

type compiledTopic struct {
	corpus.Topic
	terms [][]int32 // each term as the ids of its stemmed words
}

// termRef names one term of one topic.
type termRef struct{ topic, term int }

// newTopicMatcher prepares the taxonomy: terms stemmed, MinHits
// defaulting to 2.
func newTopicMatcher(ts []corpus.Topic) *topicMatcher {
	tm := &topicMatcher{vocab: map[string]int32{}, ending: map[int32][]termRef{}, longest: 1}
	for _, t := range ts {
		ct := compiledTopic{Topic: t}
		if ct.MinHits <= 0 {
			ct.MinHits = 2
		}
		for _, term := range t.Terms {
			words := stemWords(term)
			if len(words) == 0 {
				continue
			}
			ids := make([]int32, len(words))
			for i, w := range words {
				id, ok := tm.vocab[w]
				if !ok {
					id = int32(len(tm.vocab))
					tm.vocab[w] = id
				}
				ids[i] = id
			}
			last := ids[len(ids)-1]
			tm.ending[last] = append(tm.ending[last], termRef{len(tm.topics), len(ct.terms)})
			ct.terms = append(ct.terms, ids)
			tm.longest = max(tm.longest, len(ids))
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
	inTitle := make([]int, len(tm.topics))
	inBody := make([]int, len(tm.topics))
	tm.count(inTitle, it.Title)
	words := tm.count(inBody, it.Agenda, it.Text)
	out := []string{}
	var scored []topicScore
	// A long minute mentions many things in passing: the hits it needs grow
	// with its length (one more per 400 words).
	lengthNeed := words / 400
	for k, t := range tm.topics {
		if t.Procedural {
			if it.Procedural {
				out = append(out, t.Slug)
			}
			continue
		}
		need := t.MinHits
		if it.Procedural {
			if inBody[k] >= 3*need {
				out = append(out, t.Slug)
			}
			continue
		}
		if inTitle[k] > 0 || inBody[k] >= need+lengthNeed {
			scored = append(scored, topicScore{t.Slug, 3*inTitle[k] + inBody[k]})
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

// count adds to counts[k] the occurrences of topic k's terms in the
// texts, read as one run of words, and returns how many words it read.
func (tm *topicMatcher) count(counts []int, texts ...string) int {
	ring := make([]int32, tm.longest) // ids of the last words, -1 for words in no term
	n := 0
	var buf []byte
	for _, s := range texts {
		buf = eachWord(s, buf, func(w []byte) {
			id, ok := tm.vocab[string(stemBytes(stemBytes(w)))]
			if !ok {
				id = -1
			}
			ring[n%len(ring)] = id
			n++
			if id < 0 {
				return
			}
			for _, ref := range tm.ending[id] {
				term := tm.topics[ref.topic].terms[ref.term]
				if len(term) > n {
					continue
				}
				match := true
				for j := 1; j < len(term) && match; j++ {
					match = ring[(n-1-j)%len(ring)] == term[len(term)-1-j]
				}
				if match {
					counts[ref.topic]++
				}
			}
		})
	}
	return n
}

// eachWord calls fn with each word of s in lower case, as stemWords cuts
// them, reusing buf; it returns buf for the next call.
func eachWord(s string, buf []byte, fn func([]byte)) []byte {
	flush := func() {
		w := bytes.Trim(buf, "'’")
		if len(w) > 0 {
			fn(w)
		}
		buf = buf[:0]
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\''):
			buf = append(buf, byte(r))
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return buf
}

// stemBytes is stem for a word in a buffer: it may shorten the word or
// write into it.
func stemBytes(w []byte) []byte {
	if bytes.HasSuffix(w, []byte("'s")) {
		w = w[:len(w)-2]
	} else if bytes.HasSuffix(w, []byte("’s")) {
		w = w[:len(w)-len("’s")]
	}
	for _, suf := range []string{"ing", "ers", "ies", "ed", "es", "er", "s"} {
		if len(w)-len(suf) >= 4 && bytes.HasSuffix(w, []byte(suf)) {
			if suf == "s" && bytes.HasSuffix(w, []byte("ss")) {
				return w
			}
			if suf == "ies" {
				return append(w[:len(w)-3], 'y')
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
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
