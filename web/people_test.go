package web

import (
	"net/http"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestDecisionMeta says how a decision was taken, in words.
func TestDecisionMeta(t *testing.T) {
	tests := []struct {
		d    schema.Decision
		want string
	}{
		{schema.Decision{Kind: schema.DecisionResolved}, "Resolved"},
		{schema.Decision{Kind: schema.DecisionProposed, Mover: "Sheahan (J)", Seconder: "Ryan"}, "Proposed, seconded and agreed · proposed by Sheahan (J) · seconded by Ryan"},
		{schema.Decision{Kind: schema.DecisionRecordedVote, Votes: &schema.Votes{For: 21, Against: 16, Abstain: 2}, Outcome: schema.OutcomeCarried},
			"Recorded vote: for 21, against 16, abstaining 2; carried"},
		{schema.Decision{Kind: schema.DecisionShowOfHands, Outcome: schema.OutcomeLost}, "On a show of hands; lost"},
	}
	for _, tt := range tests {
		if got := decisionMeta(tt.d); got != tt.want {
			t.Errorf("decisionMeta(%+v) = %q; want %q", tt.d, got, tt.want)
		}
	}
}

// TestPagesShowAttendanceAndVotes: the meeting page lists who attended,
// each linking to their items; the item page says how each decision was
// taken and who acted in it.
func TestPagesShowAttendanceAndVotes(t *testing.T) {
	var meetingID, itemID string
	h := newHandler(t, newTestIndex(t, func(ms []schema.Meeting) []schema.Meeting {
		m := &ms[0]
		m.Attendance = schema.Attendance{
			Chair:     []schema.Person{{Name: "A Smith", Title: "Councillor", Role: "Chair", Key: "smith"}},
			Members:   []schema.Person{{Name: "B Jones", Title: "Councillor", Key: "jones"}, {Name: "C O’Brien", Title: "Councillor", Key: "obrien"}},
			Apologies: []schema.Person{{Name: "D Patel", Title: "Mrs", Key: "patel"}},
		}
		it := &m.Items[0]
		it.Decisions = []string{"RESOLVED that the report be noted."}
		it.DecisionDetails = []schema.Decision{{Text: it.Decisions[0], Kind: schema.DecisionRecordedVote, Votes: &schema.Votes{For: 7, Against: 2}, Outcome: schema.OutcomeCarried, Mover: "B Jones"}}
		it.People = []schema.Person{{Name: "B Jones", Title: "Councillor", Role: "moved", Key: "jones"}}
		m.AssignIDs()
		meetingID, itemID = m.ID, m.Items[0].ID
		return ms
	}))

	meeting := htmlPage(t, h, "/meetings/"+meetingID, http.StatusOK)
	mustContain(t, "meeting page", meeting, "<dt>Chair</dt>", `<a href="/?person=smith">Councillor A Smith</a> (Chair)`,
		"<dt>Members present (2)</dt>", `<a href="/?person=obrien">Councillor C O’Brien</a>`, "<dt>Apologies</dt>",
		"Recorded vote: for 7, against 2, abstaining 0; carried · proposed by B Jones")
	item := htmlPage(t, h, "/items/"+itemID, http.StatusOK)
	mustContain(t, "item page", item, "Recorded vote: for 7, against 2, abstaining 0; carried", `People: <a href="/?person=jones">Councillor B Jones</a> (moved)`)
}
