// Package schema holds the plain values that flow from extraction to indexing
// and out to the web layer: a Meeting with its Items, their decisions and
// people, the kinds of paper, and the rules that make stable, URL-safe
// identifiers.
//
// Meeting is the one meeting type from extraction to page: extraction
// produces it, the index stores it as its JSON (less its items' bodies,
// search/document.go), search hands it back inside search.MeetingDetail,
// and GET /api/meetings/{id} answers that same JSON (web.MeetingJSON
// embeds it). Its JSON names are therefore the stored record's: changing
// one changes both the index's records and the API. `minutes extract
// --json` has a shape of its own (cmd/minutes/extract.go).
//
// It is the lowest package of the project: it imports nothing but the
// standard library, so that indexer, search and web can all share it without
// importing each other.
package schema
