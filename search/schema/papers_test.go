package schema

import "testing"

// TestPaperOf reads a paper's kind from its name, and its meeting.
func TestPaperOf(t *testing.T) {
	tests := []struct{ path, kind, label, meetingID, id string }{
		{"kent/cabinet/2024-03-01.pdf", KindMinutes, "", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01"},
		{"kent/cabinet/2024-03-01.minutes.pdf", KindMinutes, "", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01"},
		{"kent/cabinet/2024-03-01.agenda.pdf", KindAgenda, "", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01-agenda"},
		{"kent/cabinet/2024-03-01.report-budget-2024.pdf", KindReport, "budget-2024", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01-report-budget-2024"},
		{"kent/cabinet/2024-03-01.decisions.html", KindDecision, "", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01-decisions"},
		{"kent/cabinet/2024-03-01-2.agenda.md", KindAgenda, "", "kent--cabinet--2024-03-01-2", "kent--cabinet--2024-03-01-2-agenda"},
		{"kent/cabinet/2024-03-01-2.md", KindMinutes, "", "kent--cabinet--2024-03-01-2", "kent--cabinet--2024-03-01-2"},
		{"kent/cabinet/v1.2/2024-03-01.txt", KindMinutes, "", "kent--cabinet--v1-2--2024-03-01", "kent--cabinet--v1-2--2024-03-01"},
		{"kent/cabinet/2024.03.01.pdf", KindMinutes, "", "kent--cabinet--2024-03-01", "kent--cabinet--2024-03-01"},
	}
	for _, tt := range tests {
		kind, label, minutes := PaperOf(tt.path)
		if kind != tt.kind || label != tt.label || MeetingID(minutes) != tt.meetingID {
			t.Errorf("PaperOf(%q) = %q, %q, meeting %q; want %q, %q, %q", tt.path, kind, label, MeetingID(minutes), tt.kind, tt.label, tt.meetingID)
		}
		if id := MeetingID(tt.path); id != tt.id {
			t.Errorf("MeetingID(%q) = %q; want %q", tt.path, id, tt.id)
		}
	}
}
