package indexer

import (
	"strings"
	"testing"
)

// TestLayoutRows checks the reading of a table laid out in columns in
// plain text: rows read across with the wrapped title joined, and text
// that is no such table left as it is.
func TestLayoutRows(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a table of items",
			" Item     Subject                 Discussion and outcome\n\n" +
				" 41       Welcome and             The Chair welcomed members.\n" +
				"          apologies               Apologies: Cllr Byrne.\n\n" +
				" 42       Declarations            None.\n\n" +
				" 43       Minutes of the          Agreed as an accurate record.\n" +
				"          previous meeting\n\n" +
				" Board - 23.01.24                                  Page 1\n",
			" Item     Subject                 Discussion and outcome\n\n" +
				"41 Welcome and apologies\n\nThe Chair welcomed members.\nApologies: Cllr Byrne.\n\n" +
				"42 Declarations\n\nNone.\n\n" +
				"43 Minutes of the previous meeting\n\nAgreed as an accurate record.\n\n" +
				" Board - 23.01.24                                  Page 1\n"},
		{"characters wider than a byte in the cells",
			"41   Mayor’s report        £120 agreed.\n42   Café licence          Granted.\n43   Children’s homes      Noted – with thanks.\n",
			"41 Mayor’s report\n\n£120 agreed.\n\n42 Café licence\n\nGranted.\n\n43 Children’s homes\n\nNoted – with thanks.\n"},
		{"a cell a character off its column",
			"41   Welcome       The Chair spoke.\n42   Minutes of   Agreed.\n     the last\n43   Finance      Paid.\n",
			"41 Welcome\n\nThe Chair spoke.\n\n42 Minutes of the last\n\nAgreed.\n\n43 Finance\n\nPaid.\n"},
		{"references with one space after them, rows a few characters off, an Action column",
			"FC/24/101 Apologies           Received from Cllr Lomax.         Clerk\n" +
				"FC/24/102 Declarations of     None.\n" +
				"          interest\n" +
				"FC/24/103 Grants to local   The Council considered eleven\n" +
				"          organisations     applications.                     JB\n",
			"FC/24/101 Apologies\n\nReceived from Cllr Lomax. | Clerk\n\n" +
				"FC/24/102 Declarations of interest\n\nNone.\n\n" +
				"FC/24/103 Grants to local organisations\n\nThe Council considered eleven\napplications. | JB\n"},
		{"one space after a plain number is running text",
			"12 Members   noted the report.\n13 Members   agreed the plan.\n14 Members   thanked the Clerk.\n",
			"12 Members   noted the report.\n13 Members   agreed the plan.\n14 Members   thanked the Clerk.\n"},
		{"two rows are no table",
			"41   Welcome        The Chair spoke.\n42   Minutes        Agreed.\n",
			"41   Welcome        The Chair spoke.\n42   Minutes        Agreed.\n"},
		{"prose with wide spaces",
			"The meeting   opened at 7pm.\nMembers noted   the report.\n",
			"The meeting   opened at 7pm.\nMembers noted   the report.\n"},
		{"columns that do not line up",
			"41   Welcome        The Chair spoke.\n42      Minutes      Agreed.\n43   Finance   Paid.\n",
			"41   Welcome        The Chair spoke.\n42      Minutes      Agreed.\n43   Finance   Paid.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := layoutRows(tt.text); got != tt.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}

// FuzzLayoutRows checks that reading columns never panics and keeps
// every word.
func FuzzLayoutRows(f *testing.F) {
	f.Add(" 41       Welcome and             The Chair welcomed members.\n          apologies               Apologies.\n 42       Minutes                 Agreed.\n 43       Finance                 Paid.\n")
	f.Add("1   a   b\n2   c   d\n3   e   f\n")
	f.Fuzz(func(t *testing.T, text string) {
		got := layoutRows(text)
		if a, b := cellWords(text), cellWords(got); len(a) != len(b) {
			t.Errorf("%d words became %d:\n%q\n%q", len(a), len(b), text, got)
		}
	})
}

// cellWords are the fields of s but the " | " that set cells apart.
func cellWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if f != "|" {
			out = append(out, f)
		}
	}
	return out
}
