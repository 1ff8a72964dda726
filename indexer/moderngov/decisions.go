package moderngov

import (
	"regexp"
	"strings"
)

var (
	// decisionStart matches a paragraph that opens a decision: "RESOLVED –",
	// "Resolved:", "It was AGREED that", "DECISION", "NOTED:".
	decisionStart = regexp.MustCompile(`^(?:[Ii]t was\s+)?(?:(?i:resolved|agreed|decision|decided)\b|NOTED\b|Noted\s*[:–-])`)
	// listItem matches a paragraph that continues a decision as a list:
	// "(i) …", "1. …", "a) …", "• …", "- …".
	listItem = regexp.MustCompile(`^(?:\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|\([0-9a-z]{1,4}\)|[•·\-–*])\s*`)
)

// findDecisions returns the decision passages of a minute's text, whose
// paragraphs are separated by blank lines. A passage is the paragraph that
// opens a decision plus the list paragraphs that follow it ("(i) …",
// "• …"), or the text following the continuation lead-in ("RESOLVED that:").
func findDecisions(text string) []string {
	paras := splitParagraphs(text)
	var out []string
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		start := -1
		if decisionStart.MatchString(p) {
			start = 0
		} else {
			start = decisionInside(p)
		}
		if start < 0 {
			continue
		}
		parts := []string{p[start:]}
		for i+1 < len(paras) && continues(parts[len(parts)-1], paras[i+1]) {
			i++
			parts = append(parts, paras[i])
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	return out
}

// continues reports whether next carries on the decision ending with prev.
func continues(prev, next string) bool {
	if decisionStart.MatchString(next) {
		return false
	}
	if listItem.MatchString(next) {
		return true
	}
	prev = strings.TrimSpace(prev)
	if decisionStart.MatchString(prev) && len(strings.Fields(prev)) <= 3 && !strings.HasSuffix(prev, ".") {
		return true // a bare "RESOLVED:" or "RESOLVED that -" line
	}
	for _, end := range []string{":", ":-", "that", "-", "–", "—"} {
		if strings.HasSuffix(prev, end) {
			return true
		}
	}
	return false
}

// splitParagraphs splits text on blank lines, dropping empty paragraphs.
func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// decisionInside returns where a capitalised RESOLVED or AGREED stands as a
// word inside a paragraph ("After discussion it was RESOLVED that …"), or -1.
func decisionInside(p string) int {
	best := -1
	for _, w := range []string{"RESOLVED", "AGREED"} {
		for off := 0; ; {
			i := strings.Index(p[off:], w)
			if i < 0 {
				break
			}
			i += off
			end := i + len(w)
			if (i == 0 || !isWordByte(p[i-1])) && (end == len(p) || !isWordByte(p[end])) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			off = end
		}
	}
	return best
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}
