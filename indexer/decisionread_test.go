package indexer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// brief is a decision in a line a table can hold: kind, mover/seconder,
// counts and outcome.
func brief(d schema.Decision) string {
	s := d.Kind
	if d.Mover != "" || d.Seconder != "" {
		s += fmt.Sprintf(" by %s/%s", d.Mover, d.Seconder)
	}
	if d.Votes != nil {
		s += fmt.Sprintf(" %d-%d-%d", d.Votes.For, d.Votes.Against, d.Votes.Abstain)
	}
	if d.Outcome != "" {
		s += " " + d.Outcome
	}
	return s
}

// TestReadDecisions reads decisions in the forms councils record them.
func TestReadDecisions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"resolved passage", "The Committee considered the report.\nRESOLVED that the report be noted.", []string{"resolved"}},
		{"agreed heading", "Members discussed the plan.\nAGREED: to defer the item.", []string{"agreed"}},
		{"noted", "NOTED", []string{"noted"}},
		{"recommended", "RECOMMENDED to Cabinet that the fees rise by 3%.", []string{"recommended"}},
		{"proposed and agreed in a sentence",
			"It was proposed by Councillor Sheahan (J), seconded by Councillor Ryan and agreed to adopt the Minutes.",
			[]string{"proposed-and-agreed by Sheahan (J)/Ryan"}},
		{"proposed on its own line, then resolved",
			"Proposed by Cllr A. Smith\nSeconded by Cllr B. Jones\nAnd Resolved: that the scheme be approved.",
			[]string{"proposed-and-agreed by A. Smith/B. Jones"}},
		{"X moved and Y seconded",
			"Mr Pargeter moved and Mr Aldous seconded that the accounts be approved, and it was agreed.",
			[]string{"proposed-and-agreed by Pargeter/Aldous"}},
		{"show of hands carried",
			"On a show of hands the motion was carried.",
			[]string{"show-of-hands carried"}},
		{"counts in a sentence",
			"A vote was taken: For 21, Against 16, Abstentions 2. The Mayor declared the motion carried.",
			[]string{"recorded-vote 21-16-2 carried"}},
		{"counts first",
			"The amendment was put and there voted 12 for and 30 against. The amendment was lost.",
			[]string{"recorded-vote 12-30-0 lost"}},
		{"by votes to votes",
			"The recommendation was approved by 9 votes to 3 with one abstention.",
			[]string{"recorded-vote 9-3-1 carried"}},
		{"recorded vote as lists, then the resolution",
			"A recorded vote was taken.\nFor (3)\nCouncillors Brennan, Butler and Walsh\nAgainst (2)\nCouncillors Daly and Ryan\nThere were no abstentions.\nThe Cathaoirleach declared the motion carried.\nRESOLVED that the motion be adopted.",
			[]string{"recorded-vote 3-2-0 carried"}},
		{"votes counted from the names",
			"FOR:\nCllr A Adams\nCllr B Brown\nAGAINST:\nCllr C Clark\n",
			[]string{"recorded-vote 2-1-0"}},
		{"lost motion then a resolution", "The motion was lost.\n\nRESOLVED that the report be noted.", []string{"vote lost", "resolved"}},
		{"not taken: would be agreed", "It was hoped the plan would be agreed at the next meeting.", nil},
		{"not taken: elsewhere", "The budget was approved at the last meeting.", nil},
		{"not taken: by others", "The application was approved by the Department in March.", nil},
		{"not taken: a question", "Was the scheme agreed?", nil},
		{"conditional outcome", "If the motion is carried the Council will write to the Minister.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range readDecisions(tt.text) {
				if d.Text == "" {
					t.Errorf("a decision without text: %+v", d)
				}
				got = append(got, brief(d))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("readDecisions(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRecordedVoteNames keeps the names printed on each side of a vote.
func TestRecordedVoteNames(t *testing.T) {
	ds := readDecisions("For (2)\nCouncillors Brennan and Collins (J)\nAgainst (1)\nCouncillor Walsh\nAbstain (0)\n")
	if len(ds) != 1 || ds[0].Votes == nil {
		t.Fatalf("got %+v; want one recorded vote", ds)
	}
	v := ds[0].Votes
	if got := strings.Join(v.ForNames, ", "); got != "Brennan, Collins (J)" {
		t.Errorf("for names %q", got)
	}
	if got := strings.Join(v.AgainstNames, ", "); got != "Walsh" {
		t.Errorf("against names %q", got)
	}
}

// TestDecisionTextsMatchDetails holds Item.Decisions and DecisionDetails
// to the same texts in the same order.
func TestDecisionTextsMatchDetails(t *testing.T) {
	it, _ := buildItem(rawItem{Number: "5", Title: "Budget", Body: readLines("Proposed by Cllr A Smith, seconded by Cllr B Jones.\nRESOLVED that the budget be approved.\n\nThe report on parking was noted.")})
	if len(it.Decisions) != len(it.DecisionDetails) || len(it.Decisions) != 2 {
		t.Fatalf("decisions %q, details %+v", it.Decisions, it.DecisionDetails)
	}
	for i := range it.Decisions {
		if it.Decisions[i] != it.DecisionDetails[i].Text {
			t.Errorf("decision %d: %q vs %q", i, it.Decisions[i], it.DecisionDetails[i].Text)
		}
	}
	if d := it.DecisionDetails[0]; d.Mover != "A Smith" || d.Seconder != "B Jones" || d.Kind != schema.DecisionProposed {
		t.Errorf("first decision %+v; want proposed by A Smith, seconded by B Jones", d)
	}
}
