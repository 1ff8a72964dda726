package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestReadmeTourNamesEveryPackage: the README's tour of the packages lists
// exactly the packages `go list ./...` finds, so the map a newcomer reads
// first cannot drift from the code.
func TestReadmeTourNamesEveryPackage(t *testing.T) {
	root := filepath.Join("..", "..")
	out, err := exec.Command("go", "list", "-C", root, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var listed []string
	for _, line := range strings.Fields(string(out)) {
		_, rel, ok := strings.Cut(line, "/minutes/")
		if !ok {
			continue // the module root itself holds no package
		}
		listed = append(listed, rel)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	tour := tourSection(string(readme))
	if tour == "" {
		t.Fatal("README.md has no \"## A tour of the packages\" section")
	}
	named := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z0-9/]*[a-z0-9])/?` \\|").FindAllStringSubmatch(tour, -1) {
		named[m[1]] = true
	}
	var missing []string
	for _, p := range listed {
		if !named[p] {
			missing = append(missing, p)
		}
		delete(named, p)
	}
	for p := range named {
		if p != "corpus" { // the bundled data, a folder without Go code
			t.Errorf("README's tour names %s, which is not a package", p)
		}
	}
	sort.Strings(missing)
	for _, p := range missing {
		t.Errorf("README's tour does not name package %s", p)
	}
}

// tourSection returns the README's tour, up to the next second-level heading.
func tourSection(readme string) string {
	_, rest, ok := strings.Cut(readme, "## A tour of the packages\n")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}
