package query

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// Synonyms holds groups of equivalent terms and phrases. A query word or
// phrase that belongs to a group matches any member of the group. Keys are
// lower-case words joined by single spaces.
type Synonyms struct {
	groups   [][]string
	byKey    map[string]int // member -> index in groups
	longest  int            // words in the longest member
	problems []string       // lines left out, "file:line: reason"
}

// LoadSynonyms reads a synonyms file. A missing file is an error: the
// caller decides whether the file is optional.
func LoadSynonyms(path string) (*Synonyms, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("synonyms file %s: %w", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("open synonyms %s: %w", path, err)
	}
	defer f.Close()
	return ParseSynonyms(f, path)
}

// ParseSynonyms reads synonym groups, one a line: comma-separated terms or
// phrases; '#' starts a comment; blank lines are skipped. name is used in
// messages. A line that cannot be used (a group of one member, or a member
// already in the group of an earlier line, whose expansion would be
// ambiguous) is left out and listed in Problems as "name:line: reason";
// the other lines are used. The error is for a file that cannot be read.
func ParseSynonyms(r io.Reader, name string) (*Synonyms, error) {
	s := &Synonyms{byKey: map[string]int{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if problem := s.addGroup(text); problem != "" {
			s.problems = append(s.problems, fmt.Sprintf("%s:%d: %s", name, line, problem))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read synonyms %s: %w", name, err)
	}
	return s, nil
}

// addGroup adds one line's group, or returns why it cannot.
func (s *Synonyms) addGroup(text string) string {
	var group []string
	seen := map[string]bool{}
	for _, member := range strings.Split(text, ",") {
		key := normalise(member)
		if key == "" || seen[key] {
			continue // empty, or repeated within its own line
		}
		if _, dup := s.byKey[key]; dup {
			return fmt.Sprintf("%q is already in the group of an earlier line; this line is left out", strings.TrimSpace(member))
		}
		seen[key] = true
		group = append(group, key)
	}
	if len(group) < 2 {
		return "a group needs at least two members; this line is left out"
	}
	g := len(s.groups)
	for _, key := range group {
		s.byKey[key] = g
		s.longest = max(s.longest, len(strings.Fields(key)))
	}
	s.groups = append(s.groups, group)
	return ""
}

// Problems lists the lines left out, as "file:line: reason".
func (s *Synonyms) Problems() []string {
	if s == nil {
		return nil
	}
	return s.problems
}

// Len is the number of groups.
func (s *Synonyms) Len() int {
	if s == nil {
		return 0
	}
	return len(s.groups)
}

// Lookup returns the group a term or phrase belongs to, or nil.
func (s *Synonyms) Lookup(text string) []string {
	if s == nil {
		return nil
	}
	g, ok := s.byKey[normalise(text)]
	if !ok {
		return nil
	}
	return s.groups[g]
}

// Longest is the number of words in the longest member.
func (s *Synonyms) Longest() int {
	if s == nil {
		return 0
	}
	return s.longest
}

// normalise is a term or phrase as a key: its words as the index reads
// them (folded, possessive 's dropped), joined by single spaces.
func normalise(text string) string {
	toks := Tokens(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Term
	}
	return strings.Join(words, " ")
}

// Containing returns the members of the synonym groups that hold word as
// one of their words without being it ("asylum" is in "unaccompanied
// asylum seeking children"), with the other members of those groups.
func (s *Synonyms) Containing(word string) []string {
	if s == nil {
		return nil
	}
	key := normalise(word)
	var out []string
	for _, g := range s.groups {
		hit := false
		for _, m := range g {
			if m != key && slices.Contains(strings.Fields(m), key) {
				hit = true
				break
			}
		}
		if hit {
			out = append(out, g...)
		}
	}
	return out
}
