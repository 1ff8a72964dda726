package pdftext

// Body returns Text without the running lines that repeat an earlier
// running line (the same words, page numbers aside) and without page
// numbers: each running header and footer is kept where it first appears,
// so its words stay searchable, and no page's furniture stands between the
// halves of a sentence broken by a page break. Indexers use it.
func (d *Document) Body() string {
	seen := make(map[string]bool)
	var kept []Line
	para := false
	for _, l := range d.Lines {
		if l.Running {
			k := runningKey(l.Text)
			if seen[k] || pageNumber.MatchString(k) {
				para = para || l.Para
				continue
			}
			seen[k] = true
		}
		if para && len(kept) > 0 {
			l.Para = true
		}
		para = false
		kept = append(kept, l)
	}
	if len(kept) == len(d.Lines) {
		return d.Text
	}
	return renderLines(kept)
}
