// Package corpus reads and writes the data files that sit beside the minutes
// in a corpus directory: the manifest (what a crawler knew of each file), the
// list of councils (names, aliases, slugs, ModernGov sites), the sources
// (where each council's ModernGov site is, how it was found and what its
// last fetch gave) and the topic taxonomy. It names the others (the
// synonyms, the inspections and the register of authorities), which
// packages search/query and inspections read. Users edit these files; the
// code loads and validates them, and `minutes fetch` writes the manifest
// and the sources, atomically.
package corpus
