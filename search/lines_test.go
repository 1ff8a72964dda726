package search

import "testing"

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
	}
	for _, tt := range tests {
		if got := listLines(tt.text); got != tt.want {
			t.Errorf("%s: listLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}
