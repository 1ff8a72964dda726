package indexer

import (
	"strings"
	"unicode"
)

// How the terms of the topic taxonomy meet the words of an item. Matching
// is deliberately plain, so that whoever edits corpus/topics.json can
// predict it: whole words, any case, plurals folded ("placements" meets
// "placement", "policies" meets "policy"), accents dropped ("Fáilte" meets
// "Failte"). There is no stemming, which would make "parking" meet "parks"
// and "planned" meet "planning". A term ending in "*" matches any word its
// last word starts ("foster*": fostering, fostered). A term written in
// capitals ("SEND", "CIL", "LAC") is an acronym: it matches only words
// written in capitals, so "send" the verb is not special needs.

// term is one compiled term of the taxonomy.
type term struct {
	words  []string // folded words
	caps   bool     // an acronym: the text's words must be in capitals too
	prefix bool     // the last word matches any word it starts
}

func newTerm(s string) (term, bool) {
	s = strings.TrimSpace(s)
	t := term{prefix: strings.HasSuffix(s, "*")}
	s = strings.TrimSuffix(s, "*")
	for _, w := range splitWords(s) {
		t.words = append(t.words, foldWord(w))
		if isCapitals(w) {
			t.caps = true
		}
	}
	return t, len(t.words) > 0
}

// text is an item's title, text or committee name as folded words.
type text struct {
	words []string
	caps  []bool // the word was written in capitals
	at    map[string][]int
}

func newText(s string) text {
	raw := splitWords(s)
	x := text{words: make([]string, len(raw)), caps: make([]bool, len(raw)), at: map[string][]int{}}
	for i, w := range raw {
		x.words[i], x.caps[i] = foldWord(w), isCapitals(w)
		x.at[x.words[i]] = append(x.at[x.words[i]], i)
	}
	return x
}

// hits returns where t starts in x, leaving out starts that masked marks.
func (x text) hits(t term, masked []bool) []int {
	var starts []int
	if t.prefix && len(t.words) == 1 {
		for i, w := range x.words {
			if strings.HasPrefix(w, t.words[0]) && x.matchAt(t, i, masked) {
				starts = append(starts, i)
			}
		}
		return starts
	}
	for _, i := range x.at[t.words[0]] {
		if x.matchAt(t, i, masked) {
			starts = append(starts, i)
		}
	}
	return starts
}

func (x text) matchAt(t term, i int, masked []bool) bool {
	if i+len(t.words) > len(x.words) || (masked != nil && masked[i]) {
		return false
	}
	for j, w := range t.words {
		got := x.words[i+j]
		last := j == len(t.words)-1
		if got != w && !(last && t.prefix && strings.HasPrefix(got, w)) {
			return false
		}
		if t.caps && !x.caps[i+j] {
			return false
		}
	}
	return true
}

// has reports whether any of ts occurs in x.
func (x text) has(ts []term) bool {
	for _, t := range ts {
		if t.prefix && len(t.words) == 1 {
			if len(x.hits(t, nil)) > 0 {
				return true
			}
			continue
		}
		for _, i := range x.at[t.words[0]] {
			if x.matchAt(t, i, nil) {
				return true
			}
		}
	}
	return false
}

// mask marks the words of x covered by any of nots; nil when none is.
func (x text) mask(nots []term) []bool {
	var m []bool
	for _, t := range nots {
		for _, i := range x.hits(t, nil) {
			if m == nil {
				m = make([]bool, len(x.words))
			}
			for j := range t.words {
				m[i+j] = true
			}
		}
	}
	return m
}

// splitWords splits s into words of letters and digits, keeping an
// apostrophe inside a word ("children's").
func splitWords(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(f, "'’"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

var accents = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c", "’", "'")

// foldWord lower-cases a word, drops accents and a possessive "'s", and
// folds a plural: "-ies" to "-y", a final "s" off (not "-ss", "-us", "-is").
func foldWord(w string) string {
	w = strings.ToLower(w)
	if !isASCII(w) {
		w = accents.Replace(w)
	}
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimRight(w, "'")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isCapitals reports a word written in capitals: two letters or more, none
// in lower case but a plural "s" ("LAC", "SGOs", "KS2").
func isCapitals(w string) bool {
	w = strings.TrimSuffix(w, "s")
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
