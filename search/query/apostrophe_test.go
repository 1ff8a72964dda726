package query

import (
	"encoding/json"
	"testing"
)

// TestEveryApostropheFindsTheSame: O'Brien typed with any mark printed for
// an apostrophe compiles to the same query, and the text analyser reads
// it as the same terms, so both spellings find the same hits (issue 21).
// The acute accent ´ (U+00B4), which NFKC turns into a space and a
// combining accent, split "O´Brien" into "o" and "brien" and found a
// quarter of the items of the real council's O'Brien.
func TestEveryApostropheFindsTheSame(t *testing.T) {
	want, err := Compile("O'Brien's", Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	wantTerms := termsOf(Tokens("Councillor O'Brien's motion"))
	for _, r := range []rune{'\'', '’', '‘', 'ʼ', '′', '`', '´', '＇', 'ʹ', '‛'} {
		if !isApostrophe(r) {
			t.Errorf("%q (%U) is not read as an apostrophe", r, r)
		}
		q := "O" + string(r) + "Brien" + string(r) + "s"
		got, err := Compile(q, Options{})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if gotJSON, _ := json.Marshal(got); string(gotJSON) != string(wantJSON) {
			t.Errorf("query %s (%U) compiles to\n\t%s\nwant\n\t%s", q, r, gotJSON, wantJSON)
		}
		if got := termsOf(Tokens("Councillor " + q + " motion")); got != wantTerms {
			t.Errorf("text with %s (%U): terms %s, want %s", q, r, got, wantTerms)
		}
	}
}

func termsOf(toks []Token) string {
	s := ""
	for _, t := range toks {
		s += t.Term + " "
	}
	return s
}
