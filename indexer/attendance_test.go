package indexer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// names lists people as "Title Name (Role)=key".
func names(ps []schema.Person) string {
	var out []string
	for _, p := range ps {
		s := strings.TrimSpace(p.Title + " " + p.Name)
		if p.Role != "" {
			s += " (" + p.Role + ")"
		}
		if p.Key != "" {
			s += "=" + p.Key
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// TestParsePeople reads the lists of people as minutes print them.
func TestParsePeople(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Councillors Brennan, Butler, Collins (M) and Walsh", "Councillor Brennan; Councillor Butler; Councillor Collins (M); Councillor Walsh"},
		{"Mrs J M Pennington (Chairman), Mr R Aldous (Vice-Chairman)", "Mrs J M Pennington (Chairman); Mr R Aldous (Vice-Chairman)"},
		{"Mr A Abbott Mrs I Carrick Mr K Clifton", "Mr A Abbott; Mrs I Carrick; Mr K Clifton"},
		{"Councillor L. Galvin, Mayor", "Councillor L. Galvin (Mayor)"},
		{"Cllr A Rowe (Chair), Cllr B Singh, Cllr C Daly", "Councillor A Rowe (Chair); Councillor B Singh; Councillor C Daly"},
		{"Chief Executive (Mr. C. Murray), Director, Community Services (Ms. J. Brown)", "Mr C. Murray (Chief Executive); Ms J. Brown (Director, Community Services)"},
		{"Dr S Patel, Ms T Okafor & Mr D Ó Ceallaigh", "Dr S Patel; Ms T Okafor; Mr D Ó Ceallaigh"},
		{"Cllrs Hughes, Lloyd-Evans and de Burca", "Councillor Hughes; Councillor Lloyd-Evans; Councillor de Burca"},
		{"None.", ""},
		{"All members of the Committee", ""},
	}
	for _, tt := range tests {
		if got := names(parsePeople(tt.in)); got != tt.want {
			t.Errorf("parsePeople(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestAttendanceLists reads attendance from the headings of minutes:
// lists wrapped over lines, one name a line, a chair apart or marked in
// the list, officials, apologies in a sentence.
func TestAttendanceLists(t *testing.T) {
	tests := []struct {
		name, text                    string
		chair, members, officials, ap string
	}{
		{"wrapped list, chair marked", "Minutes of the Cabinet\n\nPresent: Councillors A Adams (Chair), B Brown, C Clark,\nD Dodd, E Evans and F Fox\n\nApologies: Councillor G Green\n\n1. Minutes\nAgreed.\n",
			"Councillor A Adams (Chair)", "Councillor B Brown; Councillor C Clark; Councillor D Dodd; Councillor E Evans; Councillor F Fox", "", "Councillor G Green"},
		{"one a line with blank lines between", "MINUTES\n\nPRESENT IN THE CHAIR:\n\nCouncillor L. Galvin, Mayor.\n\nMEMBERS PRESENT:\n\nCllr Browne\n\nCllr Butler\n\nCllr Collins (J)\n\nOFFICIALS IN ATTENDANCE:\n\nDirector of Services (Mr. P. Daly)\n\n1. Minutes\nAgreed.\n",
			"Councillor L. Galvin (Mayor)", "Councillor Browne; Councillor Butler; Councillor Collins (J)", "Mr P. Daly (Director of Services)", ""},
		{"apology in a sentence", "Minutes of the Parish Council\nPresent: Cllr J Smith (Chairman), Cllr K Jones\nAn apology for his inability to attend was received from Councillor O’Brien.\nIn attendance: Mrs P Clerk (Clerk)\n\n1. Minutes\nAgreed.\n",
			"Councillor J Smith (Chairman)", "Councillor K Jones", "Mrs P Clerk (Clerk)", "Councillor O’Brien"},
		{"apologies in an item of their own", "Minutes of the Panel\nPresent: Cllr A Adams (Chair), Mr M J Angell (Substitute for Mr G Lymer)\n\n48. Apologies for Absence\nApologies for absence were received from Councillors L Smetham (due to Council business) and O Hunter.\n\n49. Minutes\nAgreed.\n",
			"Councillor A Adams (Chair)", "Mr M J Angell (Substitute for Mr G Lymer)", "", "Councillor L Smetham; Councillor O Hunter"},
		{"honours after a comma are no one", "MINUTES of a meeting of the County Council\n\nPRESENT: Mr B J Sweetland (Chairman), Mrs T Dean, MBE,\nMr P M Hill, OBE, Mr A Sandhu, MBE, Mr J Kite, MBE, DL and Ms L Wright\n\n270. Apologies for Absence\nNone.\n",
			"Mr B J Sweetland (Chairman)", "Mrs T Dean; Mr P M Hill; Mr A Sandhu; Mr J Kite; Ms L Wright", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := parseLines(readLines(tt.text))
			a := m.Attendance
			strip := func(ps []schema.Person) string { // keys are tested apart
				c := append([]schema.Person(nil), ps...)
				for i := range c {
					c[i].Key = ""
				}
				return names(c)
			}
			for _, c := range []struct{ what, got, want string }{
				{"chair", strip(a.Chair), tt.chair}, {"members", strip(a.Members), tt.members},
				{"officials", strip(a.Officials), tt.officials}, {"apologies", strip(a.Apologies), tt.ap},
			} {
				if c.got != c.want {
					t.Errorf("%s\n got %q\nwant %q", c.what, c.got, c.want)
				}
			}
		})
	}
}

// TestPersonKeys gives people keys that tell apart those a meeting
// tells apart, and no more.
func TestPersonKeys(t *testing.T) {
	ps := []schema.Person{{Name: "Collins (J)"}, {Name: "Collins (M)"}, {Name: "Galvin"}, {Name: "L. Galvin"}, {Name: "Ó Ceallaigh"}, {Name: "P. Daly"}, {Name: "Daly"}, {Name: "O’Dea"}}
	ptrs := make([]*schema.Person, len(ps))
	officials := map[*schema.Person]bool{}
	for i := range ps {
		ptrs[i] = &ps[i]
	}
	officials[ptrs[5]] = true // the official P. Daly beside the member Daly
	assignKeys(ptrs, officials)
	var got []string
	for _, p := range ps {
		got = append(got, p.Key)
	}
	want := "j-collins m-collins galvin galvin o-ceallaigh p-daly daly odea"
	if strings.Join(got, " ") != want {
		t.Errorf("keys %q; want %q", strings.Join(got, " "), want)
	}
}

// TestItemPeople lists who moved, seconded and voted, and attendees
// named in the minute, each once with their strongest role.
func TestItemPeople(t *testing.T) {
	attended := []schema.Person{{Name: "Sheahan (J)", Title: "Councillor", Key: "j-sheahan"}, {Name: "Ryan", Title: "Councillor", Key: "ryan"}, {Name: "Leddin", Title: "Councillor", Key: "leddin"}}
	it := schema.Item{Title: "Question submitted by Councillor J. Leddin",
		Text:            "Councillor Ryan asked about the greenway. The Minister, Mr Noonan, replied by letter.",
		DecisionDetails: []schema.Decision{{Text: "x", Mover: "Sheahan (J)", Seconder: "Ryan"}}}
	var got []string
	for _, p := range itemPeople(it, newRoster(attended)) {
		got = append(got, fmt.Sprintf("%s:%s", p.Key, p.Role))
	}
	if want := "j-sheahan:moved ryan:seconded leddin:named"; strings.Join(got, " ") != want {
		t.Errorf("people %q; want %q", strings.Join(got, " "), want)
	}
}
