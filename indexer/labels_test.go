package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// TestReadNumberLabel checks that a number's label is cut from the number
// and given back as printed, in English and Welsh, and that words which
// only begin like a label are not one.
func TestReadNumberLabel(t *testing.T) {
	tests := []struct {
		line, number, said, rest string
	}{
		{"Item 6  Corporate Plan 2024-2028", "6", "Item", "Corporate Plan 2024-2028"},
		{"Min 23/145 Apologies for absence", "23/145", "Min", "Apologies for absence"},
		{"Min. No. 4  Apologies", "4", "Min. No.", "Apologies"},
		{"MIN NO 4 APOLOGIES", "4", "MIN NO", "APOLOGIES"},
		{"Minute No. 45 – Apologies", "45", "Minute No.", "Apologies"},
		{"Minute 2020/001  Apologies", "2020/001", "Minute", "Apologies"},
		{"Agenda Item 7: Budget", "7", "Agenda Item", "Budget"},
		{"Item No: 3 Finance", "3", "Item No", "Finance"},
		{"Eitem 3  Cofnodion y cyfarfod blaenorol", "3", "Eitem", "Cofnodion y cyfarfod blaenorol"},
		{"Cofnod 12: Cyllid", "12", "Cofnod", "Cyllid"},
		{"12. Finance", "12", "", "Finance"},
	}
	for _, tt := range tests {
		n, ok := readNumber(tt.line)
		if !ok {
			t.Errorf("readNumber(%q): no number", tt.line)
			continue
		}
		if n.Number != tt.number || n.Said != tt.said || n.Label != (tt.said != "") || n.Rest != tt.rest {
			t.Errorf("readNumber(%q) = number %q said %q label %v rest %q; want %q %q %q", tt.line, n.Number, n.Said, n.Label, n.Rest, tt.number, tt.said, tt.rest)
		}
	}
	for _, line := range []string{"Cofnodion y cyfarfod", "Items 4 and 5 were taken together", "Minutes 12 and 13"} {
		if n, ok := readNumber(line); ok {
			t.Errorf("readNumber(%q) = %+v; want no number", line, n)
		}
	}
}

