package indexer

import (
	"fmt"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// maxItemWords is the most words one item holds. A longer item (a text
// with no structure, an appendix run on after the last item) is cut into
// parts at paragraph breaks: a hit then points to the part that matched,
// and the index analyses one part at a time instead of a whole book.
const maxItemWords = 20000

// cutLongItems cuts every item longer than maxItemWords into parts; the
// parts after the first are titled "… (part 2)" and keep the number. It
// reports how many items were cut.
func cutLongItems(items []schema.Item) ([]schema.Item, int) {
	cut := 0
	for _, it := range items {
		if wordsIn(it.Text) > maxItemWords {
			cut++
		}
	}
	if cut == 0 {
		return items, 0
	}
	out := make([]schema.Item, 0, len(items)+cut*4)
	for _, it := range items {
		if wordsIn(it.Text) <= maxItemWords {
			out = append(out, it)
			continue
		}
		for k, text := range textParts(it.Text, maxItemWords) {
			part := it
			part.Text = text
			part.DecisionDetails = readDecisions(text)
			part.Decisions = decisionTexts(part.DecisionDetails)
			if k > 0 {
				part.Agenda, part.Truncated = "", false
				part.Title = strings.TrimSpace(fmt.Sprintf("%s (part %d)", it.Title, k+1))
			}
			out = append(out, part)
		}
	}
	return out, cut
}

// textParts cuts text into parts of at most max words, at a paragraph
// break (a blank line) where there is one in the second half of a part,
// else at a line break, else between words.
func textParts(text string, max int) []string {
	var parts []string
	for text != "" {
		end := wordOffset(text, max)
		if end >= len(text) {
			parts = append(parts, text)
			break
		}
		half := wordOffset(text, max/2)
		cut := strings.LastIndex(text[half:end], "\n\n")
		if cut < 0 {
			cut = strings.LastIndexByte(text[half:end], '\n')
		}
		if cut < 0 {
			cut = end
		} else {
			cut += half
		}
		parts = append(parts, strings.TrimSpace(text[:cut]))
		text = strings.TrimSpace(text[cut:])
	}
	return parts
}

// wordsIn counts the words of s: runs of non-space bytes.
func wordsIn(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// wordOffset is the byte offset where the word after the first n words
// of s starts, or len(s).
func wordOffset(s string, n int) int {
	count, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			if count == n {
				return i
			}
			count++
		}
		in = !sp
	}
	return len(s)
}
