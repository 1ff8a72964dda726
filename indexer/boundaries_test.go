package indexer

import (
	"strings"
	"testing"
)

// TestItemBoundaries checks where one item ends and the next begins in
// minutes whose headings the sequence of rising numbers misread: titles
// printed with a colon after them, items taken out of their order, a
// numbered list starting again inside an item, a paragraph in bold
// capitals set a line apart; and body lines opening with a number that
// head nothing (resolutions, lists, addresses, amounts).
func TestItemBoundaries(t *testing.T) {
	head := "BRAMLEY DISTRICT COUNCIL\n\nMinutes of the meeting of the Community Committee held on 4 March 2024.\n\n"
	tests := []struct {
		name    string
		text    string
		numbers []string
		titles  []string
		// words that must stay in the item numbered by the key
		keep map[string]string
	}{
		{
			name: "capitals headings each closed by a colon",
			text: head + "1. ELECTION OF CHAIR:\n\nCouncillor Ash was proposed by Councillor Birch and elected.\n\n" +
				"2. APPOINTMENT OF VICE-CHAIR:\n\nCouncillor Cole was elected unopposed.\n\n" +
				"3. HARBOUR BOARD:\n\nThe following were nominated:\nCouncillor Dane\nCouncillor Eyre\n\n" +
				"4. MUSEUM TRUST:\n\nThe appointment was deferred to the next meeting.\n",
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Election of Chair", "Appointment of Vice-Chair", "Harbour Board", "Museum Trust"},
			keep:    map[string]string{"3": "Councillor Eyre", "4": "deferred"},
		},
		{
			name: "a member's question closed by a colon among plain titles",
			text: head + "1. Minutes\n\nThe minutes of the meeting of 5 February were agreed.\n\n" +
				"2. Roads Programme\n\nThe Engineer reported on the resurfacing programme for the year.\n\n" +
				"3. Question submitted by Councillor Ryan:\n\n\"I will ask when the lights at Mill Lane will be fixed.\"\nThe Engineer replied that the work was ordered.\n\n" +
				"4. Correspondence\n\nA letter from the Rivers Trust was read.\n",
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Minutes", "Roads Programme", "Question submitted by Councillor Ryan", "Correspondence"},
			keep:    map[string]string{"3": "work was ordered"},
		},
		{
			name: "a list of bodies starting again at 1 inside the last item, closed by colons",
			text: head + "1. Apologies\n\nApologies were received from Councillor Fox.\n\n" +
				"2. Housing Report\n\nThe Director presented the quarterly report on voids.\n\n" +
				"3. Appointments to Outside Bodies\n\nThe following appointments were made:\n\n" +
				"1. Audit Committee:\n\nCouncillor Gray was appointed.\n\n" +
				"2. Harbour Board:\n\nCouncillor Hart was appointed.\n\n" +
				"3. Rivers Trust:\n\nCouncillor Innes was appointed.\n\n" +
				"4. Sports Partnership:\n\nCouncillor Jones was appointed.\n\n" +
				"5. Museum Trust:\n\nCouncillor Kerr was appointed.\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Housing Report", "Appointments to Outside Bodies"},
			keep:    map[string]string{"3": "Councillor Kerr"},
		},
		{
			name: "a list introduced by a colon is no heading",
			text: head + "1. Minutes\n\nThe minutes were agreed.\n\n" +
				"3. Nominations\n\nThe Chair invited nominations.\n\n1. The following were nominated:\n\nCouncillor Lamb and Councillor Moss.\n\n" +
				"4. Parks\n\nThe Parks Officer reported on the play areas.\n",
			numbers: []string{"1", "3", "4"},
			titles:  []string{"Minutes", "Nominations", "Parks"},
			keep:    map[string]string{"3": "Councillor Moss"},
		},
		{
			name: "an item taken early: 1, 2, 5, 3, 4, 6",
			text: head + "1. Minutes\n\nThe minutes were agreed.\n\n" +
				"2. Finance Report\n\nThe Treasurer presented the accounts to the end of January.\n\nIt was agreed to take item 5 next.\n\n" +
				"5. Deputation from the Allotment Society\n\nMr Nash spoke for the society about the water supply.\n\n" +
				"3. Roads Programme\n\nThe Engineer reported on the resurfacing programme.\n\n" +
				"4. Housing Grants\n\nThe Housing Officer reported on the grants paid.\n\n" +
				"6. Correspondence\n\nA letter from the Rivers Trust was read.\n",
			numbers: []string{"1", "2", "5", "3", "4", "6"},
			titles:  []string{"Minutes", "Finance Report", "Deputation from the Allotment Society", "Roads Programme", "Housing Grants", "Correspondence"},
			keep:    map[string]string{"5": "water supply"},
		},
		{
			name: "items taken 5, 4, 6 in bold, the heading's number on its own line",
			text: head + "**1.**\n\n**Minutes**\n\nThe minutes were agreed.\n\n" +
				"**2.**\n\n**Planning Directorate**\n\nThe Planner reported on the local area plan.\n\n" +
				"**3.**\n\n**Roads Directorate**\n\nThe Engineer reported on the footpath works.\n\nIt was agreed to take item 5 next.\n\n" +
				"**5.**\n\n**Social Development Directorate**\n\nThe Officer reported on the community grants scheme.\n\n" +
				"**4.**\n\n**Housing Directorate**\n\nThe Officer reported on the housing programme.\n\n" +
				"**6.**\n\n**Correspondence**\n\nNo correspondence was received.\n",
			numbers: []string{"1", "2", "3", "5", "4", "6"},
			titles:  []string{"Minutes", "Planning Directorate", "Roads Directorate", "Social Development Directorate", "Housing Directorate", "Correspondence"},
		},
		{
			name: "labelled items taken 7, 5, 4, 6, one title closed by a full stop",
			text: head + "Item 1: Minutes\n\nThe minutes were agreed.\n\n" +
				"Item 2: Matters Arising\n\nThere were no matters arising.\n\nIt was agreed to take Item 7 next.\n\n" +
				"Item 7: Notice of Motion submitted by Cllr Quinn\n\nThe motion on bus lanes was agreed.\n\nIt was agreed to take Item 5 next.\n\n" +
				"Item 5: Report from the Housing Team\n\nThe Housing Officer reported on the waiting list.\n\n" +
				"Item 4: Review of the Traveller Accommodation Programme 2024-2028.\n\nThe Senior Officer outlined the review.\n\n" +
				"Item 6: Allocations Policy\n\nThe draft policy was agreed.\n\n" +
				"Item 8: Work Plan\n\nThe work plan was agreed.\n",
			numbers: []string{"1", "2", "7", "5", "4", "6", "8"},
			titles:  []string{"Minutes", "Matters Arising", "Notice of Motion submitted by Cllr Quinn", "Report from the Housing Team", "Review of the Traveller Accommodation Programme 2024-2028", "Allocations Policy", "Work Plan"},
			keep:    map[string]string{"4": "outlined the review"},
		},
		{
			name: "body lines opening with numbers: resolutions, a list, an address, an amount",
			text: head + "1. Minutes\n\nThe minutes were agreed.\n\n" +
				"2. Housing Allocations\n\nThe Housing Officer reported that\n7 Mill Street, Bramley\nhad been let. It was resolved:\n\n1. That the report be noted.\n\n2. That a further report be brought in June.\n\n" +
				"3. Capital Programme\n\nThe works listed were:\n1. Footpaths\n2. Lighting\n3. Drainage\n\n4,500 was allocated to the drainage works.\n\n" +
				"5. Correspondence\n\nA letter from the Rivers Trust was read.\n",
			numbers: []string{"1", "2", "3", "5"},
			titles:  []string{"Minutes", "Housing Allocations", "Capital Programme", "Correspondence"},
			keep:    map[string]string{"2": "further report", "3": "Drainage"},
		},
		{
			name: "a question in bold capitals set a line apart, between numbered items",
			text: head + "**1. MINUTES**\n\nThe minutes were agreed.\n\n" +
				"**2. QUESTION SUBMITTED BY COUNCILLOR OWEN:**\n\n" +
				"**'I WILL ASK AT THE NEXT MEETING WHAT MEASURES ARE BEING TAKEN TO ENSURE THAT THE**\n\n" +
				"**STREETS OF THE TOWN CENTRE ARE CLEANED EVERY MORNING BEFORE THE MARKET OPENS FOR**\n\n" +
				"**THE TRADERS**\n\nThe Officer replied that a new rota had started.\n\n" +
				"**3. QUESTION SUBMITTED BY COUNCILLOR PRICE:**\n\n**'WHEN WILL THE BUS SHELTER AT THE SQUARE BE REPLACED?'**\n\nThe Officer replied that it was ordered.\n\n" +
				"**4. CORRESPONDENCE**\n\nNo correspondence was received.\n",
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Minutes", "Question Submitted by Councillor Owen", "Question Submitted by Councillor Price", "Correspondence"},
			keep:    map[string]string{"2": "new rota"},
		},
		{
			name: "a motion in bold capitals set a line apart, its lines read as headings of the same look",
			text: head + "**1. MINUTES**\n\nThe minutes were agreed.\n\n" +
				"**2. NOTICE OF MOTION SUBMITTED BY COUNCILLOR OWEN**\n\n" +
				"**'I MOVE THAT THIS COUNCIL WRITES TO THE MINISTER FOR TRANSPORT TO SEEK THE FUNDING**\n\n" +
				"**FOR A NEW BUS SHELTER IN THE SQUARE AND FOR THE REPAIR OF THE SHELTER AT THE STATION**\n\n" +
				"**ROAD JUNCTION**\n\nThe motion was agreed.\n\n" +
				"**3. NOTICE OF MOTION SUBMITTED BY COUNCILLOR PRICE**\n\n**'I MOVE THAT THE MARKET BE HELD ON SATURDAYS.'**\n\nThe motion was agreed.\n\n" +
				"**4. CORRESPONDENCE**\n\nNo correspondence was received.\n",
			numbers: []string{"1", "2", "3", "4"},
			titles:  []string{"Minutes", "Notice of Motion Submitted by Councillor Owen", "Notice of Motion Submitted by Councillor Price", "Correspondence"},
			keep:    map[string]string{"2": "ROAD JUNCTION"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := parseLines(readLines(tt.text))
			var numbers, titles []string
			texts := map[string]string{}
			for _, it := range m.Items {
				numbers = append(numbers, it.Number)
				titles = append(titles, it.Title)
				texts[it.Number] += it.Agenda + "\n" + it.Text
			}
			checkNumbersTitles(t, numbers, titles, tt.numbers, tt.titles)
			for num, words := range tt.keep {
				if !strings.Contains(texts[num], words) {
					t.Errorf("item %s lacks %q: %q", num, words, texts[num])
				}
			}
		})
	}
}

