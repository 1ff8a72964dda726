package moderngov

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// checkGolden compares m, as indented JSON, with testdata/golden/name.
func checkGolden(t *testing.T, name string, m schema.Meeting) {
	t.Helper()
	got, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

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
			checkGolden(t, strings.TrimSuffix(filepath.Base(f), ".xml")+".json", m)
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
			checkGolden(t, strings.TrimSuffix(filepath.Base(f), ".html")+".json", m)
		})
	}
}
