package query

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Marker finds the words of a text that a query matches, the way the
// index matches them, so that a page can mark them: a word in any form
// with the same stem, a phrase or synonym in a row, a prefix; not the
// words the query excludes, nor field:value filters.
type Marker struct {
	rules []markRule
	words *Analyser // nil: none remembered
	// scratch holds the tokens of the last text Spans read in a row
	// (a *spanScratch), for the next: a page of hits reads tens of
	// kilobytes of text, and reading each into a new slice of tokens
	// was most of what marking a phrase cost.
	scratch sync.Pool
}

// spanScratch is what Spans reads a text into when it marks phrases, and
// what it found of each word as written, by field, when it marks words.
type spanScratch struct {
	toks     []Token
	marked   []bool
	verdicts map[string]map[string]bool
}

// maxVerdicts bounds the words a marker remembers per field.
const maxVerdicts = 1 << 14

// marksWord reports whether one of rules marks the word as written (a
// word of scanWords), as a token of Each.
func (m *Marker) marksWord(rules []*markRule, word string) bool {
	f := m.words.formsOf(word)
	if f.term == "" {
		return false // no token
	}
	t := Token{Term: f.term, Light: f.light, Stem: f.stem, Stop: f.stop}
	for _, r := range rules {
		if r.marksWord(t) {
			return true
		}
	}
	return false
}

// markRule is what the query looks for in one field ("" for any).
type markRule struct {
	field    string
	light    map[string]bool // words, by light form
	stem     map[string]bool // words in any form, by stem
	seqs     [][]string      // phrases: light forms in a row
	prefixes []string
}

// NewMarker parses q and returns its marker. An empty query marks nothing.
func NewMarker(q string, opts Options) (*Marker, error) {
	n, err := Parse(q)
	if err != nil {
		return nil, err
	}
	m := &Marker{words: opts.Words}
	b := builder{opts: opts}
	b.mark(m, n)
	return m, nil
}

// rule returns the rule of a query field ("" = the default fields).
func (b builder) rule(m *Marker, field string) *markRule {
	name := ""
	switch {
	case field != "":
		name = userFields[field].index
	case b.opts.DecisionsOnly:
		name = FieldDecisions
	}
	for i := range m.rules {
		if m.rules[i].field == name {
			return &m.rules[i]
		}
	}
	m.rules = append(m.rules, markRule{field: name, light: map[string]bool{}, stem: map[string]bool{}})
	return &m.rules[len(m.rules)-1]
}

func (b builder) mark(m *Marker, n Node) {
	switch n := n.(type) {
	case *And:
		children := b.joinSynonymRuns(n.Children)
		for i, c := range children {
			b.mark(m, c)
			if i+1 < len(children) {
				b.markCompound(m, c, children[i+1])
			}
		}
	case *Or:
		for _, c := range n.Children {
			b.mark(m, c)
		}
	case *Term:
		if !isKeyword(n.Field) {
			b.markText(m, n.Field, n.Text, false)
		}
	case *Phrase:
		if !isKeyword(n.Field) {
			b.markText(m, n.Field, n.Text, true)
		}
	case *Prefix:
		if !isKeyword(n.Field) {
			r := b.rule(m, n.Field)
			r.prefixes = append(r.prefixes, fold(n.Text))
		}
	}
}

// markText marks a word or phrase, or the members of its synonym group.
func (b builder) markText(m *Marker, field, text string, phrase bool) {
	r := b.rule(m, field)
	if group := b.opts.Synonyms.Lookup(text); group != nil {
		for _, member := range group {
			r.addExact(Tokens(member))
		}
		return
	}
	toks := Tokens(text)
	if !phrase && len(toks) == 1 && !toks[0].Stop {
		r.light[toks[0].Light] = true
		r.stem[toks[0].Stem] = true
		return
	}
	if j, ok := hyphenated(text); ok && !phrase {
		r.light[j.Light] = true
	}
	if !phrase && allStop(toks) {
		return
	}
	r.addExact(toks)
}

// markCompound marks the one word two typed words make (wind farm: windfarm).
func (b builder) markCompound(m *Marker, a, c Node) {
	wa, ok1 := plainWord(a)
	wc, ok2 := plainWord(c)
	if !ok1 || !ok2 || wa.stop || wc.stop || wa.field != wc.field {
		return
	}
	if joined := Tokens(wa.text + wc.text); len(joined) == 1 {
		r := b.rule(m, wa.field)
		r.light[joined[0].Light] = true
		r.stem[joined[0].Stem] = true
	}
}

func (r *markRule) addExact(toks []Token) {
	switch len(toks) {
	case 0:
	case 1:
		r.light[toks[0].Light] = true
	default:
		seq := make([]string, len(toks))
		for i, t := range toks {
			seq[i] = t.Light
		}
		r.seqs = append(r.seqs, seq)
	}
}

