package research

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
)

// TestLoadRecordOverBuiltin checks how a corpus's own authorities.csv and
// inspections.csv lie over the record the program carries: without them
// the built-in record; a register replaces the built-in one whole (and
// keeps only its authorities' built-in inspections); an inspections file
// is merged over the built-in inspections, its row replacing a built-in
// one of the same council, kind and date.
func TestLoadRecordOverBuiltin(t *testing.T) {
	builtin := inspections.BuiltinInspections()
	var kentRows []string
	essex := 0
	for _, line := range strings.Split(readData(t, "inspections.csv"), "\n") {
		switch {
		case strings.HasPrefix(line, "kent,"):
			kentRows = append(kentRows, line)
		case strings.HasPrefix(line, "essex,"):
			essex++
		}
	}
	// Kent and Essex alone, each the other's only neighbour.
	ownRegister := strings.Join(inspections.RegisterColumns, ",") + "\n"
	for _, line := range strings.Split(readData(t, "authorities.csv"), "\n") {
		for slug, neighbour := range map[string]string{"kent": "essex", "essex": "kent"} {
			if strings.HasPrefix(line, slug+",") {
				fields := strings.Split(line, ",")
				fields[slices.Index(inspections.RegisterColumns, "neighbours")] = neighbour
				ownRegister += strings.Join(fields, ",") + "\n"
			}
		}
	}
	if len(kentRows) == 0 || essex == 0 || strings.Count(ownRegister, "\n") != 3 {
		t.Fatal("the built-in record has no Kent or no Essex")
	}
	header := strings.Join(inspections.Columns, ",") + "\n"
	// Kent's first report, published on 2013-08-23, judged otherwise, and
	// an inspection the built-in record does not have.
	changed := strings.Replace(kentRows[0], ",not-recorded,", ",inadequate,", 1)
	added := "kent,focused-visit,2024-01-15,2024-03-01,,,,,,,a test's own source"
	ownInspections := header + changed + "\n" + added + "\n"
	for _, tc := range []struct {
		name               string
		files              map[string]string
		authorities, insps int
		kentFirstJudgement string
		kentInspections    int
	}{
		{"no files: the built-in record", nil, 153, len(builtin), "not-recorded", len(kentRows)},
		{"own inspections merged over the built-in", map[string]string{corpus.InspectionsFile: ownInspections},
			153, len(builtin) + 1, "inadequate", len(kentRows) + 1},
		{"own register replaces the built-in", map[string]string{corpus.AuthoritiesFile: ownRegister},
			2, len(kentRows) + essex, "not-recorded", len(kentRows)},
		{"both", map[string]string{corpus.AuthoritiesFile: ownRegister, corpus.InspectionsFile: ownInspections},
			2, len(kentRows) + essex + 1, "inadequate", len(kentRows) + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rec, err := LoadRecord(dir)
			if err != nil {
				t.Fatal(err)
			}
			if rec.Register.Len() != tc.authorities || len(rec.Inspections) != tc.insps {
				t.Errorf("%d authorities, %d inspections; want %d, %d",
					rec.Register.Len(), len(rec.Inspections), tc.authorities, tc.insps)
			}
			var kent []inspections.Inspection
			for _, in := range rec.Inspections {
				if in.Council == "kent" {
					kent = append(kent, in)
				}
			}
			if len(kent) != tc.kentInspections || kent[0].Judgement != tc.kentFirstJudgement {
				t.Errorf("Kent: %+v; want %d inspections, the first %s", kent, tc.kentInspections, tc.kentFirstJudgement)
			}
			if _, ok := rec.Register.Match("Kent County Council"); !ok {
				t.Error("Kent County Council matches no authority")
			}
		})
	}
}

// readData reads a file of the built-in record.
func readData(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "inspections", "data", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
