package indexer

import (
	"regexp"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// The forms in which minutes record a decision in a sentence, a mover and
// a seconder, and the result of a vote.
var (
	// "it was (unanimously) agreed", "the report was noted", "the
	// recommendations were approved", "Members agreed", "the Committee
	// noted the update", "proposed by X, seconded by Y and agreed".
	itWasAgreed   = regexp.MustCompile(`(?i)\bit\s+was\s+((?:\w+\s+){0,2}?)(agreed|resolved|decided|approved)\b`)
	passiveAgreed = regexp.MustCompile(`(?i)\b(motion|amendment|proposal|proposals|recommendations?|resolution|report|reports|minutes|update|presentation|information|correspondence|item|request|application|scheme|variation|nominations?|schedule|programme|plan|policy|allocation|appointments?|contents|terms of reference|budget|this|these)\b(?:\s+[\w’'-]+){0,6}?\s+(?:was|were)\s+((?:\w+\s+)?)(agreed|approved|adopted|endorsed|accepted|ratified|noted|carried)\b`)
	bodyAgreed    = regexp.MustCompile(`(?i)\b(members|committee|council|district|panel|board|cabinet|meeting|forum|group|spc|jpc|sub-committee|councillors)\s+((?:\w+\s+)?)(agreed|resolved|approved|endorsed|adopted|decided|ratified|accepted|noted\s+(?:the|this|these|its|receipt))\b`)
	movedAgreed   = regexp.MustCompile(`(?i)\b(?:seconded|proposed|moved)\b(?:[^.]|\.\s*\p{Lu}){0,160}?\band\s+((?:\w+\s+)?)(agreed|resolved|carried)\b`)
	// Words before a decision that make it not one taken here and now.
	notTaken = regexp.MustCompile(`(?i)\b(?:would|will|shall|should|could|may|might|must|if|whether|had|has|have|previously|already|not|never|to\s+be)\s+(?:\w+\s+)?$`)
	// After a passive: taken by someone other than the meeting.
	byOthers = regexp.MustCompile(`(?i)^\s+by\s+(?:the\s+)?(?:department|minister|government|hse|board\s+of|tii|nta|ofsted|secretary|planning\s+inspectorate|an\s+bord|council\s+in\s+\d)`)
	// A decision taken at another meeting: "agreed at the last meeting".
	elsewhere = regexp.MustCompile(`(?i)\b(?:at|by)\s+(?:the|its|a)\s+(?:last|previous|earlier|recent|next|special|annual)\s+meeting\b|\bin\s+(?:19|20)\d\d\b|\blast\s+(?:year|month|week)\b`)

	// Who moved and seconded: "Proposed by Councillor Sheahan (J);",
	// "On the proposal of Councillor Foley, seconded by Councillor Galvin",
	// "Mr Pargeter moved and Mr Aldous seconded", "Molta ag … Cuidithe
	// ag …" (Irish), "Proposer: Cllr A".
	proposedBy = regexp.MustCompile(`\b(?i:proposed\s+by|moved\s+by|on\s+the\s+(?:proposal|motion)\s+of|proposer\s*:|proposed\s*:|molta\s+ag)\s*(` + personPattern + `)`)
	secondedBy = regexp.MustCompile(`\b(?i:seconded\s+by|seconder\s*:|seconded\s*:|cuidithe\s+ag|cuidi[uú]\s+(?:ó|o|6n|on))\s*(` + personPattern + `)`)
	xMovedYSec = regexp.MustCompile(`(` + personPattern + `)(?:,[^,.]{1,80},)?\s+(?:proposed|moved)\b[^.;]{0,120}?\band\s+(` + personPattern + `)(?:,[^,.]{1,80},)?\s+seconded\b`)

	// The result of a vote: "The Mayor declared the motion carried",
	// "the amendment was defeated", "Amendment lost", "Motion carried".
	outcomeDeclared = regexp.MustCompile(`(?i)\bdeclared\s+(?:that\s+)?(?:the\s+)?(?:[^.]{0,200}?\s)?(?:as\s+)?(carried|passed|adopted|defeated|lost|rejected|fell|not\s+carried)\b`)
	outcomeStated   = regexp.MustCompile(`(?i)\b(motion|amendment|proposal|recommendation|resolution|counter[- ]proposal)\s+(?:was|were)\s+(?:therefore\s+|duly\s+|then\s+|subsequently\s+)?(carried|defeated|lost|rejected|not\s+carried)\b`)
	outcomeAlone    = regexp.MustCompile(`(?i)^(?:the\s+)?(?:substantive\s+)?(motion|amendment|proposal|recommendation|resolution)\s+(carried|lost|defeated|fell|not\s+carried)\b[\s.]*$`)
	// Words before a result that make it no result: "if the motion was carried".
	conditional = regexp.MustCompile(`(?i)\b(?:if|once|when|unless|whether|until)\b[^.,;]*$`)
	showOfHands = regexp.MustCompile(`(?i)\bshow\s+of\s+hands\b`)
)

// personPattern is a name as minutes print it after "proposed by": an
// optional title, then one to four capitalised words or initials, and a
// distinguishing initial in brackets: "Councillor Sheahan (J)", "Cllr.
// A. Smith", "Mrs J M Pennington", "Cmhlr. Ó Ceallaigh".
const personPattern = `(?:(?:Councillors?|Cllrs?|Cmhlr|Comhairleoir|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Alderman)\.?\s+)?(?:[A-ZÁÉÍÓÚ][\p{L}’'\-]*\.?\s*){1,4}(?:\s*\([A-Z]\))?`

// outcomeWord is the outcome a word of a vote's result gives.
func outcomeWord(w string) string {
	switch strings.ToLower(strings.Join(strings.Fields(w), " ")) {
	case "defeated", "lost", "rejected", "fell", "not carried":
		return schema.OutcomeLost
	}
	return schema.OutcomeCarried
}

// sentence is a sentence of a minute and the line it starts on.
type sentence struct {
	text string
	line int
}

// sentenceEnd ends a sentence: a full stop, question or exclamation mark
// (and any closing quote) before a space and a capital, a quote, a
// bracket or a digit.
var sentenceEnd = regexp.MustCompile(`[.!?]["'’”)]*\s+["“‘(]?[A-Z0-9ÁÉÍÓÚ]`)

// abbreviations end with a dot that ends no sentence.
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "cllr": true, "cllrs": true, "cmhlr": true, "no": true,
	"st": true, "co": true, "nos": true, "prof": true, "rev": true, "fr": true, "vol": true, "approx": true, "ref": true, "messrs": true,
	"etc": true, "i.e": true, "e.g": true, "jnr": true, "snr": true, "ltd": true, "inc": true, "dept": true, "cllr's": true}

