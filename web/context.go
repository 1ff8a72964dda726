package web

import (
	"context"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/coverage"
)

// ContextProvider gives the context researchers need to read a council's
// figures: how complete its record is, and its inspections. It is optional
// (Config.Context): without it the pages and the API work, with no
// coverage, inspections or thin marks.
type ContextProvider interface {
	// Coverage is a council's coverage: meetings indexed per committee and
	// year, gaps, thin years and failed files. It returns an error wrapping
	// search.ErrNotFound for a council it does not know.
	Coverage(ctx context.Context, council string) (*coverage.CouncilCoverage, error)
	// Inspections are a council's sourced inspections (the data file) and,
	// apart, the candidates mined from its indexed minutes.
	Inspections(ctx context.Context, council string) (sourced []inspections.Inspection, mined []inspections.Candidate, err error)
}
