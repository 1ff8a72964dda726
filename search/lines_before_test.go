package search

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The list lines as they were found before sentences were read in place
// (listLinesBefore below, the code of schema 9 as it stood): the lines
// field of every text must stay what it was, or a search's scores move.

// linePieces are what the random texts of TestListLinesAsBefore are made
// of: words, abbreviations, the ends of sentences and clauses, numbers,
// non-ASCII letters and symbols, a byte that is not UTF-8, breaks.
var linePieces = []string{"On the proposal of", "Councillor", "Ryan,", "seconded by", "it was agreed", "Co.", "Mr.", "No. 6", "Cllr.", "Cork.", "ÉIRE", "€500", "’s", "O'Brien", "Members", "noted", "the", "a", "(a)", "(b)", ".", ";", ":", "!", "?", "...", "1.2", "4", " ", "  ", "\t", "\n", "\n", "\n\n", "\xff", "é.", "Ü", "x.y", "REPLY:", "Grants", "\xffCo.", "€Mr.", "é\xffNo.", "On the proposal of Cllr. Hayes."}

func TestListLinesAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 16))
	for n := range 20000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(linePieces[r.IntN(len(linePieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		if got, want := listLines(text), listLinesBefore(text); got != want {
			t.Fatalf("text %d %q: listLines = %q, before %q", n, text, got, want)
		}
	}
}

func FuzzListLinesAsBefore(f *testing.F) {
	f.Add("On the proposal of Cllr. Ryan, seconded.\nOn the proposal of X.\nOn the proposal of Y. No. 6\n€500")
	f.Add("Castleconnell Boat Club\n€500\nSouthill Hub\n€250")
	f.Add("a \xffCo. b. c")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := listLines(text), listLinesBefore(text); got != want {
			t.Fatalf("listLines(%q) = %q, before %q", text, got, want)
		}
	})
}

func listLinesBefore(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	inList := entryLinesBefore(lines)
	var run []int
	flush := func() {
		if len(run) >= 2 {
			for _, i := range run {
				inList[i] = true
			}
		}
		run = run[:0]
	}
	runOn := false // the line before runs on into this one
	for i, line := range lines {
		n := wordsOfBefore(line)
		if !runOn && n <= listWords {
			run = append(run, i)
		} else {
			flush()
		}
		runOn = n > listWords && !endsClause(line)
	}
	flush()
	var out []string
	for i, line := range lines {
		if inList[i] {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// wordsOfBefore counts the words of a line: runs of letters or digits.
func wordsOfBefore(line string) int {
	return len(strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// entryLinesBefore marks the lines of runs of sentences that start with
// the same words.
func entryLinesBefore(lines []string) []bool {
	marks := make([]bool, len(lines))
	ss := sentencesBefore(lines)
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

// sentencesBefore splits lines into sentences, ending one at '.', ';', ':',
// '!' or '?' before a space or the end of a line, except after a short
// capitalised abbreviation ("Co. Cork", "Mr. Hunt", "No. 6").
func sentencesBefore(lines []string) []sentence {
	var out []sentence
	var cur strings.Builder
	first := 0
	end := func(last int) {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, sentence{key: entryKeyBefore(s), first: first, last: last})
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
			if r == '.' && abbreviationBefore(cur.String()) {
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
func abbreviationBefore(s string) bool {
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
func entryKeyBefore(s string) string {
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
