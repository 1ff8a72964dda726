package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBundledDataFilesLoad(t *testing.T) {
	dir := filepath.Join("..", "..", "corpus")
	m, err := LoadManifest(dir)
	if err != nil || len(m.Files) != 5 {
		t.Fatalf("manifest: %v, %d files", err, len(m.Files))
	}
	for _, e := range m.Files {
		if _, err := os.Stat(filepath.Join(dir, e.Path)); err != nil {
			t.Errorf("manifest names %s: %v", e.Path, err)
		}
	}
	if cs, err := LoadCouncils(dir); err != nil || len(cs) < 5 {
		t.Fatalf("councils: %v, %d", err, len(cs))
	}
	if ts, err := LoadTopics(dir); err != nil || len(ts) < 15 {
		t.Fatalf("topics: %v, %d", err, len(ts))
	}
}

func TestResolveCouncilNames(t *testing.T) {
	cs, err := LoadCouncils(filepath.Join("..", "..", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, slug string }{
		{"KENT COUNTY COUNCIL", "kent"}, {"Kent", "kent"}, {"kent", "kent"}, {"Kent County Council", "kent"},
		{"Luton Borough Council", "luton"}, {"LUTON", "luton"}, {"Cheshire East", "cheshire-east"},
		{"Central Bedfordshire Council", "central-bedfordshire"},
	} {
		if c, ok := cs.Resolve(tc.name); !ok || c.Slug != tc.slug {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.name, c.Slug, ok, tc.slug)
		}
	}
	if _, ok := cs.Resolve("Cheshire West and Chester Council"); ok {
		t.Error("Cheshire West resolved to a known council")
	}
	name, slug := cs.Normalise("Royal Borough of Windsor and Maidenhead")
	if name != "Royal Borough of Windsor and Maidenhead" || slug != "windsor-and-maidenhead" {
		t.Errorf("Normalise unknown council = %q, %q", name, slug)
	}
}

func TestManifestErrorsAndRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m, err := LoadManifest(dir)
	if err != nil || len(m.Files) != 0 {
		t.Fatalf("missing manifest: %v, %v", m, err)
	}
	os.WriteFile(filepath.Join(dir, ManifestFile), []byte(`{"files": [`), 0o644)
	if _, err := LoadManifest(dir); err == nil || !strings.Contains(err.Error(), ManifestFile) {
		t.Errorf("malformed manifest: error %v does not name the file", err)
	}
	os.WriteFile(filepath.Join(dir, ManifestFile), []byte(`{"files": [{"council": "Kent"}]}`), 0o644)
	if _, err := LoadManifest(dir); err == nil || !strings.Contains(err.Error(), "no path") {
		t.Errorf("entry without a path: %v", err)
	}
	m = &Manifest{}
	m.Put(Entry{Path: "b/x.pdf", Council: "B"})
	m.Put(Entry{Path: "a/y.txt", Council: "A"})
	m.Put(Entry{Path: "b/x.pdf", Council: "B2"})
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	back, err := LoadManifest(dir)
	if err != nil || len(back.Files) != 2 || back.Files[0].Path != "a/y.txt" {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	if e, ok := back.Lookup("b/x.pdf"); !ok || e.Council != "B2" {
		t.Errorf("Put did not replace: %+v", e)
	}
}

func TestIsDataFile(t *testing.T) {
	for rel, want := range map[string]bool{
		"manifest.json": true, "councils.json": true, "README.md": true, "INSPECTIONS.md": true,
		".hidden": true, "kent/panel/2013-12-13.pdf": false, "notes.md": false, "kent/README.md": false,
	} {
		if got := IsDataFile(rel); got != want {
			t.Errorf("IsDataFile(%q) = %v, want %v", rel, got, want)
		}
	}
}

// TestBadEntriesAreLeftOut checks that a bad entry of topics.json or
// councils.json is reported with its file and line and the others kept,
// and that a file that cannot be parsed names its line.
func TestBadEntriesAreLeftOut(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, TopicsFile), []byte("[\n  {\"slug\": \"a\", \"terms\": [\"x\"]},\n  {\"slug\": \"b\"},\n  {\"slug\": \"c\", \"terms\": 3},\n  {\"slug\": \"d\", \"terms\": [\"y\"]}\n]\n"), 0o644)
	ts, err := LoadTopics(dir)
	if !IsBadEntries(err) || len(ts) != 2 || ts[0].Slug != "a" || ts[1].Slug != "d" {
		t.Fatalf("topics %v, error %v: want a and d kept", ts, err)
	}
	for _, want := range []string{TopicsFile + ":3: entry 2 needs a slug and terms", TopicsFile + ":4: entry 3 cannot be read"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	os.WriteFile(filepath.Join(dir, CouncilsFile), []byte("[\n  {\"slug\": \"a\", \"name\": \"A\"},\n  {\"slug\": \"b\" \"name\": \"B\"}\n]\n"), 0o644)
	if cs, err := LoadCouncils(dir); err == nil || IsBadEntries(err) || cs != nil || !strings.Contains(err.Error(), CouncilsFile+":3:") {
		t.Errorf("councils %v, error %v: want an error naming line 3", cs, err)
	}
}
