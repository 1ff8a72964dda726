// Package engine is the bleve machinery under package search, reached
// through a small API of plain types and functions:
//
//   - the index mapping and the names of its fields and document types
//     (NewMapping, Field..., Doc..., mapping.go);
//   - how the full-text fields are indexed: the terms of query's analyser,
//     positions without byte offsets, stems without positions, stop words
//     of the body fields without positions but held by the words beside
//     them, the locations of single-valued fields shared from one table
//     per index (textTerms, Positions, textfield.go);
//   - what a document stores, one record compressed with zstd against a
//     dictionary of the index's first texts and records (ItemRecord, ItemBody,
//     BodyCodec, BatchCodec, DictKey; record.go, bodycodec.go), and read
//     back for phrases whose stop words it must read (RecordTexts);
//   - the writer that fills one bleve batch and, for a new index, writes it
//     in parts of PartBytes of text (BatchWriter, parts.go);
//   - the bulk build of a new index: each part built into a segment file
//     with zapx, merged once into a few large segments with the merge's
//     input pages dropped from the resident set as it reads them, and
//     placed in scorch's root (Bulk, PlaceSegments; bulk.go,
//     dropmaps_linux.go, bulkplace.go);
//   - scorch's settings for this index: segments merged up to
//     MaxSegmentDocs documents (ScorchConfig, merging.go);
//   - RankQuery, which wraps a compiled query: its searcher demotes
//     procedural, heading and thin items by walking posting lists alongside
//     the matches (rank.go, demote.go, body.go), counts facet values in a
//     Tally from a table built once per index snapshot (FacetTables,
//     facettable.go, kept small: tablevalues.go), gives BM25 each full-text field's real average
//     length (LengthStats, bm25.go), and hands bleve's collector only the
//     matches that can still reach the page (prune.go);
//   - FilterQuery, a search's filters as a conjunction clause searched
//     unscored, that weighs and scores nothing (filter.go).
//
// Comments that name a file absent from this folder (heading.go,
// labels.go, ...) mean package search's.
//
// It knows nothing of requests, results, councils or inspections: package
// search builds the queries, reads records back into its own values and
// owns Index. Imports point one way: search imports engine; engine imports
// bleve, search/query and search/schema, never search.
package engine
