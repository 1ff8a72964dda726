package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
)

// TestOfstedImportMatchesBundledFiles imports the register and the
// inspections from the originals in ../shared, with the arguments of
// corpus/tools/import-ofsted.sh, into an empty corpus, and checks that
// they give the built-in record (inspections/data: authorities.csv and
// inspections.csv) byte for byte: the built-in facts are the originals',
// checked by the import.
func TestOfstedImportMatchesBundledFiles(t *testing.T) {
	src := shared.Path(t, "data", "ofsted-ilacs")
	dir := t.TempDir()
	steps := []struct {
		args, file string
		code       int
		stdout     string
	}{
		// the three former authorities are refused: exit 1
		{"ofsted-ilacs-register.args", "Provider_data_lookup.csv", exitFail, "153 authorities saved"},
		{"ofsted-ilacs-history.args", "ofsted_csc_ilacs_history.csv", exitOK, "497 inspection(s) saved"},
	}
	for _, s := range steps {
		args := append([]string{"inspections", "import"}, readArgs(t, s.args)...)
		args = append(args, "--corpus", dir, filepath.Join(src, s.file))
		code, out, errs := run(t, args...)
		if code != s.code || !strings.Contains(out, s.stdout) {
			t.Fatalf("%s: exit %d\n%s%s", s.file, code, out, errs)
		}
	}
	for _, name := range []string{"authorities.csv", "inspections.csv"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "inspections", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("inspections/data/%s is not what the import of the originals gives: run corpus/tools/import-ofsted.sh", name)
		}
	}
}

// readArgs reads a file of corpus/tools: one argument a line, # comments.
func readArgs(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(bundledCorpus, "tools", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}
