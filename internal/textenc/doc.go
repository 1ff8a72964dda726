// Package textenc reads the bytes of a text file — plain text, Markdown or
// a web page's source — as UTF-8 text. It is the one decision of what
// characters a file holds, used both by the indexer, which reads a file's
// words, and by the web layer, which serves the file back: so the "café"
// a search finds is the "café" /source/ shows, never "cafÃ©" or "caf�".
//
// The order is: a byte-order mark (UTF-8 or UTF-16); UTF-16 without one,
// spotted by its zero bytes; UTF-8 when every byte reads as UTF-8; a web
// page's own declaration (<meta charset>); else Windows-1252, the
// encoding of older councils' pages and exports. Files whose bytes are not
// text are ErrBinary.
package textenc
