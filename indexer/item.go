package indexer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

var (
	// "Minutes:" on its own line or inline in a flattened row.
	minutesMarker = regexp.MustCompile(`^(?:Minutes?|Decision|Record of decision)\s*:\s*`)
	inlineMarker  = regexp.MustCompile(`(?:^|\s)(?:Minutes?|Decision):\s`)
	// "...  view the full minutes text for item 32."
	truncation = regexp.MustCompile(`(?i)view the full (?:minutes|decision) text for item\s+([A-Za-z0-9/.]*[A-Za-z0-9])\.?`)
	// Bullets inside a flattened row start a new line.
	rowBullet = regexp.MustCompile(`\s+([·•▪])\s*`)
)

// buildItem turns a raw item into a schema.Item: title, agenda text
// (before "Minutes:"), minute text, decisions, truncation.
func buildItem(r rawItem) (schema.Item, []string) {
	var warns []string
	it := schema.Item{Number: trimNumber(r.Number), Decisions: []string{}, Topics: []string{}}
	title, ref, residue := cleanTitle(r.Title)
	it.Title = titleCase(title)

	agenda, label, text, decided := splitAgenda(r.Body, r.Joined)
	if r.Ref != "" {
		ref = strings.TrimSpace(ref + " " + r.Ref)
	}
	if r.Said != "" && it.Number != "" {
		// The number's label ("Item 6", "Min 23/145", "Eitem 3") is cut
		// from the number so that IDs and sequences read the number alone;
		// the printed form heads the agenda text so the label's words
		// stay searchable.
		ref = strings.TrimSpace(r.Said + " " + it.Number + "\n" + ref)
	}
	if ref != "" {
		agenda = strings.TrimSpace(ref + "\n" + agenda)
	}
	if residue != "" { // the title's link residue, last: its words stay searchable
		agenda = strings.TrimSpace(agenda + "\n" + residue)
	}
	if cut, ref, ok := cutTruncation(text); ok {
		it.Truncated = true
		text = cut
		if it.Number == "" {
			it.Number = ref
		}
		warns = append(warns, fmt.Sprintf("item %s: the source cut the minute text short", itemLabel(it)))
	}
	it.Agenda = agenda
	it.Text = text
	switch {
	case decided:
		// "Decision:" stays at the head of the text: the page's word is
		// searched for.
		it.Text = strings.TrimSpace(label + " " + text)
	case label != "":
		// ModernGov's "Minutes:" before every item ends the agenda text,
		// which it closes on the page: every word of the page is kept,
		// but not in the minute's text, where the word in every item of
		// a page ranked them all for "minutes of the previous meeting"
		// (search's judged set), nor in the title.
		it.Agenda = strings.TrimSpace(it.Agenda + "\n" + label)
	}
	it.DecisionDetails = readDecisions(text)
	if decided && len(it.DecisionDetails) == 0 && text != "" {
		// Text under a "Decision:" heading is the decision, worded or not
		// with RESOLVED.
		it.DecisionDetails = []schema.Decision{{Text: text, Kind: schema.DecisionResolved}}
	}
	it.Decisions = decisionTexts(it.DecisionDetails)
	it.Procedural = isProcedural(it.Title, text)
	return it, warns
}

// agendaContent is an item's agenda text without the labelled number
// that buildItem puts at its head ("Item 6", "Min 23/145"): a reference,
// not what the item is about, so topics do not count its words.
func agendaContent(it schema.Item) string {
	head, rest, _ := strings.Cut(it.Agenda, "\n")
	if n, ok := readNumber(head); ok && n.Label && n.Rest == "" && n.Number == it.Number {
		return rest
	}
	return it.Agenda
}

// cutTruncation replaces ModernGov's notice of a cut minute ("...  view
// the full minutes text for item 32.") with "…" and returns the item
// reference it names.
func cutTruncation(text string) (cut, ref string, ok bool) {
	if !strings.Contains(strings.ToLower(text), "view the full") {
		return text, "", false
	}
	m := truncation.FindStringSubmatchIndex(text)
	if m == nil {
		return text, "", false
	}
	before := strings.TrimRight(text[:m[0]], " \t\n.…")
	return strings.TrimSpace(before + " …" + text[m[1]:]), text[m[2]:m[3]], true
}

// splitAgenda separates the agenda text (what the item was for) from the
// minute (what happened) at a "Minutes:" marker, and returns the marker as
// label ("Decision:"), which the minute text keeps at its head so that no
// word of the page is lost. With no marker all is minute. Decided reports
// a "Decision:" marker, as on Cabinet pages.
func splitAgenda(body []line, joined bool) (agenda, label, text string, decided bool) {
	if joined {
		s := strings.TrimSpace(joinLines(body))
		s = rowBullet.ReplaceAllString(s, "\n$1 ")
		if loc := inlineMarker.FindStringIndex(s); loc != nil {
			label = strings.TrimSpace(s[loc[0]:loc[1]])
			decided = strings.Contains(label, "Decision")
			return strings.TrimSpace(s[:loc[0]]), label, strings.TrimSpace(s[loc[1]:]), decided
		}
		return "", "", s, false
	}
	for i, l := range body {
		c := strings.TrimSpace(l.Text)
		if loc := minutesMarker.FindStringIndex(c); loc != nil {
			rest := []line{{Text: c[loc[1]:]}}
			rest = append(rest, body[i+1:]...)
			label = strings.TrimSpace(c[:loc[1]])
			decided = strings.Contains(strings.ToLower(label), "decision")
			return joinLines(body[:i]), label, joinLines(rest), decided
		}
	}
	return "", "", joinLines(body), false
}

var (
	procTitle = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bapolog`),
		regexp.MustCompile(`(?i)\b(?:declarations?|disclosures?|register)\b.*\binterests?\b|\bmembers'?’?\s+interests\b|^interests$`),
		regexp.MustCompile(`(?i)^(?:the\s+)?minutes\b|\bminutes of (?:the )?(?:previous|last)\b|(?:confirmation|approval|adoption) of (?:the )?minutes|\bprevious minutes\b`),
		regexp.MustCompile(`(?i)exclusion of (?:the )?(?:press|public)`),
		regexp.MustCompile(`(?i)dates? of (?:the )?(?:next|future) meetings?`),
	}
	urgentTitle = regexp.MustCompile(`(?i)\burgent (?:business|items?|matters?)\b|\bany other business\b`)
	nothingDone = regexp.MustCompile(`(?i)^(?:there (?:was|were) )?(?:none|no items?|no urgent|nothing|no other)\b`)
)

// isProcedural reports housekeeping items: apologies, declarations of
// interest, minutes of the previous meeting, exclusion of the press and
// public, date of the next meeting, and urgent business with nothing in it.
func isProcedural(title, text string) bool {
	for _, re := range procTitle {
		if re.MatchString(title) {
			return true
		}
	}
	if urgentTitle.MatchString(title) {
		t := strings.TrimSpace(text)
		return t == "" || (len(strings.Fields(t)) <= 12 && nothingDone.MatchString(t))
	}
	return false
}

// itemLabel names an item in warnings: its number, else its title.
func itemLabel(it schema.Item) string {
	if it.Number != "" {
		return it.Number
	}
	if it.Title != "" {
		return fmt.Sprintf("%q", it.Title)
	}
	return "(untitled)"
}
