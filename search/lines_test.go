package search

import (
	"strings"
	"testing"
)

func TestListLines(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"prose", "The Members discussed the flooding in Castleconnell and asked\nfor a report.", ""},
		{"grants", "Castleconnell Boat Club\n€500\nSouthill Hub\n€250", "Castleconnell Boat Club\n€500\nSouthill Hub\n€250"},
		{"list after a colon", "seeking approval to the taking in charge of the estates below:\n\nBruach na Sionna, Castleconnell\nCoolbane Meadows, Castleconnell",
			"Bruach na Sionna, Castleconnell\nCoolbane Meadows, Castleconnell"},
		{"end of a wrapped sentence", "the flood risk plans for the area of Castleconnell and\nO'Brien's Bridge.\nThe motion was agreed by the Members present.", ""},
		{"sub-heading alone", "REPLY:\nThe Council will carry out the works at Castleconnell this year.\nCAMHS\nWaiting times for a first appointment have fallen.", ""},
		{"sub-heading then list", "The following grants were agreed by the Members of the District.\nGrants\nCastleconnell Boat Club\n€500", "Grants\nCastleconnell Boat Club\n€500"},
		{"grants written as sentences", "On the proposal of Councillor Ryan, seconded by Councillor Hayes, it was agreed to allocate\n€500 to Glin Rovers.\nOn the proposal of Councillor Hayes, seconded by Councillor Ryan, it was agreed to allocate\n€700 to Glin Pier Committee.\n4\nOn the proposal of Councillor Ryan, seconded by Councillor Hayes, it was agreed to allocate €300 to Glin Tidy Towns.",
			"On the proposal of Councillor Ryan, seconded by Councillor Hayes, it was agreed to allocate\n€500 to Glin Rovers.\nOn the proposal of Councillor Hayes, seconded by Councillor Ryan, it was agreed to allocate\n€700 to Glin Pier Committee.\n4\nOn the proposal of Councillor Ryan, seconded by Councillor Hayes, it was agreed to allocate €300 to Glin Tidy Towns."},
		{"entries lettered in running text stay prose", "Details of the following Conferences were circulated to the\nMembers: (a) Conference on Brexit held in Clonakilty, Co. Cork, from 5th to 7th August; (b) Conference on\nLocal Plans held in Clonakilty, Co. Cork; (c) Conference on Water held in Ennis, Co.\nClare.", ""},
		{"two sentences alike are prose", "The Members noted the report on Brexit and its effects on exports. The Members noted the\nconcerns of farmers about the border. Councillor Hayes asked for a further report.", ""},
		{"short bullets are a list", "The allocations were agreed as follows:\n• €500 for a defibrillator in Glin.\n• €800 to the Glin Pier Committee.\n• €300 to Glin Tidy Towns.",
			"• €500 for a defibrillator in Glin.\n• €800 to the Glin Pier Committee.\n• €300 to Glin Tidy Towns."},
		{"a wrapped bullet is one entry", "The draft work plan for the coming year includes these:\n• Housing strategy for people\nwith disabilities\n• Energy efficiency of the housing stock",
			"• Housing strategy for people\nwith disabilities\n• Energy efficiency of the housing stock"},
		{"a point made in full stays prose", "Members raised the following points:\n• That residents felt unsafe walking home at night because of the broken lighting on the estate.\n• That the Gardaí be asked to patrol the area more often during the evenings and weekends.", ""},
		{"a long bullet beside short ones stays prose", "• Voids\n• That residents felt unsafe walking home at night because of the broken lighting on the estate.\n• Rent scheme",
			"• Voids\n• Rent scheme"},
		{"one bullet alone stays prose", "The Superintendent reported on crime in the district.\n• Burglaries were down in the town.\nMembers welcomed the report and thanked him.", ""},
		{"bullets read by OCR", "e Parks and Playgrounds €40,000\n¢ Footpaths €25,000", "e Parks and Playgrounds €40,000\n¢ Footpaths €25,000"},
		{"a line opening with the word e is no bullet", "e-mail from the Department of Housing about the scheme was read out to the meeting in full.\ne.g. the estates of Glin and Foynes were both named in it by the officials present.", ""},
		{"parts of a question, each discussed", "REPLY: (a) Funding has been allocated for the barrier at Glin. A tender will issue in May.\n(b) The trees at Glin will be pruned. The hedges were cut last week. (c) A site for a public toilet in Glin is being examined.", ""},
	}
	for _, tt := range tests {
		if got := listLines(tt.text); got != tt.want {
			t.Errorf("%s: listLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// BenchmarkListLines reads an item's text of prose on one line, as most
// minutes' items are: every item indexed is read so (itemDocument).
func BenchmarkListLines(b *testing.B) {
	text := strings.Repeat("The Panel noted the report of the Director of Children's Services on placement stability, and Mr. Hunt asked about the 122 children placed out of the county. ", 16)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		listLines(text)
	}
}
