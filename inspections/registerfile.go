package inspections

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
)

// RegisterColumns are the register file's columns, in the order
// SaveRegister writes them. Lists (other_names, neighbours) are separated
// by ";".
var RegisterColumns = []string{"slug", "name", "other_names", "urn", "la_code", "ons_code", "region", "type",
	"domain", "population_0_25", "neighbours", "source"}

// registerRequired are the columns a register must have (or be given as
// constants).
var registerRequired = []string{"name", "la_code", "ons_code", "region", "type", "population_0_25", "neighbours", "source"}

// LoadRegister reads and validates a register file written in our own
// columns. A missing file is an empty register (nil); any bad row is an
// error naming the file and the line.
func LoadRegister(path string) (*Register, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load register: %w", err)
	}
	defer f.Close()
	list, bad, err := readRegister(f, nil, true)
	if err != nil {
		return nil, fmt.Errorf("load register %s: %w", path, err)
	}
	if len(bad) > 0 {
		errs := make([]error, 0, len(bad))
		for _, b := range bad {
			errs = append(errs, fmt.Errorf("%s:%w", path, b))
		}
		return nil, fmt.Errorf("load register %s: %d bad rows: %w", path, len(bad), errors.Join(errs...))
	}
	return NewRegister(list), nil
}

// SaveRegister writes a register file atomically, replacing the old one:
// a register is imported whole, never merged. Authorities are written
// sorted by slug.
func SaveRegister(path string, list []Authority) error {
	list = append([]Authority(nil), list...)
	sort.Slice(list, func(i, j int) bool { return list[i].Slug < list[j].Slug })
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(RegisterColumns)
	for _, a := range list {
		_ = w.Write([]string{a.Slug, a.Name, strings.Join(a.OtherNames, "; "), a.URN, a.LACode, a.ONSCode,
			a.Region, a.Type, a.Domain, strconv.Itoa(a.Population0to25), strings.Join(a.Neighbours, "; "), a.Source})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("save register %s: %w", path, err)
	}
	if err := writeAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("save register: %w", err)
	}
	return nil
}
