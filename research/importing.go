package research

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/inspections"
)

// ImportReport says what an import did.
type ImportReport struct {
	Target  string                 // the data file written (or that would be)
	Kept    int                    // rows saved
	Bad     []inspections.RowError // rows refused, by line
	Unknown []string               // councils no register or councils list knows (inspections only)
	Left    int                    // rows of unknown councils left out
}

// ImportInspections validates the inspections of a CSV file (see
// inspections.Import for mapping), resolves their councils against the
// corpus's record (the register, then councils.json) and, unless dryRun,
// merges the good rows into the corpus's inspections.csv.
func ImportInspections(corpusDir string, r io.Reader, mapping map[string]string, dryRun bool) (ImportReport, error) {
	rep := ImportReport{Target: filepath.Join(corpusDir, corpus.InspectionsFile)}
	insps, bad, err := inspections.Import(r, mapping)
	if err != nil {
		return rep, err
	}
	rec, err := LoadRecord(corpusDir)
	if err != nil {
		return rep, err
	}
	known, unknown := inspections.ResolveCouncils(insps, rec.Resolve)
	rep.Kept, rep.Bad, rep.Unknown, rep.Left = len(known), bad, unknown, len(insps)-len(known)
	if !dryRun && len(known) > 0 {
		if err := inspections.Save(rep.Target, known); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// ImportRegister validates a register of authorities in a CSV file (see
// inspections.ImportRegister) and, unless dryRun, writes the good rows as
// the corpus's authorities.csv, replacing it whole.
func ImportRegister(corpusDir string, r io.Reader, mapping map[string]string, dryRun bool) (ImportReport, error) {
	rep := ImportReport{Target: filepath.Join(corpusDir, corpus.AuthoritiesFile)}
	list, bad, err := inspections.ImportRegister(r, mapping)
	if err != nil {
		return rep, err
	}
	rep.Kept, rep.Bad = len(list), bad
	if len(list) == 0 {
		return rep, fmt.Errorf("no authority of the file is valid: %s is left as it was", rep.Target)
	}
	if !dryRun {
		if err := inspections.SaveRegister(rep.Target, list); err != nil {
			return rep, err
		}
	}
	return rep, nil
}
