package inspections

import (
	"regexp"
	"strings"
)

// blockBreak splits minutes into blocks that never share a sentence: blank
// lines, table cells ("|"), bullets ("·", "•") and lines that start a list
// entry ("- ", "* ", "a) ", "(i) ", "1. ").
var blockBreak = regexp.MustCompile(`\n\s*\n|\||[·•▪●]|\n\s*(?:[-*]\s|\(?[a-z0-9]{1,4}[.)]\s)`)

// sentenceEnd finds the end of a sentence: ".", "!" or "?" followed by
// space and a capital letter, a digit or a quote.
var sentenceEnd = regexp.MustCompile(`([.!?]["'”’)]?)\s+["'“‘(]?[A-Z0-9]`)

// maxSentence bounds the length of a sentence kept in a Candidate.
const maxSentence = 600

// sentences splits text into sentences with their whitespace collapsed.
// Hard line breaks inside a sentence (common in text taken from PDFs and
// flattened web pages) are joined.
func sentences(text string) []string {
	var out []string
	for _, block := range blockBreak.Split(text, -1) {
		block = strings.Join(strings.Fields(block), " ")
		for block != "" {
			loc := sentenceEnd.FindStringSubmatchIndex(block)
			if loc == nil {
				out = append(out, block)
				break
			}
			cut := loc[3] // just after the full stop and any closing quote
			out = append(out, block[:cut])
			block = strings.TrimSpace(block[cut:])
		}
	}
	return out
}

// clauses splits a sentence at semicolons and colons: a future "will" in one
// clause does not hide a past inspection in another.
func clauses(sentence string) []string {
	return strings.FieldsFunc(sentence, func(r rune) bool { return r == ';' || r == ':' })
}

// shorten cuts s to at most maxSentence bytes at a word boundary.
func shorten(s string) string {
	if len(s) <= maxSentence {
		return s
	}
	cut := strings.LastIndexByte(s[:maxSentence], ' ')
	if cut <= 0 {
		cut = maxSentence
	}
	return s[:cut] + " …"
}
