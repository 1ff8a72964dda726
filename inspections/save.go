package inspections

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Save merges insps into the data file at path and writes it atomically
// (a temporary file and a rename). An inspection with the same council, kind
// and start date (or publication date, when the start is unknown) as one
// already in the file replaces it, so importing the same file twice changes
// nothing. The file is written sorted by council, date and kind. When the
// existing file does not load (a bad row), nothing is written.
func Save(path string, insps []Inspection) error {
	existing, err := Load(path)
	if err != nil {
		return fmt.Errorf("save inspections: %w", err)
	}
	merged := Merge(existing, insps)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(Columns); err != nil {
		return fmt.Errorf("save inspections %s: %w", path, err)
	}
	for _, in := range merged {
		rec := []string{in.Council, in.Kind, in.StartDate, in.PublicationDate, in.Judgement,
			in.Leaders, in.HelpAndProtection, in.InCare, in.CareLeavers, in.ReportURL, in.Source}
		if err := w.Write(rec); err != nil {
			return fmt.Errorf("save inspections %s: %w", path, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("save inspections %s: %w", path, err)
	}
	if err := writeAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("save inspections: %w", err)
	}
	return nil
}

// Merge returns old and new together without duplicates: an inspection of
// new replaces one of old with the same council, kind and date. The result
// is sorted by council, date and kind.
func Merge(old, new []Inspection) []Inspection {
	byKey := map[string]int{}
	var out []Inspection
	for _, list := range [][]Inspection{old, new} {
		for _, in := range list {
			if i, ok := byKey[key(in)]; ok {
				out[i] = in
				continue
			}
			byKey[key(in)] = len(out)
			out = append(out, in)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Council != b.Council {
			return a.Council < b.Council
		}
		if da, db := sortDate(a), sortDate(b); da != db {
			return da < db
		}
		return a.Kind < b.Kind
	})
	return out
}

func sortDate(in Inspection) string {
	if in.StartDate != "" {
		return in.StartDate
	}
	return in.PublicationDate
}

// writeAtomic writes data to path through a temporary file in the same
// folder and a rename, so that readers see the old file or the new one.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
