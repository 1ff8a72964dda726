package query

import "strings"

// joinSynonymRuns replaces runs of plain words that together form a
// synonym ("looked after children") with one phrase, so that the phrase is
// expanded rather than its words ANDed separately.
func (b builder) joinSynonymRuns(children []Node) []Node {
	longest := b.opts.Synonyms.Longest()
	if longest < 2 {
		return children
	}
	var out []Node
	for i := 0; i < len(children); i++ {
		joined := false
		for l := min(longest, len(children)-i); l >= 2 && !joined; l-- {
			words, field, ok := plainRun(children[i : i+l])
			if !ok {
				continue
			}
			text := strings.Join(words, " ")
			if b.opts.Synonyms.Lookup(text) != nil {
				out = append(out, &Phrase{Field: field, Text: text, Pos: children[i].(*Term).Pos})
				i += l - 1
				joined = true
			}
		}
		if !joined {
			out = append(out, children[i])
		}
	}
	return out
}

// plainRun returns the words of a run of Terms that share a text field.
func plainRun(nodes []Node) ([]string, string, bool) {
	var words []string
	field := ""
	for i, n := range nodes {
		t, ok := n.(*Term)
		if !ok || isKeyword(t.Field) || (i > 0 && t.Field != field) {
			return nil, "", false
		}
		field = t.Field
		words = append(words, t.Text)
	}
	return words, field, true
}