// Spans returns the byte ranges of the words of text to mark, in order,
// for a text of the given index field (FieldTitle, FieldText ...).
func (m *Marker) Spans(field, text string) [][2]int {
	if m == nil || len(m.rules) == 0 {
		return nil
	}
	if field == FieldHeading {
		field = FieldTitle // a heading's title is a title too
	}
	var rules []*markRule
	seqs := false
	for i := range m.rules {
		if r := &m.rules[i]; r.field == "" || r.field == field {
			rules = append(rules, r)
			seqs = seqs || len(r.seqs) > 0
		}
	}
	if len(rules) == 0 {
		return nil
	}
	set, filter := initials(rules)
	sc, _ := m.scratch.Get().(*spanScratch)
	if sc == nil {
		sc = &spanScratch{verdicts: map[string]map[string]bool{}}
	}
	defer m.scratch.Put(sc)
	if !seqs {
		// each word on its own, read without keeping the tokens; what the
		// rules say of a word as written is remembered for the next
		// texts of the field (a page of hits repeats most of its words)
		verdicts := sc.verdicts[field]
		if verdicts == nil {
			verdicts = map[string]bool{}
			sc.verdicts[field] = verdicts
		}
		var out [][2]int
		scanWords(text, func(word string, start, end int) bool {
			if filter && passedOver(&set, word) {
				return true
			}
			marked, ok := verdicts[word]
			if !ok {
				if len(verdicts) >= maxVerdicts {
					clear(verdicts)
				}
				marked = m.marksWord(rules, word)
				verdicts[strings.Clone(word)] = marked
			}
			if marked {
				out = append(out, [2]int{start, end})
			}
			return true
		})
		return m.withCompounds(rules, text, out)
	}
	sc.toks = sc.toks[:0]
	m.words.eachUnless(text, func(word string) bool { return filter && passedOver(&set, word) }, func(t Token) {
		sc.toks = append(sc.toks, t)
	})
	toks := sc.toks
	sc.marked = append(sc.marked[:0], make([]bool, len(toks))...)
	marked := sc.marked
	for _, r := range rules {
		for i, t := range toks {
			if r.marksWord(t) {
				marked[i] = true
			}
			for _, seq := range r.seqs {
				if inRow(toks[i:], seq) {
					for j := range seq {
						marked[i+j] = true
					}
				}
			}
		}
	}
	var out [][2]int
	for i, t := range toks {
		if marked[i] {
			out = append(out, [2]int{t.Start, t.End})
		}
	}
	return m.withCompounds(rules, text, out)
}

// withCompounds adds to out, the spans of the words rules mark, the
// hyphenated words of text they mark run together ("cross-cutting" for
// crosscutting, as the index holds it: Analyser.EachJoined), each from
// its first part to its last; the spans stay in order and apart. Only
// the stretches between spaces that hold a hyphen are read: a page of
// hits marks tens of kilobytes of text.
func (m *Marker) withCompounds(rules []*markRule, text string, out [][2]int) [][2]int {
	var found [][2]int
	done := func(word string, start, end int) {
		if m.marksWord(rules, word) {
			found = append(found, [2]int{start, end})
		}
	}
	for from := 0; from < len(text); {
		h := strings.IndexAny(text[from:], "-\u2010\u2011")
		if h < 0 {
			break
		}
		h += from
		// the stretch of text without spaces around the hyphen
		start := strings.LastIndexFunc(text[:h], unicode.IsSpace) + 1
		end := len(text)
		if e := strings.IndexFunc(text[h:], unicode.IsSpace); e >= 0 {
			end = h + e
		}
		from = end
		var c compounds
		stretch := text[start:end]
		scanWords(stretch, func(word string, s, e int) bool {
			c.add(stretch, word, s, e, func(w string, s, e int) { done(w, start+s, start+e) })
			return true
		})
		c.flush(func(w string, s, e int) { done(w, start+s, start+e) })
	}
	if len(found) == 0 {
		return out
	}
	all := append(out, found...)
	slices.SortFunc(all, func(a, b [2]int) int { return a[0] - b[0] })
	merged := all[:1]
	for _, sp := range all[1:] {
		if last := &merged[len(merged)-1]; sp[0] < last[1] {
			last[1] = max(last[1], sp[1])
		} else {
			merged = append(merged, sp)
		}
	}
	return merged
}

// initials returns the set of first bytes a word's term must begin with
// for one of rules to mark it: every form a rule looks for (a light
// form, a stem, a prefix, the words of a phrase) begins with the first
// letter of its word's term, as the plural and Snowball stemmers change
// only a word's ending. Marking a page of hits analysed every word of
// its texts; with the set, most words are passed over by their first
// byte. ok is false when a rule looks for an empty form: then no word
// may be passed over.
func initials(rules []*markRule) (set [256]bool, ok bool) {
	add := func(form string) bool {
		if form == "" {
			return false
		}
		set[form[0]] = true
		return true
	}
	for _, r := range rules {
		for _, forms := range []map[string]bool{r.light, r.stem} {
			for f := range forms {
				if !add(f) {
					return set, false
				}
			}
		}
		for _, p := range r.prefixes {
			if !add(p) {
				return set, false
			}
		}
		for _, seq := range r.seqs {
			for _, w := range seq {
				if !add(w) {
					return set, false
				}
			}
		}
	}
	return set, true
}

// passedOver reports whether no rule of the set initials made can mark
// word, a word as scanWords reads it: it begins with an ASCII letter or
// digit (its term begins with the same, in lower case) that no form of
// the rules begins with. A word beginning with another letter is folded
// first, so it is never passed over.
func passedOver(set *[256]bool, word string) bool {
	c := word[0]
	if c >= utf8.RuneSelf {
		return false
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return !set[c]
}

// marksWord reports whether the rule marks t on its own: a word of the
// query in any form, or a prefix.
func (r *markRule) marksWord(t Token) bool {
	if !t.Stop && (r.light[t.Light] || (t.Stem != "" && (r.stem[t.Stem] || r.stem[t.Light]))) {
		return true
	}
	for _, p := range r.prefixes {
		if len(t.Term) >= len(p) && t.Term[:len(p)] == p {
			return true
		}
	}
	return false
}

// inRow reports whether toks begin with the light forms of seq.
func inRow(toks []Token, seq []string) bool {
	if len(toks) < len(seq) {
		return false
	}
	for j, w := range seq {
		if toks[j].Light != w {
			return false
		}
	}
	return true
}
