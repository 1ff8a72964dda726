package indexer

import (
	"strings"
	"testing"
)

// TestWordBoldLead checks that a Word paragraph opening with a bold run
// and going on in plain weight marks the bold run, so that the change of
// weight ends the title: a separator at the run's end is left outside,
// a list number's tab before it, a wholly bold or plain paragraph as it
// was.
func TestWordBoldLead(t *testing.T) {
	run := func(bold bool, s string) string {
		if bold {
			return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + s + `</w:t></w:r>`
		}
		return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>`
	}
	para := func(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
	tests := []struct {
		name, body, want string
	}{
		{"a dash after the bold title", para(run(true, "4.\tBus Shelters – "), run(false, "the Clerk reported two were damaged.")),
			"4.\t**Bus Shelters** – the Clerk reported two were damaged.\n"},
		{"a full stop inside the bold run", para(run(true, "Allotments."), run(false, " Rents were agreed.")),
			"**Allotments.** Rents were agreed.\n"},
		{"a title of two runs, one with a dash inside", para(run(true, "Local Plan – "), run(true, "Issues and Options"), run(false, ": the consultation closes in May.")),
			"**Local Plan – Issues and Options**: the consultation closes in May.\n"},
		{"all bold", para(run(true, "Finance")), "**Finance**\n"},
		{"plain first", para(run(false, "The Clerk said "), run(true, "urgent"), run(false, " works were due.")), "The Clerk said urgent works were due.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordText(t, tt.body); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBoldTitleRunsOn checks titles whose text runs on in the same
// paragraph or table cell, where only the change from bold to plain
// marks the title's end: after a dash inside the title, after its full
// stop, in a row's cell after the minute's reference.
func TestBoldTitleRunsOn(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
	}{
		{
			name: "a dash inside the bold title and another after it",
			text: "HARTSHEAD POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 3 February 2025.\n\n" +
				"1.\t**Apologies** – were received from Cllr Bray.\n\n" +
				"2.\t**Budget Monitoring – Quarter 3 Report** – the Treasurer presented the figures and members asked about overtime.\n\n" +
				"3.\t**Estates Strategy – Station Review** – the Commissioner said two front counters would close.\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Budget Monitoring – Quarter 3 Report", "Estates Strategy – Station Review"},
		},
		{
			name: "capitals titles ending in a full stop at the start of justified paragraphs, one wrapped, one before a resolution",
			text: "WESTHOLME METROPOLITAN BOROUGH COUNCIL\n\nCABINET\n\nMinutes of the meeting held on Wednesday 12 March 2025.\n\n" +
				"61. APOLOGIES. Apologies for absence were received from Councillor Dale.\n\n" +
				"62. LIBRARY SERVICE – CONSULTATION ON OPENING HOURS IN THE\nTOWNSHIPS. The Cabinet Member for Culture presented the outcome of the\nconsultation, which had drawn 1,200 responses.\n\n" +
				"63. TREASURY MANAGEMENT – MID-YEAR REVIEW 2024/25. RESOLVED – That the review be noted.\n\n" +
				"64. HIGHWAYS ASSET PLAN. The Director of Place reported on the condition of the roads.\n",
			numbers: []string{"61", "62", "63", "64"},
			titles:  []string{"Apologies", "Library Service – Consultation on Opening Hours in the Townships", "Treasury Management – Mid-Year Review 2024/25", "Highways Asset Plan"},
		},
		{
			name: "a table row: reference, bold title ending in a full stop, text running on, action by",
			text: "ASHWELL PARISH COUNCIL\n\nMinutes of the meeting held on Monday 10 March 2025.\n\n" +
				"Min 24/201 | **Apologies.** Cllr Iddon (away).\n" +
				"Min 24/202 | **Planning.** (a) DC/25/0077 – Mill Barn: no objection. (b) DC/25/0081 – withdrawn. | Clerk\n" +
				"Min 24/203 | **Footpaths.** FP12 – stile repaired. | Cllr Rowe\n",
			numbers: []string{"24/201", "24/202", "24/203"},
			titles:  []string{"Apologies", "Planning", "Footpaths"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := parseLines(readLines(tt.text))
			checkItems(t, m.Items, tt.numbers, tt.titles)
			for _, it := range m.Items { // the text after the title, and a row's last cell, stay with the item
				if strings.Contains(it.Title, "(a)") {
					t.Errorf("item %q keeps its text in its title", it.Title)
				}
				if it.Number == "24/202" && !(strings.Contains(it.Text, "DC/25/0077") && strings.Contains(it.Text, "Clerk")) {
					t.Errorf("item %q text %q; want its text and its action by", it.Title, it.Text)
				}
			}
		})
	}
}
