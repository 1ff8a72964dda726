package indexer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// What a minute says, in order, that makes up its decisions.
const (
	evMover    = iota // who moved and seconded
	evVote            // a vote: its counts or a show of hands
	evOutcome         // the declared result of a vote
	evDecision        // a decision: a RESOLVED passage or a sentence
)

// event is one thing a minute says about its decisions, at a line.
type event struct {
	line, kind      int
	d               schema.Decision // the decision, vote or outcome
	mover, seconder string
	passage         bool // a decision passage (RESOLVED …), not a sentence
	announces       bool // a sentence announcing a resolution below it ("… as follows:")
}

// maxVoteGap is how many lines after a vote its resolution may start and
// still be the decision the vote took.
const maxVoteGap = 14

// readDecisions reads the decisions of a minute as data, in the forms
// councils record them: RESOLVED / AGREED / NOTED passages, "Proposed by
// … Seconded by … And Resolved", sentences ("it was agreed", "the report
// was noted", "on the proposal of A, seconded by B, it was agreed"),
// shows of hands and recorded votes with their counts, and the declared
// result of a vote. A vote and the resolution printed after it are one
// decision; a mover and a seconder go with the next decision.
func readDecisions(text string) []schema.Decision {
	lines := strings.Split(text, "\n")
	passages := decisionPassages(lines)
	blocks := voteBlocks(lines)
	skip := make([]bool, len(lines))
	var evs []event
	for _, p := range passages {
		for i := p.start; i < p.end; i++ {
			skip[i] = true
		}
		if mv, sc := moverIn(p.before); mv != "" || sc != "" {
			evs = append(evs, event{line: p.start, kind: evMover, mover: mv, seconder: sc})
		}
		d := schema.Decision{Text: p.text, Kind: p.kind()}
		d.Mover, d.Seconder = moverIn(firstLine(p.text))
		if v, ok := inlineVotes(p.text); ok {
			d.Votes, d.Kind = v, schema.DecisionRecordedVote
		}
		evs = append(evs, event{line: p.start, kind: evDecision, d: d, passage: true})
	}
	for _, b := range blocks {
		for i := b.start; i < b.end; i++ {
			skip[i] = true
		}
		v := b.votes
		evs = append(evs, event{line: b.start, kind: evVote, d: schema.Decision{Kind: schema.DecisionRecordedVote, Votes: &v}})
	}
	sentences := sentencesOf(lines, skip)
	for k, s := range sentences {
		if mv, sc := moverIn(s.text); mv != "" || sc != "" {
			evs = append(evs, event{line: s.line, kind: evMover, mover: mv, seconder: sc})
		}
		kind := agreedIn(s.text)
		outcome := outcomeIn(s.text)
		v, counted := inlineVotes(s.text)
		switch {
		case showOfHands.MatchString(s.text) || counted:
			if outcome == "" && kind != "" {
				outcome = schema.OutcomeCarried
			}
			vk := schema.DecisionShowOfHands
			if !showOfHands.MatchString(s.text) {
				vk = schema.DecisionRecordedVote
			}
			evs = append(evs, event{line: s.line, kind: evVote, d: schema.Decision{Kind: vk, Votes: v, Outcome: outcome, Text: s.text}})
		case outcome != "":
			evs = append(evs, event{line: s.line, kind: evOutcome, d: schema.Decision{Kind: schema.DecisionVote, Outcome: outcome, Text: s.text}})
		case kind != "":
			announces := strings.HasSuffix(s.text, ":") || strings.HasSuffix(s.text, ":-") || containsFold(s.text, "the following")
			evs = append(evs, event{line: s.line, kind: evDecision, d: schema.Decision{Kind: kind, Text: s.text}, announces: announces})
		case strings.Contains(strings.ToLower(s.text), "vot"):
			// "The result of the voting was as follows:": the text of a vote block below
			for i := range evs {
				if evs[i].kind == evVote && evs[i].d.Text == "" && evs[i].line > s.line && evs[i].line-s.line <= 4 && (k+1 >= len(sentences) || sentences[k+1].line >= evs[i].line) {
					evs[i].d.Text = s.text
				}
			}
		}
	}
	sort.SliceStable(evs, func(a, b int) bool {
		if evs[a].line != evs[b].line {
			return evs[a].line < evs[b].line
		}
		return evs[a].kind < evs[b].kind
	})
	return foldDecisions(evs)
}

