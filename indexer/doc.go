// Package indexer turns files of minutes into schema.Meeting values
// (extraction) and feeds them to the search index (the indexing run:
// walking a corpus, skipping unchanged files, reporting failures).
package indexer
