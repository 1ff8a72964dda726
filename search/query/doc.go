// Package query reads the search language that users type into the search
// box and turns it into bleve query objects.
//
// The language: words are ANDed; OR (or |) between terms; parentheses group;
// -word, -"phrase" and NOT word exclude; +word requires; "exact phrase";
// word* matches a prefix (at least MinPrefixLength characters before the
// star); field:value restricts a term, phrase or group to one field
// (title, agenda, text, decisions, council, committee, topic).
//
// Parse builds a small tree (Node) and Build turns it into a bleve query,
// expanding synonyms (see Synonyms) on the way. A word is one query over
// all its fields and forms, scored as BM25F (bm25f.go); the clauses that
// favour words next to each other score by those words' own scores
// (nearscore.go); a long item naming each word once past its lead is
// scaled down as a passing mention (passing.go). Phrases and those clauses run on phraseSearcher
// (phrase.go), which finds the stop words of a body field, kept without
// positions, beside the phrase's other words or in the stored text
// (phrasetext.go). Every error the parser
// returns wraps ErrSyntax and says where in the query it went wrong.
//
// The package also owns how text is read, for the index and the queries
// alike: Tokens folds and splits text into words, each with its light form
// (plural ending off) and its stem; an Analyser does the same remembering
// each word's forms (indexing and snippets read much text); TextAnalyzer
// is the index's analyser built on it. Relax loosens a query that finds nothing; Marker finds the
// words a query matches in a text, for highlighting.
package query
