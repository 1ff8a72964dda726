package bench

import (
	"embed"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strings"
)

// seedFS holds copies of the five seed minutes that train the text model.
//
//go:embed testdata/seeds/*.txt
var seedFS embed.FS

// residue matches page furniture in the seeds that would read oddly when
// repeated in generated text: link labels, table bars, Markdown marks.
var residue = regexp.MustCompile(`pdf icon|PDF [0-9]+ KB|View directions|\||#+|\*+|·|---+`)

// chain is a word trigram Markov chain with a bigram fallback. Words are
// interned as int32; index 0 is the sentence-start marker.
type chain struct {
	words []string
	tri   map[[2]int32][]int32 // (w1, w2) -> every word seen after them
	bi    map[int32][]int32    // w2 -> every word seen after it
}

// trainChain builds a chain from the embedded seed minutes.
func trainChain() (*chain, error) {
	paths, err := fs.Glob(seedFS, "testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("find embedded seed minutes: %v", err)
	}
	c := &chain{words: []string{""}, tri: map[[2]int32][]int32{}, bi: map[int32][]int32{}}
	ids := map[string]int32{"": 0}
	for _, p := range paths {
		data, err := seedFS.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read seed %s: %w", p, err)
		}
		text := residue.ReplaceAllString(string(data), " ")
		var w1, w2 int32
		for _, tok := range strings.Fields(text) {
			id, ok := ids[tok]
			if !ok {
				id = int32(len(c.words))
				ids[tok] = id
				c.words = append(c.words, tok)
			}
			c.tri[[2]int32{w1, w2}] = append(c.tri[[2]int32{w1, w2}], id)
			c.bi[w2] = append(c.bi[w2], id)
			w1, w2 = w2, id
			if endsSentence(tok) {
				w1, w2 = 0, 0
			}
		}
	}
	return c, nil
}

// endsSentence reports whether a token closes a sentence.
func endsSentence(tok string) bool {
	return strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, "?") || strings.HasSuffix(tok, "!")
}

// sentence appends one generated sentence to b and returns the number of
// words written. Where the trigram state has a single continuation (the
// chain would copy a seed verbatim), it sometimes takes the bigram
// continuation instead, which makes new sentences from old parts.
func (c *chain) sentence(r *rand.Rand, b *strings.Builder) int {
	var w1, w2 int32
	n := 0
	for n < 60 {
		next := c.tri[[2]int32{w1, w2}]
		if len(next) <= 1 && w2 != 0 && r.IntN(3) == 0 {
			next = c.bi[w2]
		}
		if len(next) == 0 {
			break
		}
		id := next[r.IntN(len(next))]
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		tok := c.words[id]
		b.WriteString(tok)
		n++
		if endsSentence(tok) {
			return n
		}
		w1, w2 = w2, id
	}
	b.WriteByte('.')
	return n
}
