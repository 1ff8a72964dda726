package indexer

import (
	"regexp"
	"strings"
)

var (
	// A decision at the start of a line, after any bullet or paragraph
	// number: "RESOLVED –", "Resolved:", "3. RESOLVED that:-", "Agreed-",
	// "AGREED without a vote", "NOTED", "DECISION:".
	decisionAtStart = regexp.MustCompile(`^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?((?:RESOLVED|AGREED|NOTED|DECISIONS?|RECOMMENDED|RECOMMENDATIONS?)\b|(?:Resolved|Agreed|Noted|Decisions?|Recommended|Recommendations?)(?:\s*[:\-–—(]|\s+(?:that|to|without|unanimously|accordingly)\b|\s*$))`)
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

// extractDecisions returns the decision passages of a minute: each
// RESOLVED / AGREED / NOTED passage with its numbered parts.
func extractDecisions(text string) []string {
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		at := decisionStartIn(strings.TrimSpace(lines[i]))
		if at < 0 {
			continue
		}
		parts := []string{collapseSpace(strings.TrimSpace(lines[i])[at:])}
		j := i + 1
		for ; j < len(lines); j++ {
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
			if !(headOnly || decisionPart.MatchString(t) || wrapped || listGoesOn || (lower && !decisionPart.MatchString(t) && len(parts) == 1)) {
				break
			}
			parts = append(parts, collapseSpace(t))
		}
		out = append(out, strings.Join(parts, "\n"))
		i = j - 1
	}
	return out
}
