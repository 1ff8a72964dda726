package indexer

import (
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/pdftext"
)

// TestPdfLinesAgendaItemMarks checks that a pack's "Agenda Item N" printed
// at the top of each paper stays in the text where it stands (it tells
// where the minutes end), while a running header's repeats and the page
// numbers go to the furniture.
func TestPdfLinesAgendaItemMarks(t *testing.T) {
	doc := &pdftext.Document{Lines: []pdftext.Line{
		{Page: 1, Text: "Agenda Item 3", Running: true},
		{Page: 1, Text: "Cabinet - 9 June 2025", Running: true},
		{Page: 1, Text: "The meeting closed at 8.05 pm."},
		{Page: 1, Text: "1", Running: true},
		{Page: 2, Text: "Agenda Item 4", Running: true},
		{Page: 2, Text: "Cabinet - 9 June 2025", Running: true},
		{Page: 2, Text: "1. Purpose of the Report"},
		{Page: 2, Text: "2", Running: true},
	}}
	ls, furniture := pdfLines(doc)
	var kept []string
	for _, l := range ls {
		kept = append(kept, l.Text)
	}
	want := "Agenda Item 3|Cabinet - 9 June 2025|The meeting closed at 8.05 pm.|Agenda Item 4|1. Purpose of the Report"
	if got := strings.Join(kept, "|"); got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
	if got := strings.Join(furniture, "|"); got != "1|Cabinet - 9 June 2025|2" {
		t.Errorf("furniture %q", got)
	}
}
