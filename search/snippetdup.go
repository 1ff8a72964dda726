package search

import (
	"html"
	"strings"
	"unicode"
)

// dupContext is how many words beside a match make its passage: a match
// whose few words before it, or after it, were already shown is the same
// passage again.
const dupContext = 4

// repeatsPassage reports whether every match of a snippet (a <mark>ed
// fragment) sits in a passage an earlier snippet already shows, with the
// same words just before it or just after it. The same sentence often
// comes back from the decisions, the minute and the agenda, each cut at
// other words.
func repeatsPassage(frag string, earlier []string) bool {
	if len(earlier) == 0 {
		return false
	}
	words := snippetWords(frag)
	var shown [][]string
	for _, e := range earlier {
		shown = append(shown, plainWords(snippetWords(e)))
	}
	marks := 0
	plain := plainWords(words)
	for i, w := range words {
		if !w.marked || (i > 0 && words[i-1].marked) {
			continue // not a match, or within one already seen
		}
		marks++
		end := i
		for end+1 < len(words) && words[end+1].marked {
			end++
		}
		before := plain[max(0, i-dupContext) : end+1]
		after := plain[i:min(len(plain), end+1+dupContext)]
		covered := false
		for _, s := range shown {
			if (len(before) > dupContext && containsRun(s, before)) || (len(after) > dupContext && containsRun(s, after)) {
				covered = true
				break
			}
		}
		if !covered {
			return false
		}
	}
	return marks > 0
}

type snippetWord struct {
	text   string
	marked bool
}

// snippetWords reads a highlighted fragment as lower-case words without
// their punctuation (’ read as '), each saying whether it was in a <mark>.
func snippetWords(frag string) []snippetWord {
	var out []snippetWord
	marked := false
	for frag != "" {
		var seg string
		i := strings.Index(frag, "<")
		switch {
		case strings.HasPrefix(frag, "<mark>"):
			frag, marked = frag[len("<mark>"):], true
			continue
		case strings.HasPrefix(frag, "</mark>"):
			frag, marked = frag[len("</mark>"):], false
			continue
		case i < 0:
			seg, frag = frag, ""
		case i == 0:
			seg, frag = frag[:1], frag[1:]
		default:
			seg, frag = frag[:i], frag[i:]
		}
		for _, f := range strings.FieldsFunc(html.UnescapeString(seg), func(r rune) bool {
			return unicode.IsSpace(r) || r == '…'
		}) {
			w := strings.ToLower(strings.TrimFunc(strings.ReplaceAll(f, "’", "'"), unicode.IsPunct))
			if w != "" {
				out = append(out, snippetWord{text: w, marked: marked})
			}
		}
	}
	return out
}

func plainWords(ws []snippetWord) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// containsRun reports whether run appears in words, in order and together.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		match := true
		for j := range run {
			if words[i+j] != run[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
