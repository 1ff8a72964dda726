package indexer

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// Item references in brackets after a title: "(Item A2)", "(Ref: 8)".
	agendaRef     = regexp.MustCompile(`\s*(?:\((?i:item|ref|agenda item|minute|pages?)[^()]*\)|\[(?i:item|ref|agenda item|minute|pages?)[^\[\]]*\])\s*$`)
	decisionStart = regexp.MustCompile(`(?i)^(?:resolved|agreed|noted|decision|recommended|recommendation)\b`)
	// A full council's item bringing another body's recommendations:
	// "Recommendation from Cabinet – Leisure Centre", "Recommendations of
	// the Audit Committee", a title, not a decision.
	referredRecommendation = regexp.MustCompile(`^(?i:recommendations?\s+(?:from|of)\s+(?:the\s+)?)[A-Z]`)
	agendaWords            = regexp.MustCompile(`(?i)\b(?:apolog|declarations?|disclosures?|interests|minutes|announcements|urgent|exclusion|work programme|any other business|date of (?:the )?next|chair'?s? update)`)
	onlyDate               = regexp.MustCompile(`^[\s,.:;–—\-]*(?:(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.:;–—\-]*(?:(?i)at)?[\s\d.:apm]*$`)
)

// titleLike reports whether s reads like an agenda item title: short,
// starting with a capital letter or digit, not a sentence ending in a full
// stop or colon, not a date, not a decision. Relaxed allows a final full
// stop (a title line under a number may carry one).
func titleLike(s string, maxWords int, relaxed bool) bool {
	s = strings.TrimSpace(agendaRef.ReplaceAllString(s, ""))
	if s == "" || len(s) > 200 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxWords {
		return false
	}
	first := []rune(strings.TrimLeft(s, `'"‘“(*[`))
	if len(first) == 0 || !(unicode.IsUpper(first[0]) || unicode.IsDigit(first[0])) {
		return false
	}
	switch {
	case strings.HasSuffix(s, ":-"), strings.HasSuffix(s, ":"), strings.HasSuffix(s, ";"), strings.HasSuffix(s, ","):
		return false
	case strings.HasSuffix(s, ".") && !relaxed:
		return false
	}
	if decisionStart.MatchString(s) && !referredRecommendation.MatchString(s) || runsOn(words[len(words)-1]) {
		return false
	}
	if isDateLine(s) {
		return false
	}
	return true
}

// runsOn reports a last word that a title does not end with but a
// wrapped line does: "of", "the", "and", "to be".
func runsOn(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "at", "in", "on", "to", "for", "a", "an", "by", "with", "from", "or", "that", "which", "was",
		"were", "be", "is", "are", "had", "has", "would", "this", "their", "its", "as":
		return true
	}
	return false
}

// isDateLine reports whether s is a date and little else ("14 February
// 2014", "2 March 2021 at 6.00 pm").
func isDateLine(s string) bool {
	// The caller may have cut the day number off: "March 2021 at 6.00 pm".
	for _, cand := range []string{s, "1 " + s} {
		ds := findDates(cand)
		if len(ds) == 0 {
			continue
		}
		rest := cand[:ds[0].Start] + " " + cand[ds[0].End:]
		if onlyDate.MatchString(rest) {
			return true
		}
	}
	return false
}

// knownAgendaTitle reports whether a title names a standard agenda item.
func knownAgendaTitle(s string) bool {
	return agendaWords.MatchString(s)
}

// cleanTitle takes bracketed agenda references, link residue and stray
// marks off a title and returns the reference apart: "Minutes (Item A2)"
// gives "Minutes" and "(Item A2)".
func cleanTitle(s string) (title, ref, residue string) {
	s = collapseSpace(s)
	if containsFold(s, "kb") || containsFold(s, "mb") {
		// a ModernGov link's residue, "Minutes pdf icon PDF 98 KB": kept
		// apart, since every word stays searchable
		for _, loc := range linkResidue.FindAllStringIndex(s, -1) {
			residue = strings.TrimSpace(residue + " " + s[loc[0]:loc[1]])
		}
		s = collapseSpace(linkResidue.ReplaceAllString(s, " "))
	}
	if loc := agendaRef.FindStringIndex(s); loc != nil && loc[0] > 0 {
		ref = strings.TrimSpace(s[loc[0]:])
		s = s[:loc[0]]
	}
	s = strings.TrimSpace(strings.Trim(s, "*_ "))
	s = strings.TrimRight(s, " -–—:")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s, ref, residue
}

// titleCase turns an upper-case heading into title case: "CORPORATE
// PARENTING PANEL" becomes "Corporate Parenting Panel".
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	small := map[string]bool{"and": true, "of": true, "the": true, "for": true, "in": true, "on": true, "to": true, "a": true, "an": true, "at": true, "by": true}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && small[w] {
			continue
		}
		r := []rune(w)
		for j := range r { // "Adare-Rathkeale", "Children's", "(Ilacs)"
			if j == 0 || r[j-1] == '-' || r[j-1] == '(' || r[j-1] == '/' {
				r[j] = unicode.ToUpper(r[j])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