// TestColonHeading checks which lines closed by a colon read as titles.
func TestColonHeading(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"HUNT MUSEUM:", true},
		{"Question submitted by Councillor Ryan :", true},
		{"Notice of Motion submitted by Cllr Ash:", true},
		{"Harbour Board:", true},
		{"Any other business:-", true},
		{"The following were nominated:", false},
		{"It was agreed as follows:", false},
		{"Members noted the following:", false},
		{"the report was noted:", false},
		{"Harbour Board", false}, // no colon: judged as any title
		{"Representatives of the council on the board of the harbour trust for the coming three years were:", false},
	}
	for _, tt := range tests {
		if got := colonHeading(tt.s, 15); got != tt.want {
			t.Errorf("colonHeading(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestWrappedOn checks that a line going on from a long line with no
// stop at its end is read as that paragraph's next line, not a heading.
func TestWrappedOn(t *testing.T) {
	long := "I MOVE THAT THIS COUNCIL WRITES TO THE MINISTER FOR TRANSPORT TO SEEK THE FUNDING"
	tests := []struct {
		above string
		want  bool
	}{
		{long, true},
		{long + ".", false},
		{long + "’", false},
		{long + ":", false},
		{"Roads Programme", false}, // a short line above: a heading may follow
	}
	for _, tt := range tests {
		ls := readLines(tt.above + "\n\nOF A NEW BUS SHELTER\n")
		i := len(ls) - 1
		for ls[i].Text == "" {
			i--
		}
		if got := wrappedOn(ls, i); got != tt.want {
			t.Errorf("wrappedOn after %q = %v, want %v", tt.above, got, tt.want)
		}
	}
}
