package query

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestSpansRemembersWords: a marker that remembers what its rules say of
// each word as written, and passes over the words whose first letter no
// form of its rules begins with, marks every text as reading each token
// afresh would, field by field, however the texts and fields follow each
// other: words, prefixes, phrases, in any case, with accents and digits.
func TestSpansRemembersWords(t *testing.T) {
	texts := append([]string{
		"Foster carers and fostering: the Panel noted the placements of children.",
		"CHILDREN'S placements; young people's views. Fosterers' allowances rose.",
		"The Chairman's report on care leavers, care-leavers and careful budgets.",
		"",
		"Placement stability — children placed out of area (32%).",
		"Élan and élite: the Café's café culture; Ørsted's wind farms at Æbeltoft; 2024/25 budget, £3.2m.",
		"Yearly yields of the Yorkshire skies; dying, lying and tying; early, only, singly; news of atlases.",
	}, fixtureTexts(t)...)
	fields := []string{FieldText, FieldTitle, FieldHeading, FieldDecisions, FieldAgenda}
	// what Spans answered before it remembered words: each token read
	// and judged by the field's rules
	fresh := func(m *Marker, field, text string) [][2]int {
		if field == FieldHeading {
			field = FieldTitle
		}
		toks := m.words.Tokens(text)
		marked := make([]bool, len(toks))
		for i := range m.rules {
			r := &m.rules[i]
			if r.field != "" && r.field != field {
				continue
			}
			for j, tok := range toks {
				if r.marksWord(tok) {
					marked[j] = true
				}
				for _, seq := range r.seqs {
					if inRow(toks[j:], seq) {
						for k := range seq {
							marked[j+k] = true
						}
					}
				}
			}
		}
		var out [][2]int
		for j, tok := range toks {
			if marked[j] {
				out = append(out, [2]int{tok.Start, tok.End})
			}
		}
		return out
	}
	for _, q := range []string{"placements", "foster*", "title:care children", "children OR young", "care -careful", "the placements",
		`"foster carers"`, `"children in care" budget`, "café elite", "Ørsted", "2024", "yearly skies dying", "early only news", "ORSTED ELAN",
		`"corporate parenting" panel`, "minutes of the previous meeting", `"minutes of the previous meeting"`, "decisions:agreed", "sky* DYI*"} {
		m, err := NewMarker(q, Options{Words: NewAnalyser()})
		if err != nil {
			t.Fatal(err)
		}
		for round := range 3 {
			for i, text := range texts {
				field := fields[(i+round)%len(fields)]
				if got, want := m.Spans(field, text), fresh(m, field, text); !reflect.DeepEqual(got, want) {
					t.Errorf("%q in %s, round %d: %v, want %v (%q)", q, field, round, got, want, text)
				}
			}
		}
	}
}

// fixtureTexts are the titles and texts of the fixture minutes of
// package search.
func fixtureTexts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "meetings", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("fixture minutes: %v (%d files)", err, len(files))
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Items []struct{ Title, Agenda, Text string }
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, it := range m.Items {
			out = append(out, it.Title, it.Agenda, it.Text)
		}
	}
	return out
}

// TestFormsBeginAsTheirTerm checks what Spans's passing over words
// (initials) rests on: a word's light form and stem begin with the
// first byte of its term, and that is the word's first letter in lower
// case when the word begins with an ASCII letter or digit.
func TestFormsBeginAsTheirTerm(t *testing.T) {
	words := map[string]bool{}
	extra := "ies skies Skis dying lying tying idly gently ugly early only singly sky news howe atlas cosmos bias andes " +
		"yes Yearly yttrium ys y's s's o's A's 1990s 3rd x xes axes boxes oes shoes spies pies"
	for _, text := range append(fixtureTexts(t), extra) {
		scanWords(text, func(word string, _, _ int) bool {
			words[word] = true
			return true
		})
	}
	for w := range words {
		c := w[0]
		if c >= 0x80 {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f := analyseWord(w)
		if f.term == "" {
			t.Errorf("%q: no term, yet it begins with an ASCII letter or digit", w)
			continue
		}
		for _, form := range []string{f.term, f.light, f.stem} {
			if form != "" && form[0] != c {
				t.Errorf("%q: form %q does not begin with %q (term %q, light %q, stem %q)", w, form, c, f.term, f.light, f.stem)
			}
		}
	}
}

// TestSpansHyphenatedWords: a word searched run together marks the word
// written with hyphens, from its first part to its last, and a word
// searched with hyphens marks it written run together; the spans stay in
// order and apart.
func TestSpansHyphenatedWords(t *testing.T) {
	text := "The cross-cutting Committee; crosscutting themes; a non-executive voice on cross-cutting."
	tests := []struct {
		q    string
		want []string
	}{
		{"crosscutting", []string{"cross-cutting", "crosscutting", "cross-cutting"}},
		{"cross-cutting", []string{"cross-cutting", "crosscutting", "cross-cutting"}},
		{"cross crosscutting", []string{"cross-cutting", "crosscutting", "cross-cutting"}},
		{"nonexecutive themes", []string{"themes", "non-executive"}},
		{"executive", []string{"executive"}},
	}
	for _, tt := range tests {
		m, err := NewMarker(tt.q, Options{Words: NewAnalyser()})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range m.Spans(FieldText, text) {
			got = append(got, text[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: marked %q, want %q", tt.q, got, tt.want)
		}
	}
}