// TestNumberLabelKept checks, through Extract, that an item whose number
// is printed with a label keeps the number alone (for its ID and its
// place in the sequence) and its title as printed, and that the label's
// words stay searchable: the printed "Label number" heads the item's
// agenda text.
func TestNumberLabelKept(t *testing.T) {
	tests := []struct {
		name, file, text string
		numbers, titles  []string
		agenda           []string // the head of each item's agenda text
	}{
		{
			name: "Item N",
			file: "notice.txt",
			text: "NORTH DENE DISTRICT COUNCIL\n\nCABINET DECISION NOTICE\n\nMeeting held on Wednesday 13 March 2024\n\n" +
				"Item 6  Corporate Plan\nDecision:\nThat the plan be adopted.\n\n" +
				"Item 7  Housing Policy\nDecision:\nThat the policy be approved.\n\n" +
				"Item 8  Leisure Centre\nDecision:\nThat the contract be awarded.\n",
			numbers: []string{"6", "7", "8"},
			titles:  []string{"Corporate Plan", "Housing Policy", "Leisure Centre"},
			agenda:  []string{"Item 6", "Item 7", "Item 8"},
		},
		{
			name: "Min council-year references",
			file: "parish.txt",
			text: "ASHLEY PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 5 March 2024\n\n" +
				"Min 23/145 Apologies for absence\nCllr Smith sent apologies.\n\n" +
				"Min 23/146 Declarations of interest\nNone were made.\n\n" +
				"Min 23/147 Finance\nThe payments were approved.\n",
			numbers: []string{"23/145", "23/146", "23/147"},
			titles:  []string{"Apologies for absence", "Declarations of interest", "Finance"},
			agenda:  []string{"Min 23/145", "Min 23/146", "Min 23/147"},
		},
		{
			name: "Min. No.",
			file: "old.txt",
			text: "ASHLEY PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 5 March 2024\n\n" +
				"Min. No. 4  Apologies\nCllr Smith sent apologies.\n\n" +
				"Min. No. 5  Declarations of interest\nNone were made.\n\n" +
				"Min. No. 6  Finance\nThe payments were approved.\n\n" +
				"Min. No. 7  Highways\nThe clerk reported potholes.\n",
			numbers: []string{"4", "5", "6", "7"},
			titles:  []string{"Apologies", "Declarations of interest", "Finance", "Highways"},
			agenda:  []string{"Min. No. 4", "Min. No. 5", "Min. No. 6", "Min. No. 7"},
		},
		{
			name: "Welsh Eitem",
			file: "cymuned.txt",
			text: "CYNGOR CYMUNED LLANFAIR\n\nCofnodion cyfarfod a gynhaliwyd nos Lun 4 Mawrth 2024\n\n" +
				"Eitem 1  Ymddiheuriadau\nDerbyniwyd ymddiheuriadau gan y Cynghorydd Jones.\n\n" +
				"Eitem 2  Datgan buddiant\nDim.\n\n" +
				"Eitem 3  Cyllid\nCytunwyd i dalu'r biliau.\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Ymddiheuriadau", "Datgan buddiant", "Cyllid"},
			agenda:  []string{"Eitem 1", "Eitem 2", "Eitem 3"},
		},
		{
			name: "Welsh Cofnod",
			file: "tref.txt",
			text: "CYNGOR TREF LLANARTHEN\n\nCofnodion cyfarfod a gynhaliwyd nos Iau 12 Hydref 2023\n\n" +
				"Cofnod 12: Ymddiheuriadau\nDim.\n\n" +
				"Cofnod 13: Cofnodion\nCymeradwywyd y cofnodion.\n\n" +
				"Cofnod 14: Cyllid\nCytunwyd i dalu'r biliau.\n",
			numbers: []string{"12", "13", "14"},
			titles:  []string{"Ymddiheuriadau", "Cofnodion", "Cyllid"},
			agenda:  []string{"Cofnod 12", "Cofnod 13", "Cofnod 14"},
		},
		{
			name: "Markdown headings Item N:",
			file: "village.md",
			text: "# Hollow Parish Council\n\nMinutes of the meeting held on Monday 9 May 2016\n\n" +
				"### Item 1: Apologies\n\nNone.\n\n### Item 2: Planning\n\nNo objection.\n\n### Item 3: Finance\n\nApproved.\n",
			numbers: []string{"1", "2", "3"},
			titles:  []string{"Apologies", "Planning", "Finance"},
			agenda:  []string{"Item 1", "Item 2", "Item 3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			m, err := Extract(context.Background(), path, ExtractOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var numbers, titles, agenda []string
			for _, it := range m.Items {
				numbers = append(numbers, it.Number)
				titles = append(titles, it.Title)
				head, _, _ := strings.Cut(it.Agenda, "\n")
				agenda = append(agenda, head)
			}
			checkNumbersTitles(t, numbers, titles, tt.numbers, tt.titles)
			if strings.Join(agenda, "|") != strings.Join(tt.agenda, "|") {
				t.Errorf("agenda heads %q; want %q (the label's words kept)", agenda, tt.agenda)
			}
		})
	}
}

// TestAgendaContent checks that the labelled number heading an item's
// agenda text is left out of what topics read, and nothing else is.
func TestAgendaContent(t *testing.T) {
	tests := []struct {
		number, agenda, want string
	}{
		{"23/048", "Minute 23/048", ""},
		{"6", "Item 6\nTo adopt the plan.", "To adopt the plan."},
		{"4", "Min. No. 4\n(Item 2)", "(Item 2)"},
		{"3", "Eitem 3", ""},
		{"7", "Item 6\nTo adopt the plan.", "Item 6\nTo adopt the plan."},     // another item's number
		{"6", "6. To adopt the plan.", "6. To adopt the plan."},               // no label
		{"6", "Item 6 was deferred.\nNoted.", "Item 6 was deferred.\nNoted."}, // a sentence
	}
	for _, tt := range tests {
		if got := agendaContent(schema.Item{Number: tt.number, Agenda: tt.agenda}); got != tt.want {
			t.Errorf("agendaContent(%q, %q) = %q; want %q", tt.number, tt.agenda, got, tt.want)
		}
	}
}