// sentencesOf cuts the lines of a minute into sentences across line
// breaks, skipping the lines in skip (decision passages, vote lists),
// which end the sentence before them.
func sentencesOf(lines []string, skip []bool) []sentence {
	var out []sentence
	var b strings.Builder
	var starts []int // line of each byte offset run: starts[k] is the line of the k-th line joined
	var offs []int
	flush := func() {
		text := b.String()
		at := 0
		for _, loc := range sentenceEnd.FindAllStringIndex(text, -1) {
			end := loc[1] - 1 // the capital opens the next sentence
			for end > loc[0] && text[end-1] != ' ' {
				end--
			}
			head := strings.TrimSpace(text[at:loc[0]])
			if w := strings.ToLower(lastWord(head)); abbreviations[strings.TrimLeft(w, "(")] || isInitial(lastWord(head)) {
				continue
			}
			out = append(out, sentence{text: strings.TrimSpace(text[at:end]), line: lineAt(starts, offs, at)})
			at = end
		}
		if s := strings.TrimSpace(text[at:]); s != "" {
			out = append(out, sentence{text: s, line: lineAt(starts, offs, at)})
		}
		b.Reset()
		starts, offs = starts[:0], offs[:0]
	}
	for i, l := range lines {
		if skip != nil && skip[i] {
			flush()
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		starts, offs = append(starts, i), append(offs, b.Len())
		b.WriteString(t)
	}
	flush()
	return out
}

// lineAt is the line the byte at offset off of the joined text came from.
func lineAt(starts, offs []int, off int) int {
	k := sort.SearchInts(offs, off+1) - 1
	if k < 0 {
		return 0
	}
	return starts[k]
}

// agreedIn reads a decision taken in a sentence: its kind, or "" when the
// sentence takes none. A decision said to be taken elsewhere, another
// time, or not at all ("would be agreed", "had been approved", "was not
// agreed", "approved by the Department") is none.
func agreedIn(s string) string {
	if !mentions(s, "agreed", "resolved", "decided", "approved", "adopted", "endorsed", "accepted", "ratified", "noted", "carried") {
		return ""
	}
	if strings.HasSuffix(s, "?") || elsewhere.MatchString(s) {
		return ""
	}
	if m := movedAgreed.FindStringSubmatchIndex(s); m != nil && taken(s, m[2], m[3]) {
		return schema.DecisionProposed
	}
	if m := itWasAgreed.FindStringSubmatchIndex(s); m != nil && taken(s, m[2], m[3]) {
		return kindOfVerb(s[m[4]:m[5]])
	}
	if m := passiveAgreed.FindStringSubmatchIndex(s); m != nil && taken(s, m[4], m[5]) && !byOthers.MatchString(s[m[7]:]) {
		return kindOfVerb(s[m[6]:m[7]])
	}
	if m := bodyAgreed.FindStringSubmatchIndex(s); m != nil && taken(s, m[4], m[5]) {
		return kindOfVerb(s[m[6]:m[7]])
	}
	return ""
}

// taken reports whether the words before a decision's verb (the adverb
// s[from:to] and what precedes it) leave it a decision taken: not "not",
// "would", "had been".
func taken(s string, from, to int) bool {
	adverb := strings.ToLower(strings.TrimSpace(s[from:to]))
	switch adverb {
	case "not", "never", "also not", "been", "be", "to":
		return false
	}
	return !notTaken.MatchString(s[:from])
}

// kindOfVerb is the kind of decision its verb makes: "noted" notes,
// "resolved" resolves, others agree.
func kindOfVerb(v string) string {
	v = strings.ToLower(v)
	switch {
	case strings.HasPrefix(v, "noted"):
		return schema.DecisionNoted
	case v == "resolved":
		return schema.DecisionResolved
	}
	return schema.DecisionAgreed
}

// moverIn reads who moved and who seconded in a sentence or line.
func moverIn(s string) (mover, seconder string) {
	if !mentions(s, "propos", "moved", "second", "molta", "cuidi") {
		return "", ""
	}
	if m := xMovedYSec.FindStringSubmatch(s); m != nil {
		return cleanPersonName(m[1]), cleanPersonName(m[2])
	}
	if m := proposedBy.FindStringSubmatch(s); m != nil {
		mover = cleanPersonName(m[1])
	}
	if m := secondedBy.FindStringSubmatch(s); m != nil {
		seconder = cleanPersonName(m[1])
	}
	return mover, seconder
}

// nameStops are capitalised words a name pattern may run into.
var nameStops = map[string]bool{"and": true, "seconded": true, "proposed": true, "resolved": true, "agreed": true, "it": true,
	"the": true, "agus": true, "cuidithe": true, "cuidiu": true, "cuidiú": true, "that": true, "moved": true, "with": true, "on": true}

// cleanPersonName turns a matched name into a person's printed name,
// without title, cut at words that are no part of it ("Scanlan
// Seconded").
func cleanPersonName(s string) string {
	words := strings.Fields(strings.TrimSpace(s))
	for i, w := range words {
		if nameStops[strings.ToLower(strings.Trim(w, ".,;:"))] {
			words = words[:i]
			break
		}
	}
	for len(words) > 0 && titleOf(words[0]) != "" {
		words = words[1:]
	}
	name := strings.Trim(strings.Join(words, " "), " ,;:")
	if !looksLikeName(strings.TrimSuffix(name, ".")) {
		return ""
	}
	return strings.TrimSuffix(name, ".")
}

// outcomeIn reads the result of a vote stated in a sentence.
func outcomeIn(s string) string {
	if !mentions(s, "carried", "passed", "adopted", "defeated", "lost", "rejected", "fell") {
		return ""
	}
	if m := outcomeDeclared.FindStringSubmatchIndex(s); m != nil && !conditional.MatchString(s[:m[0]]) {
		return outcomeWord(s[m[2]:m[3]])
	}
	if m := outcomeAlone.FindStringSubmatch(s); m != nil {
		return outcomeWord(m[2])
	}
	if m := outcomeStated.FindStringSubmatchIndex(s); m != nil && !conditional.MatchString(s[:m[0]]) && !elsewhere.MatchString(s) {
		return outcomeWord(s[m[4]:m[5]])
	}
	return ""
}

// mentions reports whether s holds one of the words (in lower case) in
// any case: a cheap test before the patterns, which cost far more.
func mentions(s string, words ...string) bool {
	l := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
