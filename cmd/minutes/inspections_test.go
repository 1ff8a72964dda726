package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/inspections"
)

func TestInspectionsImport(t *testing.T) {
	dir := t.TempDir()
	councils, err := os.ReadFile(filepath.Join(bundledCorpus, "councils.json"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "councils.json"), councils, 0o644)
	args := []string{"inspections", "import", filepath.Join("testdata", "import.csv"), "--corpus", dir,
		"--map", "council=Local authority", "--map", "kind=Inspection type", "--map", "start_date=Start",
		"--map", "publication_date=Published", "--map", "judgement=Overall effectiveness", "--map", "report_url=Link",
		"--map", "source==test import file, invented"}

	code, out, errs := run(t, append(args, "--dry-run")...)
	if code != exitFail || !strings.Contains(out, "dry run") {
		t.Errorf("dry run: exit %d: %s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "inspections.csv")); !os.IsNotExist(err) {
		t.Error("the dry run wrote the data file")
	}

	for round := 1; round <= 2; round++ { // importing twice changes nothing
		code, out, errs = run(t, args...)
		if code != exitFail {
			t.Errorf("round %d: exit %d, want %d (bad rows)", round, code, exitFail)
		}
		for _, want := range []string{"import.csv:4: ", `council "nowhere-council"`} {
			if !strings.Contains(errs, want) {
				t.Errorf("round %d: stderr lacks %q:\n%s", round, want, errs)
			}
		}
		if strings.Contains(errs, "import.csv:2:") || strings.Contains(errs, "import.csv:3:") || strings.Contains(errs, "import.csv:6:") {
			t.Errorf("good rows reported as bad:\n%s", errs)
		}
		if !strings.Contains(out, "3 inspection(s) saved") {
			t.Errorf("round %d: %s", round, out)
		}
		saved, err := inspections.Load(filepath.Join(dir, "inspections.csv"))
		if err != nil || len(saved) != 3 {
			t.Fatalf("round %d: saved %+v, %v", round, saved, err)
		}
		if saved[0].Council != "kent" || saved[0].Judgement != inspections.JudgementRequiresImprovement ||
			saved[1].Council != "luton" || saved[1].PublicationDate != "2020-02-26" || saved[1].Source != "test import file, invented" ||
			saved[2].Council != "middlesbrough" || saved[2].Judgement != inspections.JudgementNotRecorded {
			t.Errorf("round %d: saved %+v", round, saved)
		}
	}

	for _, bad := range [][]string{{"inspections"}, {"inspections", "export"}, {"inspections", "import"},
		{"inspections", "import", "x.csv", "--map", "nonsense"}} {
		if code, _, _ := run(t, bad...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitUsage)
		}
	}
	if code, _, errs := run(t, "inspections", "import", filepath.Join(t.TempDir(), "missing.csv"), "--corpus", dir); code != exitFail || !strings.Contains(errs, "missing.csv") {
		t.Errorf("missing file: exit %d: %s", code, errs)
	}
}
