package indexer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkReportsFilesNotRead: a file the run does not read is reported
// by name with the reason, unless it is a hidden file of another format
// (.DS_Store); minutes.doc, minutes.rtf and ..notes.txt were passed over
// without a word, so their minutes were missing unnoticed.
func TestWalkReportsFilesNotRead(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"kent/cabinet/2023-01-05.pdf":  "",
		"kent/cabinet/2023-01-05.Txt":  "",
		"kent/cabinet/2023-02-05.doc":  ".doc",
		"kent/cabinet/2023-03-05.rtf":  ".rtf",
		"kent/cabinet/scan.JPG":        ".jpg",
		"kent/cabinet/notes":           "no file extension",
		"kent/cabinet/..weird...txt":   "hidden",
		"kent/cabinet/.2023-04-05.pdf": "hidden",
		"kent/cabinet/.DS_Store":       "-",
		"kent/.hidden/2023-01-05.txt":  "-",
		"manifest.json":                "-",
		"README.md":                    "-",
	}
	for rel := range files {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	found, skipped, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]bool{}
	for _, f := range found {
		read[f.Rel] = true
	}
	reasons := map[string]string{}
	for _, s := range skipped {
		reasons[s.Rel] = s.Reason
	}
	for rel, want := range files {
		switch want {
		case "":
			if !read[rel] {
				t.Errorf("%s: not read", rel)
			}
		case "-":
			if read[rel] || reasons[rel] != "" {
				t.Errorf("%s: read %v, reported %q; want it passed over quietly", rel, read[rel], reasons[rel])
			}
		default:
			if read[rel] || !strings.Contains(reasons[rel], want) {
				t.Errorf("%s: read %v, reported %q; want it reported as passed over (%s)", rel, read[rel], reasons[rel], want)
			}
		}
	}
}
