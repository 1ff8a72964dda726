// Package bench measures the search layer at the scale of every council.
//
// It generates a deterministic synthetic corpus that reads like real
// minutes (a word Markov chain trained on the seed minutes, plus generated
// names of people, places and organisations whose vocabulary keeps growing
// with the corpus, as real text does), or reads items from a JSONL file. It
// indexes the items twice: with package search, and with plain bleve at its
// default settings as a baseline. It then runs a fixed query mix against
// both, from one client and from several at once, and reports indexing
// speed, index size, memory, start-up time and query latencies, ours as
// ratios to the baseline.
//
// Run is the entry point; Options registers its own flags. The generator
// (Generator) and the JSONL reader and writer (ReadJSONL, WriteJSONL) are
// exported so that other engines can be measured on the same items.
package bench
