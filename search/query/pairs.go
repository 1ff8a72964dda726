package query

// Two-word phrases of the fields phrases are searched in (the default
// fields: title, heading, agenda, text) have terms of their own, "pairs":
// each two words in a row, neither a stop word, indexed as one term
// (PairTerm) beside the words, without a position and without adding to
// the field's length, so no word's score changes. A phrase of two such
// words then finds its items in one posting list instead of reading both
// words' positions in every item that holds the two; the positions are
// still read where a match is scored (phrase.go, phrasebound.go).

// Paired reports whether field has the pair terms of its words.
func Paired(field string) bool {
	switch field {
	case FieldTitle, FieldHeading, FieldAgenda, FieldText:
		return true
	}
	return false
}

// AppendPair appends the pair term of the light forms a and b, in this
// order, to dst: StemPrefix, a, a space, b. No word holds a space, and no
// stem term does, so the pair terms are apart from both (and spelling
// suggestions, which leave out the terms starting with StemPrefix, leave
// them out too).
func AppendPair(dst []byte, a, b string) []byte {
	dst = append(dst, StemPrefix...)
	dst = append(dst, a...)
	dst = append(dst, ' ')
	return append(dst, b...)
}

// PairTerm is the pair term of the light forms a and b.
func PairTerm(a, b string) string {
	return string(AppendPair(make([]byte, 0, len(StemPrefix)+len(a)+1+len(b)), a, b))
}
