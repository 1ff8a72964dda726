package query

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestRelax(t *testing.T) {
	syn, err := LoadSynonyms(filepath.Join("..", "..", "corpus", "synonyms.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q           string
		words       []string // nil: no relaxation
		keep, exclu int
	}{
		{"ofsted", nil, 0, 0},
		{`"care of children"`, nil, 0, 0},
		{"adoption OR fostering", nil, 0, 0},
		{"council response to ofsted inadequate judgement", []string{"council", "response", "ofsted", "inadequate", "judgement"}, 0, 0},
		{`"care leavers" housing -covid council:kent`, []string{`"care leavers"`, "housing"}, 1, 1},
		{"looked after children ofsted", []string{`"looked after children"`, "ofsted"}, 0, 0}, // a synonym: one part
		{"unaccompanied asylum seeking children", []string{"unaccompanied", "asylum", "seeking", "children"}, 0, 0},
		{"(adoption OR fostering) title:panel safeguard*", []string{"adoption OR fostering", "title:panel", "safeguard*"}, 0, 0},
		{"ofsted council:kent", nil, 0, 0},
	}
	for _, tt := range tests {
		r, err := Relax(tt.q, Options{Synonyms: syn})
		if err != nil {
			t.Fatal(err)
		}
		if tt.words == nil {
			if r != nil {
				t.Errorf("Relax(%q) = %q, want none", tt.q, r.Words)
			}
			continue
		}
		if r == nil || !slices.Equal(r.Words, tt.words) || len(r.Parts) != len(r.Words) || len(r.Keep) != tt.keep || len(r.Exclude) != tt.exclu || r.Query == nil {
			t.Errorf("Relax(%q) = %+v, want words %q, %d kept, %d excluded", tt.q, r, tt.words, tt.keep, tt.exclu)
		}
	}
}

func TestWords(t *testing.T) {
	for q, want := range map[string][]string{
		`the care of "Children's homes" -covid council:kent O’Brien`: {"care", "Children's", "homes", "O’Brien"},
		`adoption OR adoption`: {"adoption"},
		``:                     nil,
	} {
		got, err := Words(q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", q, got, want)
		}
	}
}
