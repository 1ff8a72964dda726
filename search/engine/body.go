package engine

// An item whose body is empty or a few words (a heading the extraction
// cut off from its text, a chart's caption, a column of figures) says
// nothing about its subject but its title, and its title is short, so it
// would outrank every item that discusses the subject. The ranking
// multiplies its score by a factor that grows with the words of prose in
// its body (ProseFactor), read from the norms of the commonest words'
// postings: bleve keeps each posting's field length, and an item's prose
// holds at least one of CommonTerms. A body with none of them is not
// prose, whatever its length.

// Body fields and the prose factor's bounds.
const (
	// fullProse is how many tokens of prose an item's body needs for
	// its score to be kept whole. Tokens count a word once and its stem
	// again, so 40 tokens are about 30 words: a short paragraph.
	fullProse = 40
	// thinFloor is the factor of an item with no prose at all.
	thinFloor = 0.1
)

// bodyFields are the fields that hold an item's body.
var bodyFields = []string{FieldText, FieldDecisions, FieldAgenda}

// ProseFactor is the factor of an item whose body holds tokens tokens of
// prose: thinFloor for none, rising in a straight line to 1 at fullProse.
func ProseFactor(tokens float64) float64 {
	if tokens >= fullProse {
		return 1
	}
	return thinFloor + (1-thinFloor)*tokens/fullProse
}
