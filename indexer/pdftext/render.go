package pdftext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

const softHyphen = "\u00ad"

// hyphenation decides whether a word broken at a line end with a hyphen is
// one word ("recruit-" "ment") or a compound ("well-" "qualified"), from
// the words found unbroken elsewhere in the document.
type hyphenation struct {
	// words are the lower-case words of the document, hyphens kept, each
	// true when it is found whole: not only as half of a word broken at a
	// line end (before a line-end hyphen, or first on the line after one).
	words map[string]bool
	// compounds is true unless the document's line-end hyphens are
	// found to be soft breaks of one word ("recruit-" "ment", the word
	// found whole elsewhere) more often than compounds' own ("cross-"
	// "cutting"), at least minSyllableBreaks times: then a hyphen that
	// nothing else explains is kept.
	compounds bool
}

func newHyphenation(pages [][]textLine) hyphenation {
	h := hyphenation{words: make(map[string]bool)}
	var breaks [][2]string // the words before a line-end hyphen, the next lines
	broken := ""           // the last line's word before its hyphen, if any
	for _, p := range pages {
		afterHyphen := false
		for _, l := range p {
			fields := strings.Fields(l.text)
			for i, f := range fields {
				half := (i == 0 && afterHyphen) || (i == len(fields)-1 && strings.HasSuffix(f, "-"))
				w := normWord(f)
				if !half || !h.words[w] {
					h.words[w] = !half
				}
			}
			if len(fields) > 0 {
				if broken != "" && !l.running {
					breaks = append(breaks, [2]string{broken, l.text})
				}
				afterHyphen = strings.HasSuffix(fields[len(fields)-1], "-")
				if !l.running {
					broken = ""
					if afterHyphen {
						broken = fields[len(fields)-1]
					}
				}
			}
		}
	}
	oneWord, compound := 0, 0
	for _, b := range breaks {
		switch h.judge(b[0], b[1]) {
		case brokenWord:
			// a sign of hyphenation at syllables where a half is no word
			// ("recruit-" "ment"), not where the document writes a
			// compound both ways ("home-" "schooling", "homeschooling")
			first, _, _ := strings.Cut(b[1], " ")
			if !h.words[normWord(b[0])] || !h.words[normWord(first)] {
				oneWord++
			}
		case compoundWord:
			compound++
		}
	}
	// one sign is not enough: a word of the document may be broken at a
	// line end where the document also writes it whole
	h.compounds = oneWord < minSyllableBreaks || compound >= oneWord
	return h
}

// minSyllableBreaks is the fewest words broken at a syllable (the word
// found whole elsewhere, a half of it no word) that make a document one
// hyphenated at syllables, whose unexplained line-end hyphens go.
const minSyllableBreaks = 2

// A verdict on a hyphen at a line end.
type verdict int

const (
	unexplained  verdict = iota // nothing in the document tells
	brokenWord                  // one word broken at a syllable: the hyphen goes
	compoundWord                // a compound's hyphen: it stays
	notJoined                   // not a word broken at a line end at all
)

// has reports whether the document has word w, whole or as a half.
func (h hyphenation) has(w string) bool {
	_, ok := h.words[w]
	return ok
}

// minCompoundPart is the fewest letters of each part of a compound whose
// hyphen is kept at a line end because both parts are words of the
// document ("pathway-" "planning"), though the compound is not.
const minCompoundPart = 4

// twoWords reports whether the two halves of a word broken by a hyphen are
// each a word of minCompoundPart letters or more found whole elsewhere in
// the document.
func (h hyphenation) twoWords(last, first string) bool {
	a, b := normWord(last), normWord(first)
	return utf8.RuneCountInString(a) >= minCompoundPart && utf8.RuneCountInString(b) >= minCompoundPart &&
		isLetters(a) && isLetters(b) && h.words[a] && h.words[b]
}

func isLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// join returns the text of a line ending in head followed by a line
// starting with tail, and whether they were joined into one line. A word
// broken by a hyphen loses it ("recruit-" "ment") unless the document
// writes it with one elsewhere ("well-" "qualified") or, not having the
// word whole, has both its parts as words ("pathway-" "planning"), or
// its tail is itself a compound ("out-" "of-borough"); a hyphen before a
// capital or a digit is part of the word ("Crow-" "Brown", "2024-" "25").
//
// A hyphen that none of these explains follows the document's other line
// ends (h.compounds): in the real council and Ofsted PDFs, made by Word,
// every line-end hyphen is a compound's ("in-" "house", "child-"
// "friendly"), while a typesetter that hyphenates words at syllables
// breaks words the document has whole elsewhere. The index holds a
// hyphenated word run together beside its parts (search/query), so a
// hyphen kept wrongly costs a search less than one dropped wrongly.
func (h hyphenation) join(head, tail string) (string, bool) {
	if soft, ok := strings.CutSuffix(head, softHyphen); ok {
		return soft + tail, true
	}
	stem, _ := strings.CutSuffix(head, "-")
	switch v := h.judge(head, tail); {
	case v == notJoined:
		return "", false
	case !startsWithLower(tail):
		return head + tail, true // "Crow-" "Brown", "2024-" "25"
	case v == compoundWord, v == unexplained && h.compounds:
		return stem + "-" + tail, true
	}
	return stem + tail, true
}

