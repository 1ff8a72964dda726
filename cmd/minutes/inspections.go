package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/terminal"
	"github.com/councilminutes/minutes/research"
)

// errBadRows marks an import that left some rows out; the good ones are
// saved all the same.
var errBadRows = errors.New("bad rows left out")

// runInspections answers `minutes inspections import FILE`.
func runInspections(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "import" {
		return fmt.Errorf("%w: want `minutes inspections import [--register] FILE [--corpus DIR] [--map ours=theirs]...`", errUsage)
	}
	return runInspectionsImport(ctx, e, args[1:])
}

// runInspectionsImport validates every row of a CSV file of inspections
// (or, with --register, of authorities), lists the bad ones by line
// number, and saves the good ones into the corpus: inspections are merged
// into its inspections.csv, a register replaces its authorities.csv (both
// read over the record the program carries: research.LoadRecord). Bad rows do
// not stop the good ones being saved, but make the exit status 1 so that
// scripts notice.
func runInspectionsImport(_ context.Context, e *env, args []string) error {
	var (
		corpusDir        string
		maps             multiFlag
		dryRun, register bool
	)
	fs := flag.NewFlagSet("inspections import", flag.ContinueOnError)
	fs.StringVar(&corpusDir, "corpus", "./corpus", "corpus folder whose inspections.csv (or authorities.csv) to write")
	fs.Var(&maps, "map", "ours=theirs: the column of the file holding one of ours (repeatable); ours==TEXT puts TEXT in every row")
	fs.BoolVar(&dryRun, "dry-run", false, "check the file and report, without saving")
	fs.BoolVar(&register, "register", false, "FILE is a register of children's services authorities, not inspections")
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("%w: want one FILE to import, got %d", errUsage, len(rest))
	}
	mapping, err := parseMapping(maps)
	if err != nil {
		return err
	}
	file := rest[0]
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	importFile, what := research.ImportInspections, "inspection(s)"
	if register {
		importFile, what = research.ImportRegister, "authorities"
	}
	rep, err := importFile(corpusDir, f, mapping, dryRun)
	for _, b := range rep.Bad {
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", terminal.Escape(file), b.Line, terminal.Escape(b.Message))
	}
	if err != nil {
		return fmt.Errorf("import %s: %w", file, err)
	}
	for _, u := range rep.Unknown {
		fmt.Fprintf(e.stderr, "%s: council %q is in neither the register (%s) nor %s: its rows are left out\n",
			terminal.Escape(file), u, corpus.AuthoritiesFile, corpus.CouncilsFile)
	}
	verb := "saved to"
	if dryRun {
		verb = "checked (dry run), not saved to"
	}
	fmt.Fprintf(e.stdout, "%d %s %s %s; %d bad row(s)", rep.Kept, what, verb, rep.Target, len(rep.Bad))
	if !register {
		fmt.Fprintf(e.stdout, ", %d row(s) of unknown councils left out", rep.Left)
	}
	fmt.Fprintln(e.stdout)
	if len(rep.Bad) > 0 || len(rep.Unknown) > 0 {
		return fmt.Errorf("%s: %w (see the lines above)", file, errBadRows)
	}
	return nil
}

// parseMapping reads --map ours=theirs values.
func parseMapping(maps []string) (map[string]string, error) {
	mapping := map[string]string{}
	for _, m := range maps {
		ours, theirs, ok := strings.Cut(m, "=")
		ours = strings.TrimSpace(ours)
		if !ok || ours == "" || theirs == "" {
			return nil, fmt.Errorf("%w: --map %q is not ours=theirs", errUsage, m)
		}
		if _, dup := mapping[ours]; dup {
			return nil, fmt.Errorf("%w: --map names %q twice", errUsage, ours)
		}
		mapping[ours] = theirs
	}
	return mapping, nil
}
