package pdftext

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

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
			golden := filepath.Join("testdata", "golden", fx.name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(doc.Text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if doc.Text != string(want) {
				t.Errorf("text of %s differs from %s; run go test -update and review the diff", fx.pdf, golden)
			}
		})
	}
}
