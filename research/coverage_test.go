package research

import (
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

func TestReadByOCR(t *testing.T) {
	tests := []struct {
		warnings []string
		want     bool
	}{
		{nil, false},
		{[]string{"date inferred from the file name"}, false},
		{[]string{"no text layer; text read by OCR (tesseract), expect misread words"}, true},
	}
	for _, tt := range tests {
		if got := readByOCR(schema.Meeting{Warnings: tt.warnings}); got != tt.want {
			t.Errorf("readByOCR(%q) = %v, want %v", tt.warnings, got, tt.want)
		}
	}
}
