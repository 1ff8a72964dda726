package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSourcesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := LoadSources(dir)
	if err != nil || s.Run != nil || len(s.Councils) != 0 {
		t.Fatalf("a missing file: %+v, %v; want an empty one", s, err)
	}
	s.Run = &Run{Started: "2025-03-01T09:00:00Z", Committees: []string{"children"}, From: "2020"}
	s.Councils["barnet"] = Source{Name: "Barnet", Domain: "barnet.gov.uk", Site: "https://democracy.barnet.gov.uk",
		FoundBy: FoundByDomain, FetchCounts: FetchCounts{Stored: 3}, Run: "2025-03-01T09:00:00Z"}
	if err := s.Save(dir); err != nil {
		t.Fatal(err)
	}
	back, err := LoadSources(dir)
	if err != nil {
		t.Fatal(err)
	}
	if back.Run.Started != s.Run.Started || back.Councils["barnet"] != s.Councils["barnet"] {
		t.Errorf("read back %+v, wrote %+v", back, s)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestLoadSources(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"hand-written site", `{"councils": {"kent": {"site": "https://democracy.kent.gov.uk"}}}`, ""},
		{"not a slug", `{"councils": {"Kent County": {"site": "https://x"}}}`, `"Kent County" is not a council slug`},
		{"run without start", `{"run": {"from": "2020"}, "councils": {}}`, "the run has no start"},
		{"malformed", `{"councils": [`, "parse sources"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, SourcesFile), []byte(tc.text), 0o644)
			s, err := LoadSources(dir)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("LoadSources: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("LoadSources: %v, want an error saying %q", err, tc.want)
			case tc.want == "" && s.Councils["kent"].FoundBy != FoundByOperator:
				t.Errorf("a site written by hand is found by %q, want %q", s.Councils["kent"].FoundBy, FoundByOperator)
			}
		})
	}
}
