package search

import "testing"

func TestRowTitle(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"a column's header over figures", "Adopted Budget 2018", "A - Housing & Building\n\n€35,445,918\n\n€29,398,146\n\nB - Road Transport & Safety", true},
		{"an amount in the title", "Limerick Community Games € 2,000.00", "Agreement was reached on the allocation of the fund to the groups named.", true},
		{"amounts in thousands", "Fire Service", "€100k\n\nTotal\n\n€2,227k\n\nTable 7 combined effect for 2019 of the LPT increase", true},
		{"a title over prose", "Budget 2015", "In presenting the Annual Budget for the year ending 31st December, 2015, to Council, I wish to summarise.", false},
		{"a lettered sub-item and its heading", "Economic Development and Planning", "(a)\n\nDevelopment Contribution Scheme 2015\n\nCirculated, report of the Director, Economic Development and Planning, dated 15th May.", false},
		{"grants under a subject", "General Municipal Allocation", "The Members agreed the grants below.\nCastleconnell Boat Club\n€500", false},
	}
	for _, tt := range tests {
		if got := rowTitle(tt.title, tt.text, listLines(tt.text)); got != tt.want {
			t.Errorf("%s: rowTitle(%q) = %v, want %v", tt.name, tt.title, got, tt.want)
		}
	}
}
