package query

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Synonyms holds groups of equivalent terms and phrases. A query word or
// phrase that belongs to a group matches any member of the group. Keys are
// lower-case words joined by single spaces.
type Synonyms struct {
	groups  [][]string
	byKey   map[string]int // member -> index in groups
	longest int            // words in the longest member
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
// error messages. A member that appears in two groups is an error, since
// its expansion would be ambiguous.
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
		var group []string
		for _, member := range strings.Split(text, ",") {
			key := normalise(member)
			if key == "" {
				continue
			}
			if g, dup := s.byKey[key]; dup {
				if g == len(s.groups) {
					continue // repeated within its own line
				}
				return nil, fmt.Errorf("synonyms %s line %d: %q is already in the group on an earlier line", name, line, key)
			}
			s.byKey[key] = len(s.groups)
			group = append(group, key)
			if n := len(strings.Fields(key)); n > s.longest {
				s.longest = n
			}
		}
		if len(group) < 2 {
			return nil, fmt.Errorf("synonyms %s line %d: a group needs at least two members", name, line)
		}
		s.groups = append(s.groups, group)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read synonyms %s: %w", name, err)
	}
	return s, nil
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

// normalise lower-cases text, turns punctuation other than apostrophes and
// hyphens into spaces and joins the words with single spaces.
func normalise(text string) string {
	text = strings.ToLower(text)
	text = strings.Map(func(r rune) rune {
		switch {
		case r == '\'' || r == '’' || r == '-':
			return r
		case r < '0' || (r > '9' && r < 'a') || (r > 'z' && r < 128):
			return ' '
		}
		return r
	}, text)
	return strings.Join(strings.Fields(text), " ")
}
