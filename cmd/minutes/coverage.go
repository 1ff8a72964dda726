package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/councilminutes/minutes/research"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/coverage"
	"github.com/councilminutes/minutes/search/schema"
)

// runCoverage answers `minutes coverage`: per council, committee and year,
// how many meetings are indexed, where the record has gaps, which files
// failed, and which years are too thin to compare.
func runCoverage(ctx context.Context, e *env, args []string) error {
	var (
		indexDir, corpusDir, council string
		asJSON                       bool
	)
	fs := flag.NewFlagSet("coverage", flag.ContinueOnError)
	fs.StringVar(&indexDir, "index", "./data/minutes.bleve", "index folder")
	fs.StringVar(&corpusDir, "corpus", "./corpus", "corpus folder whose manifest lists the meetings councils publish")
	fs.StringVar(&council, "council", "", "only this council (slug)")
	fs.BoolVar(&asJSON, "json", false, "print the coverage as JSON, as /api/councils/{slug}/coverage does (a list)")
	if err := parseNoArgs(fs, e, args); err != nil {
		return err
	}
	if council != "" && schema.Slug(council) != council {
		return fmt.Errorf("%w: --council: %q is not a slug (did you mean %q?)", errUsage, council, schema.Slug(council))
	}
	// outside the repository ./corpus is not there: the corpus the index
	// was built from, as for search
	corpusDir = indexCorpus(fs, corpusDir, indexDir)
	ix, err := search.Open(indexDir, searchOptions(corpusDir, e.log))
	if err != nil {
		if errors.Is(err, search.ErrLocked) {
			return fmt.Errorf("index %s is held by a running server; %s: %w", indexDir, askServerCoverage(indexDir, council), err)
		}
		return fmt.Errorf("open index %s (run `minutes index` first?): %w", indexDir, err)
	}
	defer ix.Close()
	if council != "" {
		if _, err := ix.Council(ctx, council); err != nil {
			return fmt.Errorf("%w: --council: %v", errUsage, err)
		}
	}
	covs, err := research.Coverage(ctx, ix, indexDir, corpusDir, council)
	if err != nil {
		return err
	}
	if covs == nil {
		covs = []coverage.CouncilCoverage{}
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(covs)
	}
	return coverage.WriteTable(e.stdout, covs)
}

// askServerCoverage says how to ask the server holding an index for
// coverage instead, at the address it noted beside the index.
func askServerCoverage(indexDir, council string) string {
	data, err := os.ReadFile(serverFile(indexDir))
	base := strings.TrimSpace(string(data))
	if err != nil || !strings.HasPrefix(base, "http") {
		return "ask the server that holds it (GET /api/councils/SLUG/coverage on its address)"
	}
	return "ask it instead: curl " + base + "/api/councils/" + cmp.Or(council, "SLUG") + "/coverage"
}
