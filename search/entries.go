package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minEntries is how many sentences in a row must open alike to be the
// entries of a list: two alike are often prose ("The Members noted ...
// The Members agreed ..."), three seldom are.
const minEntries = 3

// entryKeyWords is how many opening words two sentences share when
// they are entries of one list ("On the proposal of").
const entryKeyWords = 4

// sentence is a sentence of an item's text and the lines it spans.
type sentence struct {
	key         string // its first entryKeyWords words, lower-cased
	first, last int    // indexes of its first and last lines
}

// entryLines marks the lines of sentences that are entries of a list:
// runs of at least minEntries sentences in a row that open with the same
// entryKeyWords words. Entries lettered in running text ("(a) Conference
// on Brexit held in ...; (b) ...") are not read as a list: they are as
// often the parts of a question or a report, each discussed. A line
// shared with the sentence before an entry is marked too: it ends an
// entry, or the sentence that introduces the list.
func entryLines(lines []string) []bool {
	marks := make([]bool, len(lines))
	ss := sentences(lines)
	for i := 0; i < len(ss); {
		j := i + 1
		for j < len(ss) && ss[i].key != "" && ss[j].key == ss[i].key {
			j++
		}
		if j-i >= minEntries {
			for _, s := range ss[i:j] {
				for l := s.first; l <= s.last; l++ {
					marks[l] = true
				}
			}
		}
		i = j
	}
	return marks
}

// sentences splits lines into sentences, ending one at '.', ';', ':',
// '!' or '?' before a space or the end of a line, except after a short
// capitalised abbreviation ("Co. Cork", "Mr. Hunt", "No. 6"). A sentence
// runs on from line to line, read as the lines joined by spaces; it is
// read where it stands, not copied (a tenth of a build's CPU went to
// copying each text rune by rune).
func sentences(lines []string) []sentence {
	var out []sentence
	open := false        // a sentence has begun
	first, start := 0, 0 // where it begins: line and byte
	end := func(last, stop int) {
		if open {
			if key, ok := entryKeyOf(lines, first, start, last, stop); ok {
				out = append(out, sentence{key: key, first: first, last: last})
			}
		}
		open = false
	}
	for li, line := range lines {
		for i, r := range line {
			if !open {
				open, first, start = true, li, i
			}
			switch r {
			case '.', ';', ':', '!', '?':
			default:
				continue
			}
			stop := i + 1
			if rest := line[stop:]; rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				continue
			}
			// the word before the stop is within this line: a sentence
			// that runs on joins its lines with a space
			if r == '.' && abbreviation(line[:stop]) {
				continue
			}
			end(li, stop)
		}
	}
	if len(lines) > 0 {
		last := len(lines) - 1
		end(last, len(lines[last]))
	}
	return out
}

// abbreviation reports whether s ends with a short capitalised word and
// its full stop: "Co.", "Mr.", "No.", "Cllr.".
func abbreviation(s string) bool {
	s = strings.TrimSuffix(s, ".")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		// a word after a character that is not ASCII is not taken for
		// one (as when the sentence was copied rune by rune first)
		return false
	}
	w := s[i+1:]
	if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) {
		return false
	}
	return utf8.RuneCountInString(w) <= 3 || w == "Cllr"
}

// entryKeyOf is how a sentence opens: its first entryKeyWords words of
// letters, lower-cased (numbers left out: a page number may stand before
// it); "" when it is shorter. The sentence runs from line first, byte
// start, to line last, byte stop, its lines joined by spaces; ok is false
// when it is blank. A space separates words, so each line's words are its own.
func entryKeyOf(lines []string, first, start, last, stop int) (key string, ok bool) {
	var buf [64]byte
	k := buf[:0] // the key, its words lower-cased and joined by spaces
	n := 0       // its words
	for li := first; li <= last && n < entryKeyWords; li++ {
		seg := lines[li]
		if li == last {
			seg = seg[:stop]
		}
		if li == first {
			seg = seg[start:]
		}
		ok = ok || strings.TrimSpace(seg) != ""
		for n < entryKeyWords && seg != "" {
			var w string
			if w, seg = nextKeyWord(seg); w == "" {
				break
			}
			if n > 0 {
				k = append(k, ' ')
			}
			k = appendLower(k, w)
			n++
		}
	}
	if n < entryKeyWords {
		return "", ok
	}
	return string(k), true
}

// appendLower appends w lower-cased, as strings.ToLower does.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// nextKeyWord returns the first word of s that holds a letter (runs of
// letters, digits and apostrophes; "" when there is none) and what follows it.
func nextKeyWord(s string) (word, rest string) {
	for s != "" {
		i := strings.IndexFunc(s, isKeyRune)
		if i < 0 {
			return "", ""
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isKeyRune(r) })
		if j < 0 {
			j = len(s)
		}
		if w := s[:j]; strings.ContainsFunc(w, unicode.IsLetter) {
			return w, s[j:]
		}
		s = s[j:]
	}
	return "", ""
}

// isKeyRune reports whether r belongs to a word of an entry's key.
func isKeyRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}
