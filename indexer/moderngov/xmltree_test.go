package moderngov

import (
	"bytes"
	"strings"
	"testing"
)

func TestNormaliseXML(t *testing.T) {
	latin1 := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><meeting><meetinglocation>Caf\xe9</meetinglocation></meeting>")
	undeclared := []byte("<meeting><meetinglocation>Caf\xe9 \x96 Hall</meetinglocation></meeting>")
	utf16 := []byte{0xff, 0xfe}
	for _, r := range `<?xml version="1.0" encoding="utf-16"?><meeting><meetinglocation>Café</meetinglocation></meeting>` {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name string
		in   []byte
		want string // the venue after parsing
		decl bool   // the output must declare utf-8
	}{
		{"utf-8 with BOM", []byte("\xef\xbb\xbf<meeting><meetinglocation>Café</meetinglocation></meeting>"), "Café", false},
		{"latin-1 declared", latin1, "Café", true},
		{"windows-1252 undeclared", undeclared, "Café – Hall", false},
		{"utf-16 with BOM", utf16, "Café", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := normaliseXML(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
				t.Errorf("BOM kept")
			}
			if tt.decl && !bytes.Contains(out, []byte(`encoding="utf-8"`)) {
				t.Errorf("declaration not rewritten: %q", out[:40])
			}
			m, err := ParseMeeting(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if m.Venue != tt.want {
				t.Errorf("venue = %q, want %q", m.Venue, tt.want)
			}
		})
	}
}

func TestParseMeetingErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"truncated", "<getmeeting><meeting><meetingid>1</meetingid>", "unexpected EOF"},
		{"html page", "<!DOCTYPE html><html><body>Please log in</body></html>", "no <meeting> element"},
		{"empty", "", "not an xml document"},
		{"no meeting", "<getcommittees><committee/></getcommittees>", "no <meeting> element"},
		{"deep", strings.Repeat("<a>", maxXMLDepth+5), "nested deeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMeeting(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestParseMeetingHTMLAsElements(t *testing.T) {
	// Some sites embed the minute's HTML as elements rather than escaped text.
	in := `<getmeeting><meeting><meetingdate>2018-05-09</meetingdate><agenda><agendaitem>
<agendaitemtitle>Ofsted</agendaitemtitle>
<minutesnonemptyhtmlbody><p>First &amp; foremost.</p><p>RESOLVED that the plan be approved.</p></minutesnonemptyhtmlbody>
</agendaitem></agenda></meeting></getmeeting>`
	m, err := ParseMeeting(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Items) != 1 || m.Items[0].Text != "First & foremost.\n\nRESOLVED that the plan be approved." || len(m.Items[0].Decisions) != 1 {
		t.Errorf("items = %+v", m.Items)
	}
	if m.Date != "2018-05-09" {
		t.Errorf("date = %q", m.Date)
	}
}

func TestPageParsers(t *testing.T) {
	site, _ := normaliseSite("https://x.gov.uk")
	cs := parseCommitteesPage([]byte(`<a href="mgCommitteeDetails.aspx?ID=5">Cabinet</a><a href="ieListMeetings.aspx?CommitteeId=6">Council</a><a href="mgCommitteeDetails.aspx?ID=5">Cabinet again</a><a href="other.aspx?ID=7">x</a>`), site)
	if len(cs) != 2 || cs[0].ID != "5" || cs[1].Title != "Council" {
		t.Errorf("committees = %+v", cs)
	}
	ms := parseMeetingsPage([]byte(`<a href="ieListDocuments.aspx?CId=5&amp;MId=9">Wednesday, 9th May, 2018 4.00 pm</a><a href="ieListDocuments.aspx?CId=5&amp;MId=10">Postponed</a>`), site)
	if len(ms) != 1 || ms[0].ID != "9" || ms[0].Date != "2018-05-09" {
		t.Errorf("meetings = %+v", ms)
	}
}
