package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/inspections"
	"github.com/councilminutes/minutes/internal/terminal"
)

// errBadRows marks an import that left some rows out; the good ones are
// saved all the same.
var errBadRows = errors.New("bad rows left out")

// runInspections answers `minutes inspections import FILE`.
func runInspections(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "import" {
		return fmt.Errorf("%w: want `minutes inspections import FILE [--corpus DIR] [--map ours=theirs]...`", errUsage)
	}
	return runInspectionsImport(ctx, e, args[1:])
}

// runInspectionsImport validates every row of a CSV file of inspections,
// lists the bad ones by line number, and merges the good ones into the
// corpus's inspections.csv. Bad rows do not stop the good ones being
// saved, but make the exit status 1 so that scripts notice.
func runInspectionsImport(_ context.Context, e *env, args []string) error {
	var (
		corpusDir string
		maps      multiFlag
		dryRun    bool
	)
	fs := flag.NewFlagSet("inspections import", flag.ContinueOnError)
	fs.StringVar(&corpusDir, "corpus", "./corpus", "corpus folder whose inspections.csv to merge into")
	fs.Var(&maps, "map", "ours=theirs: the column of the file holding one of ours (repeatable); ours==TEXT puts TEXT in every row")
	fs.BoolVar(&dryRun, "dry-run", false, "check the file and report, without saving")
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
		return fmt.Errorf("import inspections: %w", err)
	}
	defer f.Close()
	insps, bad, err := inspections.Import(f, mapping)
	if err != nil {
		return fmt.Errorf("import inspections %s: %w", file, err)
	}
	councils, err := corpus.LoadCouncils(corpusDir)
	if err != nil {
		return err
	}
	known, unknown := inspections.ResolveCouncils(insps, councils)
	for _, b := range bad {
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", terminal.Escape(file), b.Line, terminal.Escape(b.Message))
	}
	for _, u := range unknown {
		fmt.Fprintf(e.stderr, "%s: council %q is not in %s: its rows are left out\n", terminal.Escape(file), u, corpus.CouncilsFile)
	}
	target := filepath.Join(corpusDir, corpus.InspectionsFile)
	if !dryRun && len(known) > 0 {
		if err := inspections.Save(target, known); err != nil {
			return err
		}
	}
	verb := "merged into"
	if dryRun {
		verb = "checked (dry run), not saved to"
	}
	fmt.Fprintf(e.stdout, "%d inspection(s) %s %s; %d bad row(s), %d row(s) of unknown councils left out\n",
		len(known), verb, target, len(bad), len(insps)-len(known))
	if len(bad) > 0 || len(unknown) > 0 {
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
