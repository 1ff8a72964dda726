package moderngov

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// addSeeds adds the files matching pattern to the fuzz corpus.
func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzParseMeeting(f *testing.F) {
	addSeeds(f, "testdata/site/*.xml")
	f.Add([]byte(`<meeting><agendaitem><minutesnonemptyhtmlbody><p>RESOLVED<br>x</p></minutesnonemptyhtmlbody></agendaitem></meeting>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseMeeting(bytes.NewReader(data))
		if err != nil {
			return
		}
		if m.Date != "" {
			if _, err := time.Parse(dateLayout, m.Date); err != nil {
				t.Errorf("date %q is not YYYY-MM-DD", m.Date)
			}
		}
		for _, it := range m.Items {
			if it.Title == "" && it.Agenda == "" && it.Text == "" {
				t.Errorf("empty item kept")
			}
			if it.Decisions == nil {
				t.Errorf("nil decisions")
			}
			if !utf8.ValidString(it.Text) || !utf8.ValidString(it.Title) {
				t.Errorf("invalid UTF-8 in item %q", it.Title)
			}
		}
	})
}

func FuzzParseDocumentsPage(f *testing.F) {
	addSeeds(f, "testdata/htmlsite/*.html")
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseDocumentsPage(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ParseDocumentsPage never fails on in-memory input: %v", err)
		}
		for _, it := range m.Items {
			if it.Decisions == nil {
				t.Errorf("nil decisions")
			}
		}
	})
}
