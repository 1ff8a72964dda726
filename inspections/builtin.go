package inspections

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// The record the program carries (data/INSPECTIONS.md says where it comes
// from, data/OFSTED-ILACS-LICENSE.txt under which licences): a corpus
// without its own authorities.csv or inspections.csv still knows England's
// children's services authorities and their inspections.
var (
	//go:embed data/authorities.csv
	builtinRegister []byte
	//go:embed data/inspections.csv
	builtinInspections []byte
)

// BuiltinRegister returns the register of authorities the program carries
// (data/authorities.csv), a new one at every call.
func BuiltinRegister() *Register {
	list, bad, err := readRegister(bytes.NewReader(builtinRegister), nil, true)
	if err != nil || len(bad) > 0 {
		panic(fmt.Sprintf("inspections: the built-in data/authorities.csv: %v %v", err, bad))
	}
	return NewRegister(list)
}

// BuiltinInspections returns the record of inspections the program
// carries (data/inspections.csv), a new slice at every call.
func BuiltinInspections() []Inspection {
	insps, bad, err := read(bytes.NewReader(builtinInspections), nil, true)
	if err != nil || len(bad) > 0 {
		panic(fmt.Sprintf("inspections: the built-in data/inspections.csv: %v %v", err, bad))
	}
	return insps
}

// LoadRegisterOrBuiltin reads the register file at path (LoadRegister);
// when there is none, it is the built-in register. A corpus's own
// register replaces the built-in one whole, as an imported register
// replaces the file.
func LoadRegisterOrBuiltin(path string) (*Register, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return BuiltinRegister(), nil
	}
	return LoadRegister(path)
}

// LoadOverBuiltin reads the data file at path (Load) and merges it over
// the built-in inspections of the authorities reg knows: a row of the file
// replaces a built-in one with the same council, kind and date (Merge), as
// an import merges into the file. Built-in inspections of councils reg
// does not know (a corpus with a register of its own) are left out.
func LoadOverBuiltin(path string, reg *Register) ([]Inspection, error) {
	own, err := Load(path)
	if err != nil {
		return nil, err
	}
	var base []Inspection
	for _, in := range BuiltinInspections() {
		if _, ok := reg.Get(in.Council); ok {
			base = append(base, in)
		}
	}
	return Merge(base, own), nil
}
