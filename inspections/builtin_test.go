package inspections

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestBuiltinRecord checks the record the program carries: the register's
// 153 authorities and the 497 inspections, each sourced and each of an
// authority of the register, as the files of data/ hold them.
func TestBuiltinRecord(t *testing.T) {
	reg := BuiltinRegister()
	insps := BuiltinInspections()
	if reg.Len() != 153 || len(insps) != 497 {
		t.Fatalf("%d authorities, %d inspections; want 153, 497", reg.Len(), len(insps))
	}
	for _, in := range insps {
		if _, ok := reg.Get(in.Council); !ok || in.Source == "" {
			t.Errorf("inspection of an unknown council or without a source: %+v", in)
		}
	}
	fromFile, err := Load(filepath.Join("data", "inspections.csv"))
	if err != nil || !reflect.DeepEqual(fromFile, insps) {
		t.Errorf("the built-in inspections are not data/inspections.csv: %v", err)
	}
	regFile, err := LoadRegister(filepath.Join("data", "authorities.csv"))
	if err != nil || !reflect.DeepEqual(regFile.All(), reg.All()) {
		t.Errorf("the built-in register is not data/authorities.csv: %v", err)
	}
}

// TestLoadOverBuiltin checks that a missing file leaves the built-in
// record, and that a corpus's register keeps only its own authorities'
// built-in inspections.
func TestLoadOverBuiltin(t *testing.T) {
	dir := t.TempDir()
	reg, err := LoadRegisterOrBuiltin(filepath.Join(dir, "authorities.csv"))
	if err != nil || reg.Len() != 153 {
		t.Fatalf("no file: %d authorities, %v", reg.Len(), err)
	}
	insps, err := LoadOverBuiltin(filepath.Join(dir, "inspections.csv"), reg)
	if err != nil || len(insps) != 497 {
		t.Fatalf("no file: %d inspections, %v", len(insps), err)
	}
	kent, _ := reg.Get("kent")
	kent.Neighbours = nil
	insps, err = LoadOverBuiltin(filepath.Join(dir, "inspections.csv"), NewRegister([]Authority{kent}))
	if err != nil || len(insps) == 0 {
		t.Fatalf("Kent alone: %d inspections, %v", len(insps), err)
	}
	for _, in := range insps {
		if in.Council != "kent" {
			t.Errorf("an inspection of %s, not in the register", in.Council)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "inspections.csv"), []byte("council,kind\nkent,full\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOverBuiltin(filepath.Join(dir, "inspections.csv"), reg); err == nil {
		t.Error("a bad corpus file is not an error")
	}
}
