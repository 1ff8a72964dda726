// Package schema holds the plain values that flow from extraction to indexing
// and out to the web layer: a Meeting with its Items, the names of the index
// fields, and the rules that make stable, URL-safe identifiers.
//
// It is the lowest package of the project: it imports nothing but the
// standard library, so that indexer, search and web can all share it without
// importing each other.
package schema
