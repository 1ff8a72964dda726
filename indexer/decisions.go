package indexer

import (
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

var (
	// A decision at the start of a line, after any bullet or paragraph
	// number: "RESOLVED –", "Resolved:", "3. RESOLVED that:-", "Agreed-",
	// "AGREED without a vote", "NOTED", "DECISION:", "And Resolved:"
	// (after "Proposed by … Seconded by …"), "Agus an Cinneadh:" (Irish:
	// "and the decision").
	decisionAtStart = regexp.MustCompile(`^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?(?:(?:And|AND|and)\s+)?((?:RESOLVED|AGREED|NOTED|DECISIONS?|RECOMMENDED|RECOMMENDATIONS?)\b|(?:Resolved|Agreed|Noted|Decisions?|Recommended|Recommendations?)(?:\s*[:\-–—(]|\s+(?:that|to|without|unanimously|accordingly)\b|\s*$)|Agus an [Cc]inneadh\b)`)
	// A decision further along a line, after a sentence: ". Resolved: (i) ..."
	decisionInLine = regexp.MustCompile(`(?:[.;:]\s+|^)((?:RESOLVED|AGREED)\b|(?:Resolved|Agreed)\s*[:\-–—])`)
	// "It was RESOLVED that", "It was resolved", "It was AGREED".
	itWasResolved = regexp.MustCompile(`(?:^|[.;:]\s+)(It was (?:unanimously |therefore |then )?(?:RESOLVED|AGREED|[Rr]esolved)\b)`)
	// A numbered or lettered part of a decision: "(i)", "a)", "1.", "- (ii)".
	decisionPart = regexp.MustCompile(`^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,6})[.)]\s|[-•·*]\s)`)
	endsSentence = regexp.MustCompile(`[.;!?]["'’”)]*$`)
	// The end of a part that announces more parts to come.
	continuesList = regexp.MustCompile(`(?:[;:,]|:-|\band|\bor)$`)
)

// maxDecisionLines bounds the lines one decision passage may run over.
const maxDecisionLines = 80

// decisionStartIn returns where a decision starts in a line, or -1.
func decisionStartIn(l string) int {
	if m := decisionAtStart.FindStringSubmatchIndex(l); m != nil {
		return m[2]
	}
	if !strings.Contains(l, "ESOLVED") && !strings.Contains(l, "esolved") && !strings.Contains(l, "GREED") && !strings.Contains(l, "greed") {
		return -1
	}
	if m := itWasResolved.FindStringSubmatchIndex(l); m != nil {
		return m[2]
	}
	if m := decisionInLine.FindStringSubmatchIndex(l); m != nil {
		return m[2]
	}
	return -1
}

// passage is a decision passage of a minute: lines [start, end) of it,
// its text with its numbered parts, and the word that opens it.
type passage struct {
	start, end int
	text       string
	head       string // "RESOLVED", "Agreed", "NOTED", "DECISION", "Agus an Cinneadh", …
	before     string // the text of its first line before the head ("Proposed by A and seconded by B and")
}

// kind is the kind of decision a passage's head words make.
func (p passage) kind() string {
	h := strings.ToLower(p.head)
	switch {
	case strings.HasPrefix(h, "agreed"):
		return schema.DecisionAgreed
	case strings.HasPrefix(h, "noted"):
		return schema.DecisionNoted
	case strings.HasPrefix(h, "recommend"):
		return schema.DecisionRecommended
	}
	return schema.DecisionResolved
}

// decisionPassages finds the decision passages of a minute's lines. A
// passage goes on over its numbered parts, wrapped lines, a list that
// announces more ("that:-", "…; and"), and a quoted resolution until its
// quote closes, across the blank lines of double-spaced text.
func decisionPassages(lines []string) []passage {
	var out []passage
	for i := 0; i < len(lines); i++ {
		first := strings.TrimSpace(lines[i])
		at := decisionStartIn(first)
		if at < 0 {
			continue
		}
		head := decisionHead(first[at:])
		parts := []string{collapseSpace(first[at:])}
		end := i + 1
		for j := i + 1; j < len(lines) && j < i+maxDecisionLines; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				continue
			}
			if decisionStartIn(t) >= 0 && !decisionPart.MatchString(t) {
				break
			}
			last := parts[len(parts)-1]
			headOnly := len(parts) == 1 && len(strings.Fields(last)) <= 3
			wrapped := lines[j-1] != "" && !endsSentence.MatchString(last)
			lower := t[0] >= 'a' && t[0] <= 'z'
			// A list of resolutions goes on after "that:-", "…noted;" or
			// "…; and", even across a blank line or a lost bullet.
			listGoesOn := lower && continuesList.MatchString(last)
			// A sentence or a quoted resolution goes on across the blank
			// lines of double-spaced text.
			goesOn := (lower && !endsSentence.MatchString(last)) || quoteOpen(strings.Join(parts, " "))
			if !(headOnly || decisionPart.MatchString(t) || wrapped || listGoesOn || goesOn || (lower && !decisionPart.MatchString(t) && len(parts) == 1)) {
				break
			}
			parts = append(parts, collapseSpace(t))
			end = j + 1
		}
		out = append(out, passage{start: i, end: end, text: strings.Join(parts, "\n"), head: head, before: strings.TrimSpace(first[:at])})
		i = end - 1
	}
	return out
}

// decisionHead is the word that opens a decision: "RESOLVED", "Agreed".
func decisionHead(s string) string {
	if strings.HasPrefix(s, "Agus an") {
		return "Agus an Cinneadh"
	}
	if strings.HasPrefix(s, "It was") || strings.HasPrefix(s, "it was") {
		for _, w := range strings.Fields(s) {
			if l := strings.ToLower(strings.Trim(w, ":-–— ")); l == "resolved" || l == "agreed" {
				return w
			}
		}
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
	if end < 0 {
		return s
	}
	return s[:end]
}

// quoteOpen reports text with a curly quotation opened and not closed.
func quoteOpen(s string) bool {
	return strings.Count(s, "“")+strings.Count(s, "„") > strings.Count(s, "”")
}
