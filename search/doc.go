// Package search owns the bleve index of agenda items: its mapping, the
// writer that applies meetings to it file by file, and the searches the web
// layer and the command line run against it (Index implements Searcher).
// The query language users type lives in the subpackage query; the bleve
// machinery under the searches (the mapping, the ranking searcher, the
// facet table, the stored records and their compression, the parts
// writer) in the subpackage engine, which this package drives through a
// few plain types and functions (engine.RankQuery, engine.Tally,
// engine.BatchWriter, engine.ItemRecord, ...). Files named below without
// a folder are this package's; engine/ marks the engine's.
//
// It reads no source file and knows nothing of HTTP: extraction hands it
// schema.Meeting values, and it hands back plain values (Result,
// ItemDetail, ...) that name items and meetings by ID, councils and
// committees by slug (CouncilSlug) and display name (CouncilName), and
// source files by their path in the corpus (Hit.SourcePath) or the
// council's own URL (Hit.CouncilURL). They carry no JSON names and no
// links: package web owns the API's JSON shapes (web/json_search.go,
// web/json_council.go) and every route, and makes every link from those
// IDs and paths (web/routes.go). Only Request keeps JSON names, for the
// tests' tables of searches; a meeting's record is stored as
// schema.Meeting's JSON (document.go).
//
// The index holds two kinds of document, told apart by the "type" field:
// one per agenda item (searched, faceted, highlighted), and one record per
// meeting (ID "m:" + meeting ID) that stores the meeting as JSON, its items
// without their number, title, topics and bodies, with its source file's
// path and hash. Each document stores one field, its record, compressed
// with zstd against a dictionary made of the index's first texts and
// records (engine/bodycodec.go, engine/record.go): an item's holds what a
// hit shows and its body, so an item's text and title are kept once, and
// a meeting's items get them back when it is read (withBodies). Meeting records are documents rather
// than bleve internal key/values because scorch rewrites every internal
// value on every persisted batch (index/scorch/persister.go) and cannot
// list them; as documents they are written once, listed by a query
// (Files, Councils), and deleted and replaced in the same batch as their
// items, so readers and crashes see all of a file's change or none of it.
// Only an index that Create made in this process, which no one reads until
// the indexer moves it into place complete, is written in parts of a
// megabyte of text (engine/parts.go), so that a huge file's memory is
// bounded; a program building one caps the Go heap softly for the build
// and collects only at that cap (LimitBuildMemory, buildmem.go). Such an
// index is built in bulk (bulk.go, engine/bulk.go): each part is built
// into a segment file with zapx beside scorch, the files are merged once
// into a few large segments (up to engine.MaxMergeInputs parts each: one
// for the 200,000 items of the reference corpus), the merge taking the
// pages it has read out of the resident set as it goes, and placed in
// scorch's root when the index is first read or closed; from then on, and
// in every index opened, scorch merges segments of at most
// engine.MaxSegmentDocs documents (engine/merging.go), so that a merge
// maps a bounded part of the index files.
//
// Searches are built to cost little per match (see BENCHMARKS.md at the
// repository root): filters are an unscored conjunction clause that reads
// no frequencies or norms (engine.FilterQuery, engine/filter.go); the query
// is wrapped in an engine.RankQuery (engine/rank.go) whose searcher demotes procedural
// items by walking the procedural posting list (only their housekeeping
// when the extraction merged business into them, engine/demote.go) and items with
// little or no prose in their body, read from the norms of the commonest
// words' postings (engine/body.go), counts facets from a
// table of every item's facet values built once per index snapshot
// (engine/facettable.go), and hands bleve's collector only the matches that can
// still reach the page (engine/prune.go). Records and snippets are read for the
// page alone (pageHits): snippets by reading the page's text again with
// the query's Marker and bleve's html highlighter (snippets.go), so the
// full-text fields are indexed with positions but no byte offsets, and
// stems without positions (engine/textfield.go). Files come from doc values of the meeting
// records (files.go) and the facet labels from the term dictionaries of
// their label fields (labels.go), never from their stored JSON.
//
// Text is read by the analyser of package query (query.Tokens; the index
// remembers each word's forms in a query.Analyser), the same for the
// index, the query builder and snippets. Each word of a query is scored
// once per item over its fields, as BM25F (query/bm25f.go), with each
// field's real average length (engine/bm25.go); a query that finds
// nothing is relaxed to the items holding most of its parts (relax.go),
// with suggestions (suggest.go); items whose title is their meeting's
// heading line or its name and date, a venue asked for (heading.go) or
// a table's header or row (rowtitle.go) have it indexed apart, weighted
// low, and the rows of lists and tables in an item's text, short lines
// or sentences that open alike, count a fifth of its sentences
// (lines.go, entries.go). The
// indexing run stamps the index with the data files it reflects
// (stamps.go) to apply later edits of them.
//
// Searches may be kept to the months after or before Ofsted inspections of
// each item's own council (Request.RelativeTo, relative.go), and Compare
// may align councils on their latest inspection instead of calendar years
// (PerMonthsSinceInspection, align.go). Filters may choose councils rather
// than items (scope.go): by region and type in the register of children's
// services authorities, a council and its statistical neighbours, or a
// cohort by judgements (moved=inadequate..good, care_leavers=inadequate);
// the region and type facets count the council facet by the register, and
// Councils lists every authority of the register whether or not it has
// minutes. Compare adds each council's population aged 0 to 25 and counts
// per 10,000 of them. The inspections and the register come in
// Options.Inspections and Options.Register as plain values of package
// inspections; this package never reads the data files. Items index the
// keys of their people and their kind of paper (people.go): person: and
// kind: in queries, the person and kind filters, and the people and kind
// facets, labelled from the meeting records as councils are.
package search
