package query

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTokensFold checks that the spellings a reader takes for one word
// give one index term, through the analyser the index uses.
func TestTokensFold(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // the light forms, space-separated
	}{
		{"apostrophes", []string{"O'Brien", "O’Brien", "O‘Brien", "OʼBrien", "O′Brien", "O`Brien", "O＇Brien"}, "o'brien"},
		{"possessive", []string{"council's", "council’s", "COUNCIL’S"}, "council"},
		{"plural possessive", []string{"councillors'", "councillors’"}, "councillor"},
		{"case and accents", []string{"Seán Ó Ceallaigh", "SEAN O CEALLAIGH", "Sean O Ceallaigh"}, "sean o ceallaigh"},
		{"compatibility forms", []string{"ﬁnance", "ｆｉｎａｎｃｅ", "finance"}, "finance"},
		{"dashes split words", []string{"co-opted", "co–opted", "co—opted", "co opted"}, "co opted"},
		{"numbers keep their points", []string{"€1,000.50", "1,000.50"}, "1,000.50"},
		{"plural light form", []string{"care leavers", "Care Leaver"}, "care leaver"},
		{"stop words are kept", []string{"care of children"}, "care of children"},
		{"invisible characters are not there", []string{"envi\u00adronment", "environ\u200bment", "\ufeffenvironment\u200d", "environment"}, "environment"},
		{"quotes around a word are not part of it", []string{"‘churn’", "'churn'", "\"churn\""}, "churn"},
	}
	for _, tt := range tests {
		for _, text := range tt.texts {
			if got := lights(Tokens(text)); got != tt.want {
				t.Errorf("%s: Tokens(%q) = %q, want %q", tt.name, text, got, tt.want)
			}
		}
	}
}

func lights(toks []Token) string {
	var parts []string
	for _, t := range toks {
		parts = append(parts, t.Light)
	}
	return strings.Join(parts, " ")
}

// TestTextAnalyzer checks what the index holds for a text: each word's
// light form at its position and offsets, stop words included, and the
// stem beside it when it differs.
func TestTextAnalyzer(t *testing.T) {
	text := "The Adoption of O’Brien’s post-adoption children"
	var got []string
	for _, tok := range (TextAnalyzer{}).Analyze([]byte(text)) {
		got = append(got, fmt.Sprintf("%d:%s[%s]", tok.Position, tok.Term, text[tok.Start:tok.End]))
	}
	want := "1:the[The] 2:adoption[Adoption] 2:~adopt[Adoption] 3:of[of] 4:o'brien[O’Brien’s] 5:post[post] 6:adoption[adoption] 6:~adopt[adoption] 6:=postadoption[post-adoption] 7:children[children]"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"Staffing – update": "Staffing - update",
		"ﬁnance —ofsted":    "finance -ofsted",
		"plain":             "plain",
	} {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzTokens checks that tokens are non-empty, in order, and point at
// text that holds them.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"O’Brien's", "co-opted 1,000.5", "ﬁ Seán", "a\u0301b", "x''y", "9™", strings.Repeat("z", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for i, tok := range Tokens(s) {
			if tok.Term == "" || tok.Light == "" {
				t.Fatalf("empty token %d in %q", i, s)
			}
			if tok.Pos != i+1 || tok.Start < last || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d of %q out of place: %+v", i, s, tok)
			}
			if !utf8.ValidString(s[tok.Start:tok.End]) && utf8.ValidString(s) {
				t.Fatalf("token %d of %q splits a character", i, s)
			}
			last = tok.End
		}
	})
}

// TestAnalyserAsTokens checks that an Analyser, remembering words or not
// yet, gives exactly the tokens of Tokens.
func TestAnalyserAsTokens(t *testing.T) {
	a := NewAnalyser()
	texts := []string{
		"The Care Leavers' housing: O’Brien said adoption, adopted and adopting 1,000 times in 2019/20.",
		"Children’s services — the children's services; CAMHS, Café, naïve.",
		"'s s's x'y", "", "caf\xe9 \xffab 1.5 2,000 x\xe2\x80\x99s",
	}
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			if got, want := a.Tokens(text), Tokens(text); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %q:\n got %+v\nwant %+v", round, text, got, want)
			}
		}
	}
}

// BenchmarkAnalyserTokens reads a minute of about 2 KB with an Analyser
// that has seen its words, as indexing and snippets do.
func BenchmarkAnalyserTokens(b *testing.B) {
	text := strings.Repeat("The Panel considered the report of the Director of Children’s Services on placement stability; RESOLVED that 1,000 foster carers be recruited by 2019/20. ", 14)
	a := NewAnalyser()
	a.Tokens(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Tokens(text)
	}
}

// TestEachJoined: a word written as parts joined by hyphens, with a
// letter among them, is also given run together, spanning its parts,
// after their tokens; a dash, a hyphen with spaces, a number range and
// a stop word are not.
func TestEachJoined(t *testing.T) {
	tests := []struct {
		text string
		want string // the joined tokens' light forms and what they span, "|"-separated
	}{
		{"the cross-cutting committee", "crosscutting[cross-cutting]"},
		{"Non‑executive and self‐assessments", "nonexecutive[Non‑executive]|selfassessment[self‐assessments]"},
		{"out-of-borough placements", "outofborough[out-of-borough]"},
		{"COVID-19 recovery", "covid19[COVID-19]"},
		{"in 2024-25 and 2024-12-19", ""},
		{"care – leavers, care - leavers, care—leavers", ""},
		{"a-", ""},
		{"an in-house team", "inhouse[in-house]"},
		{"in-to", ""}, // "into" is a stop word
	}
	for _, tt := range tests {
		var got []string
		var last Token
		NewAnalyser().EachJoined(tt.text, func(tok Token) { last = tok }, func(tok Token) {
			if tok.Pos != 0 || tok.End > last.End {
				t.Errorf("%q: joined token %+v after %+v", tt.text, tok, last)
			}
			got = append(got, tok.Light+"["+tt.text[tok.Start:tok.End]+"]")
		})
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("EachJoined(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
