package pdftext

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/councilminutes/minutes/internal/golden"
)

// TestGolden keeps the full text of some fixtures under review: any change
// of layout, spacing, order or cleaning shows as a diff of a golden file.
func TestGolden(t *testing.T) {
	for _, fx := range fixtures {
		switch fx.name {
		case "kent", "luton", "twocolumn", "table", "hyphenated":
		default:
			continue
		}
		t.Run(fx.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), fx.pdf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", fx.name+".txt"), []byte(doc.Text))
		})
	}
}
