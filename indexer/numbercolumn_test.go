package indexer

import (
	"strings"
	"testing"
)

// TestJoinNumberColumn checks that numbers OCR read as a column of their
// own are put back before their capitals titles, and that lines only
// looking like such a column are left as read.
func TestJoinNumberColumn(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a margin read as a column",
			"Present: Councillors Ogden and Purcell.\n\n14,\n\n15.\n\n16.\n\nAPOLOGIES FOR ABSENCE\nNone.\n\nMINUTES\nApproved.\n\nBEACH HUT LICENCES\nThe fees rise.\n\n17. GRANTS\nNoted.\n",
			"Present: Councillors Ogden and Purcell.||||||||14. APOLOGIES FOR ABSENCE|None.||15. MINUTES|Approved.||16. BEACH HUT LICENCES|The fees rise.||17. GRANTS|Noted.|"},
		{"numbers not counting up", "4.\n\n9.\n\n2.\n\nAPOLOGIES\nNone.\n\nMINUTES\nApproved.\n\nFINANCE\nNoted.\n",
			"4.||9.||2.||APOLOGIES|None.||MINUTES|Approved.||FINANCE|Noted.|"},
		{"fewer titles than numbers", "1.\n\n2.\n\n3.\n\nAPOLOGIES\nNone.\n\n4. MINUTES\nApproved.\n",
			"1.||2.||3.||APOLOGIES|None.||4. MINUTES|Approved.|"},
		{"a list of sums, no titles", "1\n2\n3\nThe total was agreed.\n", "1|2|3|The total was agreed.|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range readLines(tt.text) {
				got = append(got, l.Text)
			}
			if s := strings.Join(got, "|"); s != tt.want {
				t.Errorf("lines\n %q\nwant\n %q", s, tt.want)
			}
		})
	}
}
