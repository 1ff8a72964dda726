package moderngov

import "testing"

// TestPageNotHeld reads a meeting not held from a documents page's title
// or from its notice in the body, and nothing from an ordinary agenda.
func TestPageNotHeld(t *testing.T) {
	for _, c := range []struct{ title, body, want string }{
		{"Agenda for Cabinet on Monday, 13th May, 2024", `<p><strong>This meeting has been cancelled.</strong></p>`, "cancelled"},
		{"Agenda for Cabinet on Monday, 13th May, 2024", `<div class="mgSubTitleTxt">MEETING POSTPONED</div>`, "postponed"},
		{"Agenda for Cabinet on Monday, 13th May, 2024", `<p>The meeting was
		   canceled due to the election.</p>`, "cancelled"},
		{"Agenda for Cabinet on Monday, 13th May, 2024 - CANCELLED", `<p>Items</p>`, "cancelled"},
		{"Agenda for Cabinet on Monday, 13th May, 2024", `<p>To approve the placement sufficiency strategy.</p>`, ""},
		{"Agenda for Cabinet on Monday, 13th May, 2024", `<script>var s = "meeting cancelled";</script><p>Items</p>`, ""},
	} {
		if got := pageNotHeld(c.title, []byte("<html><body>"+c.body+"</body></html>")); got != c.want {
			t.Errorf("pageNotHeld(%q, %q) = %q, want %q", c.title, c.body, got, c.want)
		}
	}
}
