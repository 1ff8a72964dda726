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

// TestHTMLTextAfterItemTable: what a ModernGov "Agenda and minutes" page
// prints after its item table (the meeting's "Additional documents") is
// kept with the meeting, not read as the last item's text.
func TestHTMLTextAfterItemTable(t *testing.T) {
	page := `<html><head><title>Agenda and minutes for Cabinet on Tuesday, 4th February, 2020, 10.00 am</title></head><body>
<div id="mgContent"><div class="mgSection"><h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Items"><tr><td class="mgItemNumberCell"><p>1.</p></td><td><p class="mgAiTitleTxt">Apologies</p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>None.</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td><td><p class="mgAiTitleTxt">Fostering recruitment</p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>RESOLVED that the update be noted.</p></div></td></tr></table>
<h2 class="mgSectionTitle">Additional documents</h2></div>
<ul class="mgBulletList"><li><a href="f.pdf">Agenda frontsheet PDF 200 KB</a></li><li><a href="u.pdf">Urgent item: school transport PDF 50 KB</a></li></ul>
</div></body></html>`
	text, chrome, err := htmlText(page)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "frontsheet") || strings.Contains(text, "Additional documents") {
		t.Errorf("the text keeps what follows the item table:\n%s", text)
	}
	if got, want := strings.Join(chrome, "\n"), "Additional documents\n- Agenda frontsheet PDF 200 KB\n- Urgent item: school transport PDF 50 KB"; got != want {
		t.Errorf("chrome %q, want %q", got, want)
	}
	m, _, _ := parseLines(readLines(text))
	if n := len(m.Items); n != 2 || strings.Contains(m.Items[n-1].Text, "school transport") {
		t.Errorf("items %+v", m.Items)
	}
}

// TestHTMLHiddenAndFolded: what a page folds away (<details>) and its
// tables are read, a footnote's <sup> mark is set apart from its word,
// and <noscript>, which a reader's browser never shows, is not read.
func TestHTMLHiddenAndFolded(t *testing.T) {
	page := `<html><body><main><h2>1. Apologies</h2><p>Apologies from Councillor Vantreight<sup>1</sup>.</p>
<details><summary>Exempt business</summary><p>Staffing matter deferred to Quarrington.</p></details>
<table><tr><th>Ref</th><th>Decision</th></tr><tr><td>24/031</td><td>Resurfacing of the Pavilion car park approved</td></tr></table>
<noscript><p>Enable scripts to view the map.</p></noscript></main></body></html>`
	text, _, err := htmlText(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Vantreight 1", "Exempt business", "Staffing matter deferred to Quarrington.", "24/031", "Resurfacing of the Pavilion car park approved"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Enable scripts") {
		t.Errorf("text keeps <noscript>:\n%s", text)
	}
}

// TestHTMLButtonsRead: an accordion whose headings are buttons (Bootstrap,
// a council CMS) has its items' titles in them, and a cookie notice's
// buttons are words of the page's chrome; a <select>'s options are not.
func TestHTMLButtonsRead(t *testing.T) {
	page := `<html><head><title>Minutes</title></head><body>
<div class="cookie-notice"><p>We use cookies.</p><button>Accept analytics cookies</button></div>
<main><h1>Parish Council minutes, 3 March 2025</h1>
<div class="accordion">
<h2 class="accordion-header"><button class="accordion-button" type="button" aria-expanded="false">Minute 41: Apologies</button></h2>
<div class="accordion-collapse collapse"><div class="accordion-body"><p>Cllr Quill.</p></div></div>
<h2 class="accordion-header"><button class="accordion-button" type="button">Minute 42: Allotment rents</button></h2>
<div class="accordion-collapse collapse"><div class="accordion-body"><p>Held at £30 a plot.</p></div></div>
<h2 class="accordion-header"><button class="accordion-button" type="button">Minute 43: Date of next meeting</button></h2>
<div class="accordion-collapse collapse"><div class="accordion-body"><p>7 April 2025.</p></div></div>
</div><form><select><option>Choose a year</option><option>2024</option></select></form></main></body></html>`
	text, chrome, err := htmlText(page)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Choose a year") {
		t.Errorf("text keeps a <select>'s options:\n%s", text)
	}
	if got := strings.Join(chrome, "\n"); !strings.Contains(got, "Accept analytics cookies") {
		t.Errorf("chrome %q lacks the cookie notice's button", got)
	}
	m, _, _ := parseLines(readLines(text))
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number+" "+it.Title)
	}
	if want := []string{"41 Apologies", "42 Allotment rents", "43 Date of next meeting"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("items %q, want %q", got, want)
	}
}
