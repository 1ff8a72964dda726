package query

import (
	"slices"
	"strings"
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"
)

// The index keeps the stop words of an item's body (agenda, text and
// decisions) without their positions (search/engine/textfield.go): they
// were two of every five positions it held. Their frequencies stay, so a
// phrase scores as before. The location of each other word holds, in its
// byte offsets (which nothing else reads, and which the index would keep
// as zeros), the stop word just before it (Start) and just after it
// (End), as StopID numbers them: a phrase with a stop word ("care of the
// council") finds its other words in their places, leaving the stop
// words' gap, and the stop words in their locations. A stop word with no
// other word of the phrase beside it (between two stop words, or a phrase
// of stop words alone) is read in the item's stored text, through the same
// analysis. So a phrase matches exactly the items it matched when every
// word had its position (TestPhraseStopWordsAsPositions). A phrase of stop
// words alone reads the text of every item holding them: slow, where
// every word's position made it merely costly.

// StopID is the number of a stop word in the index's locations, from 1;
// 0 for a word that is not a stop word. The commonest have the smallest
// numbers, which take one byte; the numbers are part of the index format.
func StopID(term string) int {
	return stopIDs[term]
}

// stopIDs numbers the stop words: the commonest of minutes first, then
// the rest of bleve's list in order.
var stopIDs = func() map[string]int {
	ids := map[string]int{}
	common := strings.Fields("the of and to a in for be that is on with by as at this it are or from an will was which not been has have had were would there their they its all any who also these this other")
	rest := make([]string, 0, len(stopWords))
	for w := range stopWords {
		rest = append(rest, w)
	}
	slices.Sort(rest)
	for _, w := range append(common, rest...) {
		if stopWords[w] && ids[w] == 0 {
			ids[w] = len(ids) + 1
		}
	}
	return ids
}()

// FieldTexts reads back the values of a full-text field of a document.
type FieldTexts interface {
	// FieldValues returns the values of field in the document id of r,
	// the value at array position [i] as values[i], a field of one value
	// as one value; none when the document has no such field.
	FieldValues(r index.IndexReader, id index.IndexInternalID, field string) ([]string, error)
}

// StopPositions reports whether the index keeps the positions of stop
// words in field: in titles and headings, a few words each, it does.
func StopPositions(field string) bool {
	switch field {
	case FieldAgenda, FieldText, FieldDecisions:
		return false
	}
	return true
}

// textSlot is a word of a phrase read in the text: its offset in the
// phrase and the light forms it may take there.
type textSlot struct {
	off   int
	terms []string
}

// inText reports whether text holds every slot's word at begin+off, for
// one begin of begins (word positions counted from 1, as the index counts
// them); nil begins: for any begin.
func inText(text string, begins []int, slots []textSlot) bool {
	// the positions read, when begins are given: need[p]
	var need []bool
	if begins != nil {
		last := 0
		for _, b := range begins {
			for _, s := range slots {
				last = max(last, b+s.off)
			}
		}
		need = make([]bool, last+1)
		for _, b := range begins {
			for _, s := range slots {
				if p := b + s.off; p >= 1 {
					need[p] = true
				}
			}
		}
	}
	// the light forms of the words, "" where none is needed
	var lights []string
	scanWords(text, func(word string, _, _ int) bool {
		if !hasTerm(word) {
			return true
		}
		pos := len(lights) + 1
		light := ""
		if need == nil || need[pos] {
			light = stopLight(word)
		}
		lights = append(lights, light)
		return need == nil || pos+1 < len(need)
	})
	at := func(b int) bool {
		for _, s := range slots {
			p := b + s.off
			if p < 1 || p > len(lights) || !slices.Contains(s.terms, lights[p-1]) {
				return false
			}
		}
		return true
	}
	if begins == nil {
		for b := 1; b <= len(lights); b++ {
			if at(b) {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(begins, at)
}

// stopLight is the light form of a word as written when it is a stop word,
// "" when it is not: the words read in the text are stop words (a slot of
// another word is found by its positions), and a light form that differs
// from its term took a plural ending off one that ends in s, so other words
// are not stemmed.
func stopLight(word string) string {
	term := termOf(word)
	switch {
	case stopWords[term]:
		return term
	case strings.HasSuffix(term, "s"):
		if light := lightOf(term); stopWords[light] {
			return light
		}
	}
	return ""
}

// hasTerm reports whether a word as written is a token (analyseWord gives
// it a term), without folding a word of ASCII letters and digits, which
// always is.
func hasTerm(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			return termOf(word) != ""
		}
	}
	return word != ""
}
