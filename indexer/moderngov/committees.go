package moderngov

import (
	"regexp"
	"strings"
)

// committeeMatcher matches committee titles against the patterns.
type committeeMatcher struct {
	patterns []*regexp.Regexp
}

// newCommitteeMatcher compiles each pattern as a case-insensitive regexp;
// a pattern that is not a valid regexp is matched as a plain substring.
func newCommitteeMatcher(patterns []string) committeeMatcher {
	var m committeeMatcher
	for _, p := range patterns {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		re, err := regexp.Compile("(?i)" + p)
		if err != nil {
			re = regexp.MustCompile("(?i)" + regexp.QuoteMeta(p))
		}
		m.patterns = append(m.patterns, re)
	}
	return m
}

// any reports whether patterns were given at all.
func (m committeeMatcher) any() bool { return len(m.patterns) > 0 }

// match reports whether title matches one of the patterns.
func (m committeeMatcher) match(title string) bool {
	for _, re := range m.patterns {
		if re.MatchString(title) {
			return true
		}
	}
	return false
}

// chooseCommittees keeps the committees that are not deleted and match the
// patterns. With no patterns, every current (not expired) committee;
// expired ones are taken only when a pattern names them.
func chooseCommittees(all []committee, m committeeMatcher) []committee {
	var out []committee
	for _, c := range all {
		switch {
		case c.Deleted:
		case !m.any() && !c.Expired:
			out = append(out, c)
		case m.any() && m.match(c.Title):
			out = append(out, c)
		}
	}
	return out
}
