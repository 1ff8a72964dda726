package inspections

import (
	"regexp"
	"strings"
)

// judgementIn finds a reported judgement. graded is true when the clause
// reports a grade at all, even one ("satisfactory") that is no longer used,
// which leaves judgement "".
func judgementIn(clause string) (judgement string, graded bool) {
	for _, re := range []*regexp.Regexp{judgedAs, foundTo, judgementNoun} {
		for _, loc := range re.FindAllStringSubmatchIndex(clause, -1) {
			word := clause[loc[2]:loc[3]]
			if re != judgementNoun && !endsPhrase(clause[loc[3]:]) {
				continue // "judged good practice", "found inadequate housing"
			}
			return gradeOf(word), true
		}
	}
	if riPhrase.MatchString(clause) {
		return JudgementRequiresImprovement, true
	}
	return "", false
}

// phraseFollowers are the words that may follow a judgement word without
// making it an adjective of something else: "rated good overall",
// "judged inadequate in March 2015".
var phraseFollowers = map[string]bool{"overall": true, "in": true, "for": true, "and": true, "or": true,
	"with": true, "across": true, "at": true, "by": true, "on": true, "as": true, "from": true,
	"following": true, "after": true, "since": true, "when": true, "where": true, "which": true,
	"that": true, "but": true, "during": true, "under": true, "to": true, "ofsted": true, "judgement": true,
	"judgment": true, "rating": true, "grade": true, "in all": true}

// endsPhrase reports whether the text after a judgement word ends the
// judgement: punctuation, the end, or a word of phraseFollowers.
func endsPhrase(rest string) bool {
	rest = strings.TrimLeft(rest, `'"’”`)
	if rest == "" || !strings.HasPrefix(rest, " ") {
		return true
	}
	next := words.FindString(rest)
	if next == "" || strings.TrimSpace(rest)[0] != next[0] {
		return true // punctuation first
	}
	return phraseFollowers[next]
}

// gradeOf maps a judgement as written to a Judgement* constant, or "" for
// the grades used before 2013.
func gradeOf(word string) string {
	switch {
	case strings.HasPrefix(word, "requir"):
		return JudgementRequiresImprovement
	case word == "outstanding", word == "good", word == "inadequate":
		return word
	}
	return ""
}

// kindIn names the kind of inspection a clause speaks of; an unqualified
// "inspection" is taken to be a full one.
func kindIn(clause string) string {
	for _, k := range kindWordings {
		if k.re.MatchString(clause) {
			return k.kind
		}
	}
	return KindFull
}

// whenIn returns the first "Month YYYY" of a clause as YYYY-MM, else the
// first year, else "".
func whenIn(clause string) string {
	if m := monthYear.FindStringSubmatch(clause); m != nil {
		return m[2] + "-" + months[m[1][:3]]
	}
	if m := year.FindStringSubmatch(clause); m != nil {
		return m[1]
	}
	return ""
}
