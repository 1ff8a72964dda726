package indexer

import "testing"

// TestReadHeaderCouncil checks the council named by a line of the header:
// councils, authorities that sit as one, and councils named in Welsh,
// where a line in English wins.
func TestReadHeaderCouncil(t *testing.T) {
	tests := []struct {
		name, text, council string
	}{
		{"county council", "HALDERSHIRE COUNTY COUNCIL\nCABINET\n", "Haldershire County Council"},
		{"combined authority", "Northvale Combined Authority\nCombined Authority Board\n", "Northvale Combined Authority"},
		{"fire authority", "MARLSHIRE AND BRACKLEY COMBINED FIRE AUTHORITY\n", "Marlshire and Brackley Combined Fire Authority"},
		{"national park", "Dunmoor National Park Authority\nPlanning Committee\n", "Dunmoor National Park Authority"},
		{"not an authority's name", "The local planning authority\n", ""},
		{"Welsh only", "CYNGOR TREF LLANARTHEN\nCofnodion\n", "Cyngor Tref Llanarthen"},
		{"Welsh then English", "CYNGOR CYMUNED LLANGYNFELYN A'R BORTH FACH\nLLANGYNFELYN AND BORTH FACH COMMUNITY COUNCIL\n",
			"Llangynfelyn and Borth Fach Community Council"},
		{"a sentence about a council", "Cyngor Sir Ceredigion has not replied about the pothole near the bridge on the main road\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if h := readHeader(readLines(tt.text)); h.Council != tt.council {
				t.Errorf("council %q, want %q", h.Council, tt.council)
			}
		})
	}
}