// judge tells what the hyphen ending head (a line, or its last word) is
// to the line starting with tail, from the words around it and the
// document's other words.
func (h hyphenation) judge(head, tail string) verdict {
	stem, ok := strings.CutSuffix(head, "-")
	if !ok || !endsWithLetterOrDigit(stem) {
		return notJoined
	}
	if !startsWithLower(tail) {
		if startsWithUpperOrDigit(tail) {
			return compoundWord
		}
		return notJoined
	}
	first, _, _ := strings.Cut(tail, " ")
	last := stem[strings.LastIndexByte(stem, ' ')+1:]
	compound := normWord(last + "-" + first)
	whole := normWord(last + first)
	switch {
	case h.has(whole):
		return brokenWord
	case h.has(compound):
		return compoundWord
	case wordEndings[normWord(first)]:
		return brokenWord
	case !endsWithLetter(stem), strings.Contains(last, "-"), strings.Contains(first, "-"), upperStem(last),
		hyphenPrefixes[strings.ToLower(strings.TrimLeftFunc(last, isOpening))], h.twoWords(last, first),
		h.prefixedWord(last, first):
		return compoundWord
	}
	return unexplained
}

// wordEndings are English word endings that are no words of their own:
// after a line-end hyphen they are the rest of a word broken at a
// syllable ("care-" "ful", "recruit-" "ment"), never a compound's part.
var wordEndings = map[string]bool{
	"ment": true, "ments": true, "tion": true, "tions": true, "sion": true, "sions": true, "ation": true, "ations": true,
	"ness": true, "ful": true, "fully": true, "ing": true, "ings": true, "ity": true, "ities": true, "ance": true,
	"ances": true, "ence": true, "ences": true, "ous": true, "ious": true, "ive": true, "ives": true, "ism": true,
	"ist": true, "ists": true, "ised": true, "ized": true, "ible": true, "ably": true, "ble": true, "bly": true,
	"ple": true, "ly": true, "ed": true, "ers": true, "est": true, "ial": true, "ical": true, "ture": true, "tures": true,
}

// hyphenPrefixes are first parts of compounds that keep their hyphen when
// it falls at a line end ("co-" "located", "self-" "assessment"), unless
// the document has the whole word elsewhere. Prefixes that also begin
// words hyphenated at a syllable ("pre-" "vious", "part-" "ner", "ex-"
// "pected", "multi-" "ple") are not among them.
var hyphenPrefixes = map[string]bool{
	"co": true, "self": true, "non": true, "cross": true, "well": true, "full": true, "half": true,
}

// wordPrefixes are first parts of compounds that also begin words
// hyphenated at a syllable ("pre-" "vious", "multi-" "ple"): their hyphen
// is kept at a line end only before a word the document has whole
// elsewhere ("pre-" "proceedings", "multi-" "agency").
var wordPrefixes = map[string]bool{
	"pre": true, "post": true, "multi": true, "anti": true, "semi": true, "mid": true,
}

// prefixedWord reports whether a word broken by a hyphen is a prefix of
// wordPrefixes before a word of minCompoundPart letters or more found
// whole elsewhere in the document.
func (h hyphenation) prefixedWord(last, first string) bool {
	b := normWord(first)
	return wordPrefixes[strings.ToLower(strings.TrimLeftFunc(last, isOpening))] &&
		utf8.RuneCountInString(b) >= minCompoundPart && isLetters(b) && h.words[b]
}

// upperStem reports a stem in capitals ("C-" "class", "NHS-" "funded"): a
// letter or an abbreviation before a compound's hyphen, never a syllable.
func upperStem(last string) bool {
	last = strings.TrimLeftFunc(last, isOpening)
	return last != "" && strings.ToUpper(last) == last && strings.ToLower(last) != last
}

func isOpening(r rune) bool { return strings.ContainsRune("(\"'‘“[", r) }

// joinLines puts the pages' lines in one list, numbering their pages and
// mending words hyphenated at a line end or a page break (not where the
// next line stands beside it: a sidebar's line, then the column's next to
// it, "(Vice-" "the Council"). The first line
// of each page after the first starts a paragraph. A word broken across a
// page break is mended in the line that holds its first half, before the
// running lines that stand between the two halves.
func (h hyphenation) joinLines(pages [][]textLine) []textLine {
	var out []textLine
	last := -1 // index in out of the last line that is not a running line
	for n, p := range pages {
		pageStart := true
		for i, l := range p {
			l.page = n + 1
			if i == 0 {
				l.para = len(out) > 0
			}
			if !l.running && last >= 0 && (pageStart || (!l.para && last == len(out)-1)) && !sideBySide(out[last], l) {
				if joined, ok := h.join(out[last].text, l.text); ok {
					out[last].text = joined
					pageStart = false
					continue
				}
			}
			if !l.running {
				pageStart = false
				last = len(out)
			}
			out = append(out, l)
		}
	}
	for i := range out {
		out[i].text = strings.ReplaceAll(out[i].text, softHyphen, "")
	}
	return out
}

// renderLines joins lines into text, a blank line before each paragraph
// except the first line's.
func renderLines(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n")
			if l.Para {
				b.WriteString("\n")
			}
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// normWord lower-cases a word and trims punctuation around it.
func normWord(s string) string {
	return strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func endsWithLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func startsWithUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func startsWithLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// splitLines splits text into lines without their ends, trailing spaces
// trimmed.
func splitLines(text string) []string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}

// sideBySide reports whether line b of a page stands beside line a rather
// than where a wrapped: it starts right of a's end, on a's baseline or
// below it (a column's next line starts left of the end; the next column
// starts higher up).
func sideBySide(a, b textLine) bool {
	return a.placed && b.placed && a.page == b.page && b.x0 > a.x1 &&
		b.y <= a.y+baselineTolerance*math.Max(a.size, b.size)
}
