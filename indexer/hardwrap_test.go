package indexer

import (
	"strings"
	"testing"
)

// TestHardWrapTitle checks titles of plain text hard-wrapped at a fixed
// width onto the hanging indent where the item's text also starts: a
// wrapped title is read whole, a paragraph run in after its title and a
// title that fits its line are not joined to what follows.
func TestHardWrapTitle(t *testing.T) {
	const rule = "The widest line of this text sets its width, seventy-two characters.."
	tests := []struct {
		name, text, title string
	}{
		{"a title wrapped onto the indent, its text on the next line",
			rule + "\n\n12.  Proposed closure of the footpath between Mill Lane and the old\n     railway station car park\n     The Clerk reported the county's proposal.\n",
			"Proposed closure of the footpath between Mill Lane and the old railway station car park"},
		{"a title wrapped after a dash is not cut at it",
			rule + "\n\n14.  Parish grants - applications received under the small grants scheme\n     for the coming financial year\n     Four applications were approved.\n",
			"Parish grants - applications received under the small grants scheme for the coming financial year"},
		{"a title that fits its line",
			rule + "\n\n15.  Date of next meeting\n     Tuesday at 7pm in the hall.\n",
			"Date of next meeting"},
		{"a paragraph run in after its title is no wrapped title",
			rule + "\n\n16.  Police report - PCSO Grayson reported two thefts of heating oil from\n     farms on the fell road. Residents were asked to fit alarms to tanks.\n\n17.  Planning\n",
			"Police report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(tt.text)
			cs := findCandidates(ls, 0, len(ls))
			got := ""
			for _, c := range cs {
				if c.Number != "" && strings.HasPrefix(ls[c.Line].Text, c.Number) {
					got = c.Title
					break
				}
			}
			if got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
		})
	}
}

// TestBoldTitleAfterDash checks that a line set wholly in bold keeps the
// words after its dash as the title's end, while a plain line's text run
// in after a short title and a dash is still cut off.
func TestBoldTitleAfterDash(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{"bold: the title goes on", "**12. Tree preservation order – The Paddocks**\n\nThe order was supported.\n", "Tree preservation order – The Paddocks"},
		{"bold, a sentence after the dash", "**12. Apologies – Cllr Ash sent apologies.**\n\nNone.\n", "Apologies"},
		{"plain: text run in after the dash", "12. Matters arising – the bench is fixed\n\nNone.\n", "Matters arising"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(tt.text)
			got := ""
			for _, c := range findCandidates(ls, 0, len(ls)) {
				if c.Number == "12" {
					got = c.Title
				}
			}
			if got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
		})
	}
}
