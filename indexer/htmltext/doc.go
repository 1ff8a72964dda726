// Package htmltext turns parsed HTML (golang.org/x/net/html) into text: one
// walk over the tree, which every reader of HTML in the indexer uses, in
// the style that reader needs. Package indexer reads pages of minutes as
// Markdown-like lines (headings, bold, list numbers kept); package
// moderngov reads the HTML fragments of ModernGov's web service as
// paragraphs.
package htmltext
