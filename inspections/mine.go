package inspections

import (
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Mine finds the sentences of a meeting's items (title, agenda, minute and
// decisions) that report an inspection of the council's services that has
// happened, or its outcome: "the January 2020 Ofsted inspection, where the
// service was judged inadequate", "Ofsted found services to be good",
// "following the Ofsted inspection in March 2015". The sentence, or its
// item, must speak of an inspectorate (see inspectorate). It skips
// sentences without an inspection, sentences about the future, about
// other councils or about schools, and questions. A sentence repeated
// within an item is reported once.
func Mine(m schema.Meeting) []Candidate {
	var out []Candidate
	for _, it := range m.Items {
		texts := append([]string{it.Title, it.Agenda, it.Text}, it.Decisions...)
		lower := strings.ToLower(strings.ReplaceAll(strings.Join(texts, "\n"), "’", "'"))
		if !mayMention(lower) {
			continue // no sentence of the item can (mayMention's words hold no space)
		}
		if !mayNameInspectorate(strings.Join(strings.Fields(lower), " ")) {
			continue // neither the item nor a sentence of it can name an inspectorate
		}
		inspected := inspectorate.MatchString(lower)
		seen := map[string]bool{}
		for _, text := range texts {
			for _, s := range sentences(text) {
				if seen[s] {
					continue
				}
				seen[s] = true
				c, ok := mineSentence(s, inspected)
				if !ok {
					continue
				}
				c.Council, c.MeetingID, c.MeetingDate, c.ItemID = m.CouncilSlug, m.ID, m.Date, it.ID
				out = append(out, c)
			}
		}
	}
	return out
}

// mineSentence reads one sentence; inspected says that its item speaks of
// an inspectorate. The first clause that reports an inspection decides the
// candidate; a later clause may add the judgement.
func mineSentence(sentence string, inspected bool) (Candidate, bool) {
	if strings.HasSuffix(sentence, "?") {
		return Candidate{}, false
	}
	lower := strings.ToLower(strings.ReplaceAll(sentence, "’", "'"))
	if !mayMention(lower) || otherWords.MatchString(lower) {
		return Candidate{}, false
	}
	if !inspected && !inspectorate.MatchString(lower) {
		return Candidate{}, false // "inspection" of what, by whom?
	}
	if schoolWords.MatchString(lower) && !councilServices.MatchString(lower) {
		return Candidate{}, false
	}
	var c Candidate
	found := false
	for _, clause := range clauses(lower) {
		if found && !inspectionContext.MatchString(clause) && !anyFutureWord(clause) {
			// A later clause may complete the first: "...; the grade was inadequate".
			if j, _ := judgementIn(clause); c.Judgement == "" {
				c.Judgement = j
			}
			continue
		}
		if !inspectionContext.MatchString(clause) || lookingForward(clause) {
			continue
		}
		judgement, graded := judgementIn(clause)
		event := pastEvent.MatchString(clause)
		when := whenIn(clause)
		if !graded && !event && !dateNearInspection(clause) {
			continue
		}
		if !found {
			c = Candidate{Kind: kindIn(clause), When: when, Judgement: judgement}
			found = true
			continue
		}
		if c.Judgement == "" {
			c.Judgement = judgement
		}
		if c.When == "" {
			c.When = when
		}
	}
	if !found {
		return Candidate{}, false
	}
	c.Sentence = shorten(sentence)
	c.Source = FromMinutes
	return c, true
}
