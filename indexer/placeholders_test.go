package indexer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImagePlaceholder checks which lines are a converter's mark for an
// image left out, and which only look alike.
func TestImagePlaceholder(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"(Image omitted)", true},
		{"[image]", true},
		{"[Image 3]", true},
		{"<!-- image -->", true},
		{"(Picture removed)", true},
		{"==> picture [612 x 792] intentionally omitted <==", true},
		{"(Figures in €m)", false},
		{"(Image omitted) see the chart below", false},
		{"Image omitted", false},
		{"(Chart of accounts to follow)", false},
		{"[Councillor Ryan]", false},
	}
	for _, tt := range tests {
		if got := imagePlaceholder.MatchString(tt.in); got != tt.want {
			t.Errorf("imagePlaceholder(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// TestCollapsePlaceholders extracts a budget meeting laid out as the
// Markdown made from a council's PDF is (a line of text, a blank line,
// and a placeholder for every drawn cell of the budget book's charts):
// the run of placeholders is kept once, so the item holds its text and
// not thousands of "(Image omitted)" lines, and no word of the text is
// lost. Without the collapse the item holds 3,000 placeholders.
func TestCollapsePlaceholders(t *testing.T) {
	var b strings.Builder
	b.WriteString("MINUTES OF PROCEEDINGS AT BUDGET MEETING OF EXAMPLE CITY COUNCIL HELD ON MONDAY, 6TH NOVEMBER, 2017\n\n")
	b.WriteString("1. Apologies\n\nApologies were received from Councillor Ryan.\n\n")
	b.WriteString("2. Draft Budget 2018\n\n")
	b.WriteString("The economic landscape is characterised by considerable uncertainty at present, particularly\n\n")
	b.WriteString("on the external front.\n\n")
	for range 3000 {
		b.WriteString("(Image omitted)\n")
	}
	b.WriteString("\n**Analysis of Expenditure Requirements 2018**\n\n")
	b.WriteString("The total estimated expenditure included in the Draft Budget amounts to €561.3 million.\n\n")
	b.WriteString("(Image omitted)\n\n(Image omitted)\n\n")
	b.WriteString("3. Adoption of the Budget\n\nIt was proposed by Councillor Ryan, seconded by Councillor Hayes and agreed.\n")
	path := filepath.Join(t.TempDir(), "budget.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Extract(context.Background(), path, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, it := range m.Items {
		if len(it.Text) > 2000 {
			t.Errorf("item %s %q holds %d characters", it.Number, it.Title, len(it.Text))
		}
		all.WriteString(it.Title + "\n" + it.Text + "\n")
	}
	text := all.String()
	if n := strings.Count(text, "(Image omitted)"); n != 2 {
		t.Errorf("the items hold %d placeholders; want one per run, 2", n)
	}
	for _, w := range []string{"uncertainty", "external", "Analysis", "€561.3", "Hayes"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q lost from the items", w)
		}
	}
}
