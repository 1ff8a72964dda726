package search

import (
	"errors"
	"strings"
	"testing"
)

// TestDateBoundYears: from and to outside the years the index can filter
// on are the caller's mistake, named, never an index error.
func TestDateBoundYears(t *testing.T) {
	tests := []struct {
		param, value string
		end, ok      bool
	}{
		{"from", "1678", false, true},
		{"to", "2261", true, true},
		{"to", "2261-12-31", true, true},
		{"from", "1677-12", false, false},
		{"from", "1000", false, false},
		{"to", "2262", true, false},
		{"to", "9999", true, false},
		{"to", "0000-01-01", true, false},
	}
	for _, tt := range tests {
		_, _, err := dateBound(tt.param, tt.value, tt.end)
		if tt.ok != (err == nil) {
			t.Errorf("dateBound(%s=%s) = %v, want ok %v", tt.param, tt.value, err, tt.ok)
		}
		if err != nil && (!errors.Is(err, ErrBadRequest) || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "bad request: "), tt.param+":")) {
			t.Errorf("dateBound(%s=%s): error %q does not name the parameter", tt.param, tt.value, err)
		}
		if _, err := filters(Request{From: tt.value}, true); tt.ok && !tt.end && err != nil {
			t.Errorf("filters(from=%s): %v", tt.value, err)
		}
	}
}
