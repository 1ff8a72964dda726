package hashset

import (
	"math/rand/v2"
	"testing"
)

// TestSetAgreesWithMap adds hashes, some twice, across many folds and
// checks every answer against a map.
func TestSetAgreesWithMap(t *testing.T) {
	tests := []struct {
		name string
		adds int
		span uint64 // hashes drawn from [0, span): small spans repeat
	}{
		{"empty", 0, 1},
		{"one fold short", minRecent - 1, 1 << 62},
		{"many folds", 20 * minRecent, 1 << 62},
		{"repeats", 10 * minRecent, 3 * minRecent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tt.adds)))
			var s Set
			want := map[uint64]bool{}
			for range tt.adds {
				h := r.Uint64N(tt.span)
				s.Add(h)
				want[h] = true
			}
			if s.Len() != len(want) {
				t.Fatalf("Len %d, want %d", s.Len(), len(want))
			}
			for h := range want {
				if !s.Has(h) {
					t.Fatalf("added %d, Has says no", h)
				}
			}
			for range 10000 {
				h := r.Uint64N(tt.span)
				if s.Has(h) != want[h] {
					t.Fatalf("Has(%d) = %v, want %v", h, s.Has(h), want[h])
				}
			}
		})
	}
}
