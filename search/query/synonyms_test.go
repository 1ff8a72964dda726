package query

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseSynonyms(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		lookup  string
		want    []string
		problem string // part of the one problem reported
	}{
		{"group", "LAC, looked after children, Cared for Children\n", "cared  for children", []string{"lac", "looked after children", "cared for children"}, ""},
		{"comment and blank", "# comment\n\nCSE, child sexual exploitation # trailing\n", "CSE", []string{"cse", "child sexual exploitation"}, ""},
		{"not a member", "CSE, child sexual exploitation\n", "exploitation", nil, ""},
		{"single member", "CSE\nCSE, child sexual exploitation\n", "exploitation", nil, "test.txt:1: a group needs at least two members"},
		{"duplicate across lines: the line is left out, the rest kept", "a, b\nc, A\nd, e\n", "e", []string{"d", "e"}, `test.txt:2: "A" is already in the group of an earlier line`},
		{"curly and straight apostrophes are one key", "director of children’s services, DCS\n", "Director of Children's Services", []string{"director of children services", "dcs"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSynonyms(strings.NewReader(tt.input), "test.txt")
			if err != nil {
				t.Fatal(err)
			}
			switch p := s.Problems(); {
			case tt.problem == "" && len(p) > 0:
				t.Errorf("problems %q, want none", p)
			case tt.problem != "" && (len(p) != 1 || !strings.Contains(p[0], tt.problem)):
				t.Errorf("problems %q, want one with %q", p, tt.problem)
			}
			if got := s.Lookup(tt.lookup); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lookup(%q) = %q, want %q", tt.lookup, got, tt.want)
			}
		})
	}
}

// TestCorpusSynonyms checks the synonyms file shipped with the corpus.
func TestCorpusSynonyms(t *testing.T) {
	s, err := LoadSynonyms(filepath.Join("..", "..", "corpus", "synonyms.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if p := s.Problems(); len(p) > 0 {
		t.Errorf("the corpus synonyms have lines left out: %q", p)
	}
	if s.Len() < 22 {
		t.Errorf("corpus synonyms have %d groups, want at least 22", s.Len())
	}
	pairs := [][2]string{
		{"looked after children", "cared for children"},
		{"LAC", "children in care"},
		{"CAMHS", "child and adolescent mental health services"},
		{"SGO", "special guardianship order"},
		{"UASC", "unaccompanied asylum seeking children"},
		{"IRO", "independent reviewing officer"},
		{"SEND", "special educational needs and disabilities"},
		{"NEET", "not in education employment or training"},
		{"EHCP", "education health and care plan"},
		{"PEP", "personal education plan"},
		{"YOT", "youth offending team"},
		{"CIN", "child in need"},
	}
	for _, p := range pairs {
		g := s.Lookup(p[0])
		if g == nil || s.Lookup(p[1]) == nil || !reflect.DeepEqual(g, s.Lookup(p[1])) {
			t.Errorf("%q and %q are not in one group", p[0], p[1])
		}
	}
}
