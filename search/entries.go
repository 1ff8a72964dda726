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
// capitalised abbreviation ("Co. Cork", "Mr. Hunt", "No. 6").
func sentences(lines []string) []sentence {
	var out []sentence
	var cur strings.Builder
	first := 0
	end := func(last int) {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, sentence{key: entryKey(s), first: first, last: last})
		}
		cur.Reset()
	}
	for li, line := range lines {
		if cur.Len() == 0 {
			first = li
		} else {
			cur.WriteByte(' ')
		}
		for i, r := range line {
			if cur.Len() == 0 {
				first = li
			}
			cur.WriteRune(r)
			if !strings.ContainsRune(".;:!?", r) {
				continue
			}
			rest := line[i+utf8.RuneLen(r):]
			if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				continue
			}
			if r == '.' && abbreviation(cur.String()) {
				continue
			}
			end(li)
		}
	}
	end(len(lines) - 1)
	return out
}

// abbreviation reports whether s ends with a short capitalised word and
// its full stop: "Co.", "Mr.", "No.", "Cllr.".
func abbreviation(s string) bool {
	s = strings.TrimSuffix(s, ".")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	w := s[i+1:]
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	return utf8.RuneCountInString(w) <= 3 || w == "Cllr"
}

// entryKey is how a sentence opens: its first entryKeyWords words of
// letters, lower-cased (numbers left out: a page number may stand before
// it); "" when it is shorter.
func entryKey(s string) string {
	var words []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if words = append(words, strings.ToLower(w)); len(words) == entryKeyWords {
			return strings.Join(words, " ")
		}
	}
	return ""
}
