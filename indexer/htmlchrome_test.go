package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLTextChrome: a page's chrome (breadcrumbs, cookie notice, the
// site's header and footer, menus) becomes no item and no title, whether
// the page has ModernGov's content area or not, and is kept apart with
// the meeting; a minutes page's own <header> inside its article stays.
func TestHTMLTextChrome(t *testing.T) {
	const items = `<table class="mgItemTable"><tr><td class="mgItemNumberCell">14.</td><td><p class="mgAiTitleTxt">Apologies for absence</p>
<p>Minutes:</p><p>None.</p></td></tr><tr><td class="mgItemNumberCell">15.</td><td><p class="mgAiTitleTxt">Fostering Recruitment</p>
<p>Minutes:</p><p>RESOLVED: That the update be noted.</p></td></tr></table>`
	const top = `<div class="cookie-banner"><p>We use cookies. <button>Accept</button></p></div>
<header class="site-header"><ul><li><a href="/">Council and democracy</a></li><li>Contact us</li></ul></header>
<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>Committee structure</li><li>Meeting</li></ol></div>`
	const bottom = `<footer><h2>Contact us</h2><p>County Hall, Testford</p></footer>`
	for _, c := range []struct{ name, body string }{
		{"content id", top + `<div id="content"><h1>Agenda and minutes</h1>` + items + `</div>` + bottom},
		{"no content area", top + `<h1>Agenda and minutes</h1>` + items + bottom},
		{"breadcrumbs inside the content area", `<div id="modgov"><nav aria-label="x"></nav>` + top + items + `</div>`},
		{"role main", top + `<div role="main">` + items + `</div><div role="contentinfo">Contact us</div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html><head><title>Agenda and minutes for Corporate Parenting Panel on Monday, 18th September, 2023, 2.00 pm</title></head><body>` + c.body + `</body></html>`
			text, chrome, err := htmlText(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"Home", "cookies", "Contact us", "Committee structure", "Council and democracy"} {
				if strings.Contains(text, bad) {
					t.Errorf("text keeps the chrome's %q:\n%s", bad, text)
				}
			}
			if got := strings.Join(chrome, "\n"); !strings.Contains(got, "Home") || !strings.Contains(got, "Contact us") {
				t.Errorf("chrome %q, want the breadcrumbs and the footer kept apart", got)
			}
			m, _, _ := parseLines(readLines(text))
			var titles []string
			for _, it := range m.Items {
				titles = append(titles, it.Number+" "+it.Title)
			}
			if got := strings.Join(titles, "|"); got != "14 Apologies for absence|15 Fostering Recruitment" {
				t.Errorf("items %q, want the two of the item table", got)
			}
		})
	}
	for _, page := range []string{
		`<html><body><article><header><h1>Minutes of the Cabinet, 4 February 2020</h1></header><p>1. Apologies</p><p>None.</p></article></body></html>`,
		`<html><body><header><h1>Minutes of the Cabinet, 4 February 2020</h1></header><p>1. Apologies</p><p>None.</p></body></html>`,
	} {
		if text, _, _ := htmlText(page); !strings.Contains(text, "Minutes of the Cabinet, 4 February 2020") {
			t.Errorf("a page's own heading in its <header> was taken for chrome:\n%s", text)
		}
	}
}

// TestHTMLPageLabelsMoved: a ModernGov page's "Minutes:" sub-heading
// parts each item's agenda text from its minute and heads the minute, as
// on the page: it stood at the end of every item's agenda text.
func TestHTMLPageLabelsMoved(t *testing.T) {
	page := `<html><head><title>Agenda and minutes for Cabinet on Tuesday, 4th February, 2020, 10.00 am</title></head><body><div id="modgov">
<table class="mgItemTable"><tr><td class="mgItemNumberCell">1.</td><td><p class="mgAiTitleTxt">Apologies</p>
<p class="mgSubItemTitleTxt">Minutes:</p><p>None.</p></td></tr>
<tr><td class="mgItemNumberCell">2.</td><td><p class="mgAiTitleTxt">Fostering Recruitment</p><p>To note progress.</p>
<p class="mgSubItemTitleTxt">Minutes:</p><p>RESOLVED: That the update be noted.</p></td></tr></table></div></body></html>`
	path := filepath.Join(t.TempDir(), "2020-02-04.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Extract(context.Background(), path, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number+"|"+it.Agenda+"|"+it.Text)
	}
	want := []string{"1||Minutes: None.", "2|To note progress.|Minutes: RESOLVED: That the update be noted."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items (number|agenda|text):\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestHTMLFurnitureDetached: the boxes a template puts in the content area
// beside the minutes ("Share this page", "Related documents") are no
// items, their words are kept as chrome; a short page whose box shares a
// <div> with the minutes keeps the minutes.
func TestHTMLFurnitureDetached(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"boxes of their own", `<div class="content"><h3>Apologies</h3><p>None were received.</p><h3>Highways</h3><p>Potholes on Mill Lane reported.</p>
<h3>Finance</h3><p>Payments approved.</p></div><div class="share"><h3>Share this page</h3><ul><li><a>Facebook</a></li></ul></div>
<div><h3>Related documents</h3><ul><li><a>Agenda, 3 March 2025</a></li></ul></div>`},
		{"a heading among the minutes", `<div><h3>Apologies</h3><p>None were received.</p><h3>Highways</h3><p>Potholes on Mill Lane reported.</p>
<h3>Finance</h3><p>Payments approved.</p><h3>Related documents</h3><ul><li><a>Agenda, 3 March 2025</a></li></ul></div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Minutes</title></head><body><main><h1>Parish Council minutes, 3 March 2025</h1>` + tt.body + `</main></body></html>`
			text, chrome, err := htmlText(page)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(text, "Related documents") || strings.Contains(text, "Share this page") {
				t.Errorf("text keeps the template's boxes:\n%s", text)
			}
			if got := strings.Join(chrome, "\n"); !strings.Contains(got, "Related documents") || !strings.Contains(got, "Agenda, 3 March 2025") {
				t.Errorf("chrome %q lacks the boxes' words", got)
			}
			for _, want := range []string{"Apologies", "Potholes on Mill Lane reported.", "Payments approved."} {
				if !strings.Contains(text, want) {
					t.Errorf("text lacks %q:\n%s", want, text)
				}
			}
		})
	}
}
