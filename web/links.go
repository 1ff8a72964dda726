package web

import (
	"context"

	"github.com/councilminutes/minutes/inspections"
)

// linkedContext fills the links of the candidates mined from the minutes
// (each to its item's page) that the ContextProvider it wraps answers.
type linkedContext struct{ ContextProvider }

func (l linkedContext) Inspections(ctx context.Context, council string) ([]inspections.Inspection, []inspections.Candidate, error) {
	sourced, mined, err := l.ContextProvider.Inspections(ctx, council)
	for i := range mined {
		if mined[i].ItemID != "" {
			mined[i].URL = itemPath(mined[i].ItemID)
		}
	}
	return sourced, mined, err
}
