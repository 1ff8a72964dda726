package web

import (
	"context"
	"net/http"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/search/coverage"
)

// errNoContext answers the context endpoints of a server configured
// without a ContextProvider.
var errNoContext = &statusError{status: http.StatusNotFound, msg: "coverage and inspections are not available on this server"}

// apiCoverage answers GET /api/councils/{slug}/coverage.
func (s *Server) apiCoverage(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	return s.councilCoverage(ctx, pathVar(r, "slug"))
}

// apiInspections answers GET /api/councils/{slug}/inspections.
func (s *Server) apiInspections(r *http.Request) (any, error) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	return s.councilInspections(ctx, pathVar(r, "slug"))
}

// councilCoverage checks that the council exists, then asks the provider.
func (s *Server) councilCoverage(ctx context.Context, slug string) (*coverage.CouncilCoverage, error) {
	if s.context == nil {
		return nil, errNoContext
	}
	if _, err := s.search.Council(ctx, slug); err != nil {
		return nil, err
	}
	return s.context.Coverage(ctx, slug)
}

// councilInspections checks that the council exists, then asks the
// provider; the lists are never nil.
func (s *Server) councilInspections(ctx context.Context, slug string) (*InspectionsAnswer, error) {
	if s.context == nil {
		return nil, errNoContext
	}
	if _, err := s.search.Council(ctx, slug); err != nil {
		return nil, err
	}
	sourced, mined, err := s.context.Inspections(ctx, slug)
	if err != nil {
		return nil, err
	}
	res := &InspectionsAnswer{CouncilSlug: slug, Sourced: sourced, FromMinutes: mined}
	if res.Sourced == nil {
		res.Sourced = []inspections.Inspection{}
	}
	if res.FromMinutes == nil {
		res.FromMinutes = []inspections.Candidate{}
	}
	return res, nil
}
