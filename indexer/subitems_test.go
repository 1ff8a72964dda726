package indexer

import (
	"fmt"
	"strings"
	"testing"
)

// paragraphs writes n paragraphs of a minute's prose, as Markdown made
// from a council's PDF lays it out: a line, a blank line, the next line.
func paragraphs(b *strings.Builder, topic string, n int) {
	for i := range n {
		fmt.Fprintf(b, "The Director outlined the position on %s, paragraph %d, and the Members\n\n", topic, i+1)
		b.WriteString("discussed the proposals at length, raising matters of funding, timing and the views\n\n")
		b.WriteString("of the residents concerned, to which the Director replied in detail.\n\n")
	}
}

// longMinutes is a full council's minutes whose third item, a
// directorate's report, runs to over subSplitWords words: its matters
// are lettered "(a)", "(b)", "(c)" on lines of their own, each with its
// title below, as the Limerick minutes print them.
func longMinutes(sub func(b *strings.Builder)) string {
	var b strings.Builder
	b.WriteString("MINUTES OF PROCEEDINGS AT MEETING OF EXAMPLE CITY AND COUNTY COUNCIL HELD ON MONDAY, 18TH JULY, 2016\n\n")
	b.WriteString("1.\n\nAdoption of Minutes\n\nProposed by Councillor Ryan;\n\nSeconded by Councillor Hayes;\n\nAnd Resolved:\n\n")
	b.WriteString("2.\n\nDisposal of Land\n\nCirculated, report of the Director dated 1st July, 2016, on the disposal of land at Mungret.\n\n")
	b.WriteString("3.\n\nSupport Services Directorate\n\n")
	sub(&b)
	b.WriteString("4.\n\nCorrespondence\n\nThe correspondence was noted.\n")
	return b.String()
}

// TestSplitLongItems cuts a long item at the lettered matters inside it:
// each becomes an item numbered "3(a)" and titled "<item>: <matter>", and
// no word is lost. Without the split the directorate's report is one
// item of over 3,000 words.
func TestSplitLongItems(t *testing.T) {
	text := longMinutes(func(b *strings.Builder) {
		for _, m := range []struct{ letter, title string }{
			{"a", "Filling of Casual Vacancy"},
			{"b", "Joint Policing Committee – Sectoral Nominations"},
			{"c", "Proposed Twinning Visit to Hohenlohe, Germany"},
		} {
			fmt.Fprintf(b, "(%s)\n\n%s\n\n", m.letter, m.title)
			paragraphs(b, strings.ToLower(m.title), 40)
		}
	})
	m, _, _ := parseLines(readLines(text))
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number+" "+it.Title)
	}
	want := []string{
		"1 Adoption of Minutes", "2 Disposal of Land",
		"3(a) Support Services Directorate: Filling of Casual Vacancy",
		"3(b) Support Services Directorate: Joint Policing Committee – Sectoral Nominations",
		"3(c) Support Services Directorate: Proposed Twinning Visit to Hohenlohe, Germany",
		"4 Correspondence",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	kept, err := keptText(m)
	if err != nil {
		t.Fatal(err)
	}
	if lost := lostWords(countWords(text), countWords(kept)); lost != "" {
		t.Errorf("words lost: %s", lost)
	}
}

// TestSplitLongItemsMissedNumbers makes items of the numbers inside a
// long item that the outer sequence could not take: notices of motion
// 12 to 14 printed after a long item 3 and before items 4 to 7, as a
// council's PDF may put its pages.
func TestSplitLongItemsMissedNumbers(t *testing.T) {
	text := longMinutes(func(b *strings.Builder) {
		paragraphs(b, "the standing orders", 130)
		for n, who := range []string{"S. Browne", "M. Collins", "L.M. Sheehy"} {
			fmt.Fprintf(b, "%d.\n\nNotice of Motion submitted by Councillor %s\n\n", 12+n, who)
			b.WriteString("“I will move at the next Meeting that the Council calls on the Minister to act.”\n\n")
		}
	})
	for n, title := range []string{"Conferences", "Question submitted by Councillor P. Keller", "Question submitted by Councillor J. Leddin"} {
		text += fmt.Sprintf("\n%d.\n\n%s\n\nThe report was noted by the Members present.\n", 5+n, title)
	}
	m, _, _ := parseLines(readLines(text))
	var got []string
	for _, it := range m.Items {
		got = append(got, it.Number)
	}
	if g := strings.Join(got, " "); g != "1 2 3 12 13 14 4 5 6 7" {
		t.Errorf("item numbers %s; want 1 2 3 12 13 14 4 5 6 7", g)
	}
}

// TestSplitLongItemsKeepsWhole leaves long items whole where their
// numbered lines are no matters of their own: a resolution's lettered
// clauses, which are sentences, and a pair of numbers (a table's rows,
// a list's two points).
func TestSplitLongItemsKeepsWhole(t *testing.T) {
	for name, sub := range map[string]func(b *strings.Builder){
		"clauses": func(b *strings.Builder) {
			b.WriteString("Budget Strategy\n\n")
			paragraphs(b, "the budget strategy", 130)
			b.WriteString("It was resolved that the Council:\n\n")
			for _, c := range []string{"a", "b", "c", "d"} {
				fmt.Fprintf(b, "(%s) notes the report of the Director and agrees to publish it with the figures of the year.\n\n", c)
			}
		},
		"two numbers": func(b *strings.Builder) {
			b.WriteString("Budget Strategy\n\n")
			paragraphs(b, "the budget strategy", 65)
			b.WriteString("(a)\n\nHousing Maintenance\n\n")
			paragraphs(b, "housing maintenance", 65)
			b.WriteString("(b)\n\nRoad Resurfacing\n\n")
			paragraphs(b, "road resurfacing", 10)
		},
	} {
		m, _, _ := parseLines(readLines(longMinutes(sub)))
		var got []string
		for _, it := range m.Items {
			got = append(got, it.Number)
		}
		if g := strings.Join(got, " "); g != "1 2 3 4" {
			t.Errorf("%s: item numbers %s; want 1 2 3 4", name, g)
		}
	}
}

func TestTrimNumber(t *testing.T) {
	for in, want := range map[string]string{"4.": "4", "4)": "4", "4:": "4", "4(a)": "4(a)", "12(ii)": "12(ii)", "(a)": "(a)", "a)": "a"} {
		if got := trimNumber(in); got != want {
			t.Errorf("trimNumber(%q) = %q; want %q", in, got, want)
		}
	}
}
