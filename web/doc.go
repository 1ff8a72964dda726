// Package web serves minutes over HTTP: the JSON API described in API.md
// (/api/...), CSV and Atom exports, the source files of the corpus
// (/source/...), and server-rendered HTML pages for people (/, /items/{id},
// /meetings/{id}, /councils, /compare, /help).
//
// It programs only against the search.Searcher interface: New takes a
// Config with the Searcher and returns an http.Handler. Routes are listed
// in routes.go, with the paths of the pages and files they serve: every
// link is made there, from the IDs, slugs and file paths search hands
// back. The JSON answers are this package's types (json_search.go,
// json_council.go: SearchAnswer, ItemJSON, MeetingJSON, CouncilJSON,
// CompareAnswer, ...), each built from search's plain values in one
// function there, links included; `minutes search --json` prints
// SearchJSON too. Handlers return (result, error) and respond.go writes
// every response and maps errors to statuses in one place. Templates, CSS and the small
// script are embedded, so the pages work offline.
//
// An optional ContextProvider (Config.Context) adds what researchers need
// to read the figures fairly: each council's coverage (a year x committee
// grid with gaps, failed files and thin years, and
// /api/councils/{slug}/coverage), its inspections, sourced and "from
// minutes" apart (a timeline, a table of judgements and
// /api/councils/{slug}/inspections), and thin marks on compare cells.
//
// Ofsted's context (inspection-relative links, the inspections section,
// the compare with statistical neighbours) is shown only for councils of
// the register of children's services authorities (search.Council.Register)
// or with inspections recorded. The council-choosing filters (region=,
// type=, neighbours_of=, moved=, the sub-judgements) are read in
// params_cohort.go.
package web