// firstLine is the first line of s.
func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// foldDecisions puts a minute's events together into its decisions.
func foldDecisions(evs []event) []schema.Decision {
	var out []schema.Decision
	var mover, seconder string
	moverLine := -1
	var pending *schema.Decision // a vote waiting for the resolution it took
	pendingLine, pendingStart := 0, 0
	// withMover gives a decision taken at line `at` the mover and
	// seconder named before it.
	withMover := func(d *schema.Decision, at int) {
		if d.Mover == "" && d.Seconder == "" && moverLine <= at {
			d.Mover, d.Seconder = mover, seconder
		}
		if moverLine <= at {
			mover, seconder = "", ""
		}
		if (d.Kind == schema.DecisionResolved || d.Kind == schema.DecisionAgreed) && (d.Mover != "" || d.Seconder != "") {
			d.Kind = schema.DecisionProposed
		}
	}
	flush := func() {
		if pending == nil {
			return
		}
		if pending.Text == "" {
			pending.Text = voteSummary(*pending)
		}
		withMover(pending, pendingStart)
		out = append(out, *pending)
		pending = nil
	}
	for k, e := range evs {
		switch e.kind {
		case evMover:
			if e.mover != "" {
				mover = e.mover
			}
			if e.seconder != "" {
				seconder = e.seconder
			}
			moverLine = e.line
		case evVote:
			flush()
			d := e.d
			pending, pendingLine, pendingStart = &d, e.line, e.line
		case evOutcome:
			if pending != nil && pending.Outcome == "" {
				pending.Outcome = e.d.Outcome
				pending.Text = strings.TrimSpace(pending.Text + " " + e.d.Text)
				pendingLine = e.line
				continue
			}
			flush()
			d := e.d
			pending, pendingLine, pendingStart = &d, e.line, e.line
		case evDecision:
			d := e.d
			if e.announces && passageFollows(evs, k) {
				continue // the resolution below is the decision
			}
			if pending != nil && e.line-pendingLine <= maxVoteGap && pending.Outcome != schema.OutcomeLost {
				// the vote took this resolution (a motion lost is not the
				// resolution adopted after it)
				d.Votes = pending.Votes
				if d.Outcome == "" {
					d.Outcome = pending.Outcome
				}
				d.Kind = pending.Kind
				pending = nil
			} else {
				flush()
			}
			withMover(&d, e.line)
			out = append(out, d)
		}
	}
	flush()
	return dedupeDecisions(out)
}

// passageFollows reports whether a decision passage comes within a few
// lines after event k, with only movers between.
func passageFollows(evs []event, k int) bool {
	for _, e := range evs[k+1:] {
		if e.line-evs[k].line > maxVoteGap {
			return false
		}
		switch {
		case e.kind == evMover:
			continue
		case e.kind == evDecision && e.passage:
			return true
		}
		return false
	}
	return false
}

// voteSummary is the text of a vote the minutes give only as lists:
// "Recorded vote: for 21, against 38, abstaining 0".
func voteSummary(d schema.Decision) string {
	if d.Votes == nil {
		return "Vote"
	}
	s := fmt.Sprintf("Recorded vote: for %d, against %d, abstaining %d", d.Votes.For, d.Votes.Against, d.Votes.Abstain)
	if d.Outcome != "" {
		s += "; " + d.Outcome
	}
	return s
}

// dedupeDecisions drops a decision whose text repeats the one before it.
func dedupeDecisions(ds []schema.Decision) []schema.Decision {
	out := ds[:0]
	for _, d := range ds {
		if d.Text = strings.TrimSpace(d.Text); d.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Text == d.Text {
			continue
		}
		out = append(out, d)
	}
	return out
}

// decisionTexts are the texts of decisions, as Item.Decisions holds them.
func decisionTexts(ds []schema.Decision) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Text)
	}
	return out
}
