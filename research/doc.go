// Package research gathers, for the web layer and the command line, what
// researchers need beside the figures to read them fairly:
//
//   - the record (record.go): the register of children's services
//     authorities and the inspections the program carries, under the
//     corpus's own authorities.csv and inspections.csv when it has them,
//     joined with its councils list (councils.json) so that every council
//     has one slug, ready for search.Options;
//   - the import of either file from someone else's CSV (importing.go),
//     validated row by row by package inspections;
//   - each council's coverage (coverage.go), from the index, the last
//     indexing run and the manifest;
//   - a Context (context.go, snapshot.go) that implements
//     web.ContextProvider: coverage, and the inspections of a council with
//     the candidates mined from its minutes, each checked against the
//     record. Both are worked out once per state of the index (its
//     Generation and the files beside it), in the background as soon as the
//     state changes, not per request; a council's minutes are read again
//     only when its files changed.
//
// Mining runs only for the authorities of the register: a council outside
// it (a district, a parish, an Irish county) gets no Ofsted context.
//
// It sits above indexer and search and below cmd; web never imports it.
package research
