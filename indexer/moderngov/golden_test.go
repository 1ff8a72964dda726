package moderngov

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/golden"
)

func TestParseMeetingGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/site/meeting-*.xml")
	for _, f := range files {
		if strings.HasSuffix(f, "meeting-1004.xml") {
			continue // malformed on purpose
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			m, err := ParseMeeting(r)
			if err != nil {
				t.Fatalf("ParseMeeting: %v", err)
			}
			golden.CheckJSON(t, filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(f), ".xml")+".json"), m)
		})
	}
}

func TestParseDocumentsPageGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/htmlsite/documents-*.html")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			m, err := ParseDocumentsPage(r)
			if err != nil {
				t.Fatalf("ParseDocumentsPage: %v", err)
			}
			golden.CheckJSON(t, filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(f), ".html")+".json"), m)
		})
	}
}
