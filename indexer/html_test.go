package indexer

import (
	"strings"
	"testing"
)

// TestHTMLText checks the HTML reader: content area only, block elements
// on lines of their own, ModernGov titles as headings, scripts dropped.
func TestHTMLText(t *testing.T) {
	page := `<html><head><title>Agenda for Cabinet on Tuesday, 4th February, 2020, 10.00 am - Anytown Council</title>
<script>var x = "do not show";</script></head><body>
<nav>Home | Committees</nav>
<div id="modgov"><h2>Cabinet - Tuesday, 4th February, 2020 10.00 am</h2>
<table class="mgItemTable"><tr><td class="mgItemNumberCell"></td><td><p class="mgAiTitleTxt">Apologies</p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>None.</p></div></td></tr>
<tr><td class="mgItemNumberCell"></td><td><p class="mgAiTitleTxt">Foster Carer Allowances <a href="x.pdf"><img alt="pdf icon"> PDF 80 KB</a></p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>RESOLVED – That the allowances<br>be raised by 3%.</p></div></td></tr></table>
</div><footer>Copyright</footer></body></html>`
	text, chrome, err := htmlText(page)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(chrome, "\n"); got != "Copyright" {
		t.Errorf("chrome %q, want the footer (the nav is left out)", got)
	}
	for _, bad := range []string{"do not show", "Home | Committees", "Copyright", "pdf icon"} {
		if strings.Contains(text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, text)
		}
	}
	m, _, _ := parseLines(readLines(text))
	if len(m.Items) != 2 || m.Items[0].Title != "Apologies" || m.Items[1].Title != "Foster Carer Allowances" {
		t.Fatalf("items %+v", m.Items)
	}
	if got := m.Items[1].Decisions; len(got) != 1 || got[0] != "RESOLVED – That the allowances\nbe raised by 3%." {
		t.Errorf("decisions %q", got)
	}
}
