package schema

// Kinds of decision, as in Decision.Kind: the form in which the minutes
// record it.
const (
	DecisionResolved     = "resolved"            // "RESOLVED that…", "And Resolved: …"
	DecisionAgreed       = "agreed"              // "AGREED", "It was agreed to…", "Members agreed that…"
	DecisionNoted        = "noted"               // "NOTED", "The report was noted"
	DecisionRecommended  = "recommended"         // "RECOMMENDED to Cabinet that…"
	DecisionProposed     = "proposed-and-agreed" // moved and seconded, then agreed or resolved
	DecisionShowOfHands  = "show-of-hands"       // "On a show of hands, the motion was carried"
	DecisionRecordedVote = "recorded-vote"       // a vote with its counts or the names on each side
	DecisionVote         = "vote"                // a vote whose result is declared without counts: "The Mayor declared the motion carried"
)

// Outcomes of a vote, as in Decision.Outcome.
const (
	OutcomeCarried = "carried" // carried, passed, adopted, agreed
	OutcomeLost    = "lost"    // lost, defeated, fell, not carried
)

// Decision is one decision of an item as the minutes record it: its text
// and how it was taken. Item.Decisions holds the same texts as strings.
type Decision struct {
	Text     string `json:"text"`
	Kind     string `json:"kind"`               // one of the Decision* constants
	Mover    string `json:"mover,omitempty"`    // who proposed (moved) it, as printed without title: "Sheahan (J)", "A Smith"
	Seconder string `json:"seconder,omitempty"` // who seconded it
	// Votes are the counts of a vote when the minutes give them (or name
	// those on each side, who are then counted); nil otherwise.
	Votes *Votes `json:"votes,omitempty"`
	// Outcome is OutcomeCarried or OutcomeLost when the minutes say so.
	Outcome string `json:"outcome,omitempty"`
}

// Votes are the counts of one vote; Abstain is 0 when none is stated.
// The names are those the minutes list on each side of a recorded vote,
// as printed without titles.
type Votes struct {
	For          int      `json:"for"`
	Against      int      `json:"against"`
	Abstain      int      `json:"abstain"`
	ForNames     []string `json:"for_names,omitempty"`
	AgainstNames []string `json:"against_names,omitempty"`
	AbstainNames []string `json:"abstain_names,omitempty"`
}
