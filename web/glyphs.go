package web

import "strings"

// symbolGlyphs turns the private-use characters that Word and PDF
// converters leave for the Symbol and Wingdings fonts' bullets (U+F0B7 is
// Symbol's "•") into the characters they stand for; a browser without
// those fonts drew them as empty boxes ("Great Southern Greenway  progress
// to date  Part VIII works" on 108 files of the real corpus). Each is
// three bytes in UTF-8, as its replacement is, so a marker's byte spans
// over the text stay true.
var symbolGlyphs = strings.NewReplacer(
	"\uf0b7", "•", // Symbol bullet
	"\uf0a7", "▪", // Wingdings small square
	"\uf0a8", "◦", // Symbol/Wingdings hollow bullet
	"\uf0d8", "➢", // Wingdings arrowhead
	"\uf076", "❖", // Wingdings diamond
	"\uf0fc", "✓", // Wingdings tick
	"\uf0e0", "→", // Wingdings arrow
	"\uf06e", "■", // Wingdings black square
	"\uf06f", "□", // Wingdings white square
)
